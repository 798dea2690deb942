import { boundedMemo } from '../_lib/memo';
import { foldVietnamese } from '../text/fold';

/**
 * Words that name a kind of unit, never one unit (folded). A group is a list of these only:
 * "Các bộ, ngành, địa phương", "UBND các huyện, thị xã, thành phố", "Các phòng, đơn vị".
 */
const KIND_WORDS = new Set([
  'bo',
  'nganh',
  'so',
  'ban',
  'dia phuong',
  'co quan ngang bo',
  'co quan thuoc chinh phu',
  'co quan',
  'co quan nha nuoc',
  'co quan chuyen mon',
  'don vi',
  'don vi su nghiep',
  'phong',
  'phong ban',
  'phong chuyen mon',
  'to chuc',
  'doan the',
  'tinh',
  'thanh pho truc thuoc trung uong',
  'huyen',
  'quan',
  'thi xa',
  'thanh pho',
  'xa',
  'phuong',
  'thi tran',
  'cap tinh',
  'cap huyen',
  'cap xa',
]);

/**
 * What may follow the last kind word and still leave a group: "liên quan", "thuộc Sở", "được
 * giao", "trên địa bàn tỉnh", "cấp tỉnh", "trực thuộc trung ương", the place whose units they are
 * ("huyện", "của tỉnh"), after "chuyên môn" or "sự nghiệp" ("Các phòng, ban chuyên môn thuộc UBND
 * huyện"). Anything else names bodies ("Các cơ quan Đảng, Quốc hội", "các cơ quan đại diện Việt
 * Nam ở nước ngoài", "báo chí").
 */
const QUALIFIER =
  /^(?=.)(?:(?:chuyen mon|su nghiep|nha nuoc)\b\s*)?(?:(?:co )?lien quan|(?:truc )?thuoc\b.*|duoc giao\b.*|tren dia ban\b.*|cap (?:tinh|huyen|xa)|(?:o )?trung uong|(?:cua )?(?:tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)|chu tri)?$/;

const OPENER_ALL = /^(?:(?:ubnd|uy ban nhan dan) )?(?:(?:tat ca|toan the) )?cac /;
const OPENER_LEVEL = /^(?:ubnd|uy ban nhan dan) (?=cap )/;

/** The kind words of a group (folded), or undefined when the text names a body or one unit. */
function groupKinds(name: string): string[] | undefined {
  const folded = foldVietnamese(name.replace(/\([^)]*\)/g, ' '))
    .replace(/[.;:…]+$/u, '')
    .trim();
  const opener = OPENER_ALL.exec(folded) ?? OPENER_LEVEL.exec(folded);
  const rest = opener ? folded.slice(opener[0].length) : folded;
  const parts = rest
    .split(/\s*[,;/]\s*|\s+va\s+|\s*-\s*/)
    .map((p) => p.replace(/^(?:ubnd |uy ban nhan dan )?(?:cac )?/, '').trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const kinds: string[] = [];
  for (const [i, part] of parts.entries()) {
    const kind = kindAtStart(part);
    if (kind === undefined) return undefined;
    const tail = part.slice(kind.length).trim();
    // Only the last part may carry a qualifier ("…, ngành liên quan").
    if (tail && (i < parts.length - 1 || !QUALIFIER.test(tail))) return undefined;
    kinds.push(kind);
  }
  // Without "các" a group is a list ("Sở, ban, ngành") or a qualified kind ("Đơn vị liên quan").
  if (!opener && parts.length < 2 && !/\b(lien quan|duoc giao)\b/.test(rest)) return undefined;
  return kinds;
}

function kindAtStart(part: string): string | undefined {
  let best: string | undefined;
  for (const k of KIND_WORDS)
    if ((part === k || part.startsWith(`${k} `)) && (!best || k.length > best.length)) best = k;
  return best;
}

const kindsOf = boundedMemo(groupKinds, { limit: 20_000 });

/**
 * True for names that stand for every unit of a kind ("Các phòng, đơn vị thuộc Sở", "Các bộ,
 * ngành, địa phương", "UBND các huyện, thị xã, thành phố", "UBND cấp xã"), false for a named
 * body, even a plural one ("Các cơ quan Đảng, Quốc hội", "các cơ quan đại diện Việt Nam ở nước
 * ngoài") (RULES.md, Units).
 * @example isGenericUnitGroup('Các phòng, đơn vị thuộc Sở') // true
 * @example isGenericUnitGroup('Các cơ quan đại diện Việt Nam ở nước ngoài') // false
 */
export function isGenericUnitGroup(name: string): boolean {
  return kindsOf(name) !== undefined;
}

/**
 * True for a plural name that is no generic group: it names bodies outside the plan's units
 * ("Các cơ quan Đảng, Quốc hội, Chính phủ", "các cơ quan đại diện Việt Nam ở nước ngoài"). Such
 * names are not units of a roster made from the plan, and never stand for every unit.
 * @example isNamedBodies('Các cơ quan Đảng, Quốc hội, Chính phủ') // true
 * @example isNamedBodies('Các bộ, ngành, địa phương') // false
 */
export function isNamedBodies(name: string): boolean {
  return /^(?:tat ca |toan the )?cac /.test(foldVietnamese(name)) && !isGenericUnitGroup(name);
}

type Level = 'body' | 'province' | 'district' | 'commune';

const LEVELS_OF_KIND: Record<string, readonly Level[]> = {
  bo: ['body'],
  nganh: ['body'],
  so: ['body'],
  ban: ['body'],
  'co quan ngang bo': ['body'],
  'co quan thuoc chinh phu': ['body'],
  'doan the': ['body'],
  // An office or division is never a People's Committee: "Các phòng, ban chuyên môn thuộc UBND
  // huyện" does not reach the communes'.
  phong: ['body'],
  'phong ban': ['body'],
  'phong chuyen mon': ['body'],
  'co quan chuyen mon': ['body'],
  'don vi su nghiep': ['body'],
  'dia phuong': ['province', 'district', 'commune'],
  tinh: ['province'],
  'cap tinh': ['province', 'body'],
  'thanh pho truc thuoc trung uong': ['province'],
  'thanh pho': ['province', 'district'],
  huyen: ['district'],
  quan: ['district'],
  'thi xa': ['district'],
  'cap huyen': ['district'],
  xa: ['commune'],
  phuong: ['commune'],
  'thi tran': ['commune'],
  'cap xa': ['commune'],
};

/** The level of government of a named unit: a People's Committee of a place, or a body. */
function levelOf(unit: string): Level {
  const f = foldVietnamese(unit);
  const m =
    /^(?:ubnd|uy ban nhan dan) (tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\b/.exec(f);
  if (!m) return 'body';
  if (m[1] === 'tinh') return 'province';
  if (m[1] === 'xa' || m[1] === 'phuong' || m[1] === 'thi tran') return 'commune';
  return 'district';
}

/**
 * Whether a generic group stands for a named unit: every unit of the group's kinds ("Các sở,
 * ban, ngành" stands for the bodies, "UBND các huyện, thị xã, thành phố" for the districts'
 * People's Committees, "Các phòng, đơn vị" or "Các cơ quan, đơn vị" for every unit).
 * @example genericGroupCovers('UBND các huyện, thị xã, thành phố', 'UBND huyện Hải Lăng') // true
 * @example genericGroupCovers('UBND các huyện, thị xã, thành phố', 'Sở Nội vụ') // false
 */
export function genericGroupCovers(group: string, unit: string): boolean {
  const kinds = kindsOf(group);
  if (!kinds) return false;
  // "Các phòng, ban chuyên môn": offices (and boards beside them) only, not the bodies outside.
  const offices = kinds.some((k) => OFFICE_KINDS.has(k));
  if (offices && kinds.every((k) => OFFICE_KINDS.has(k) || k === 'ban') && isOutsideBody(unit))
    return false;
  const level = levelOf(unit);
  return kinds.some((k) => (LEVELS_OF_KIND[k] ?? [level]).includes(level));
}

/** Kinds that stand for a People's Committee's (or a department's) own offices and units. */
const OFFICE_KINDS: ReadonlySet<string> = new Set([
  'phong',
  'phong ban',
  'phong chuyen mon',
  'co quan chuyen mon',
  'don vi su nghiep',
]);

/**
 * Bodies in a plan's units that are none of its People's Committee's own offices: the police
 * and the army, the courts and the procuracy, central agencies' local branches, the Fatherland
 * Front and the mass organisations. "Các phòng, ban chuyên môn thuộc UBND huyện" is not them.
 */
const OUTSIDE_BODY =
  /^(?:cong an|bo chi huy|ban chi huy quan su|toa an|vien kiem sat|chi cuc thi hanh an|kho bac|chi cuc thue|thue|bao hiem xa hoi|bhxh|ngan hang|uy ban mat tran|uy ban mttq|mttq|mat tran|hoi |lien doan|doan |huyen doan|tinh doan|thanh doan)/;

function isOutsideBody(unit: string): boolean {
  return OUTSIDE_BODY.test(foldVietnamese(unit));
}
