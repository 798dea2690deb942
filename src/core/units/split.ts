import { boundedMemo } from '../_lib/memo';
import { foldVietnamese } from '../text/fold';
import { isGenericUnitGroup } from './generic';

/** Words that open a unit's name at any level ("Phòng …", "Sở …", "Bộ …", "UBND …", "Cục …"),
 * with diacritics: folded, "Viện" would equal "Viễn" (as in "Bưu chính, Viễn thông"). */
const HEAD_WORDS = [
  'phòng',
  'văn phòng',
  'trung tâm',
  'thanh tra',
  'chi cục',
  'cục',
  'tổng cục',
  'bộ',
  'bộ chỉ huy',
  'ban',
  'sở',
  'ubnd',
  'ủy ban',
  'uỷ ban',
  'các',
  'tổ',
  'cơ quan',
  'bộ phận',
  'đơn vị',
  'trường',
  'viện',
  'học viện',
  'đại học',
  'công an',
  'ngân hàng',
  'kho bạc',
  'bảo hiểm xã hội',
  'thông tấn xã',
  'đài',
  'báo',
  'hội',
  'liên đoàn',
  'tập đoàn',
  'tổng công ty',
  'công ty',
  'tòa án',
  'toà án',
  'viện kiểm sát',
  'mặt trận',
  'lãnh đạo',
  'giám đốc',
  'phó giám đốc',
  'hội đồng',
  'tt',
  'vp',
  'tất cả',
  'đoàn',
  'công đoàn',
  'chi bộ',
  'đảng ủy',
  'đảng uỷ',
  'tỉnh ủy',
  'tỉnh uỷ',
  'huyện ủy',
  'huyện uỷ',
  'quỹ',
  'công chức',
];
/** Heads that open other words than a unit's name ("Báo cáo …"). */
const NOT_HEADS = ['báo cáo', 'bao cao'];
/** Well-known abbreviations that are a unit's name or open one ("VTV", "UBND tỉnh", "BHXH …"). */
const ABBREVIATIONS =
  /^(?:VTV|VOV|TTXVN|NHNN|UBND|HĐND|MTTQ|UBMTTQ|BHXH|KBNN|VPCP|TTCP|VKSND|TAND|BCH|BCHQS|ĐHQG|VCCI|VNPT|EVN)(?![\p{L}\p{N}])/u;
const HEAD_WORDS_FOLDED = HEAD_WORDS.map((w) => foldVietnamese(w));

function startsWithWord(text: string, words: readonly string[]): boolean {
  return words.some((w) => text === w || text.startsWith(`${w} `) || text.startsWith(`${w}&`));
}

/**
 * Unit cells repeat across rows and files. Removing it: scan (b) 1.13×, 1.26× in a second run
 * (noisy, other runs within 1.03), A/B 2026-12-04.
 */
const startsWithHead = boundedMemo(judgeHead, { limit: 20_000 });

function judgeHead(part: string): boolean {
  if (ABBREVIATIONS.test(part.trim())) return true;
  const first = part.trim().charAt(0);
  if (!first || first !== first.toUpperCase() || first === first.toLowerCase()) return false;
  const lower = part.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  // Text typed without diacritics can only be compared folded.
  const plain = foldVietnamese(part) === lower;
  if (startsWithWord(plain ? foldVietnamese(lower) : lower, NOT_HEADS)) return false;
  return plain ? startsWithWord(lower, HEAD_WORDS_FOLDED) : startsWithWord(lower, HEAD_WORDS);
}

/** A list of unit names, and the names found run together without a separator. */
export interface SplitNames {
  readonly names: string[];
  /** Each text that held two names with nothing between them, as written, and its names. */
  readonly runTogether: RunTogetherText[];
}

export interface RunTogetherText {
  readonly text: string;
  readonly names: readonly string[];
}

/** Kinds whose name never contains another of the same kind: "Bộ X Bộ Y" is two names. */
const RUN_TOGETHER = /^(Bộ|Sở|Phòng|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Cục|Tổng cục)\s/u;

/**
 * Bodies standing on their own, which a Ministry's, Department's or Department-level agency's
 * name never contains unless it is the body above it ("Cục X Bộ Y", "Tổng cục X Bộ Y", "Sở X
 * UBND tỉnh"): after "Bộ", "Sở", "Cục" or "Tổng cục", one of them opens a second name.
 */
const OTHER_BODIES = [
  'Bộ',
  'Sở',
  'Cục',
  'Tổng cục',
  'UBND',
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'Ngân hàng',
  'Kho bạc',
  'Bảo hiểm xã hội',
  'Công an',
  'Thanh tra',
];
const PARENTS: Readonly<Record<string, readonly string[]>> = {
  Cục: ['Bộ', 'Tổng cục'],
  'Tổng cục': ['Bộ'],
  Sở: ['UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân'],
};

/** Where, in a name of kind `kind`, each run-together name starts (its index). */
function runTogetherStarts(name: string, kind: string): number[] {
  // "UBND huyện A UBND huyện B": a People's Committee's name goes on with its place's kind.
  const place = /^(UBND|Ủy|Uỷ)/u.test(kind) ? '|\\p{Ll}+\\s+\\p{Lu}' : '';
  const same = new RegExp(`\\s(${kind})\\s+(?=\\p{Lu}${place})`, 'gu');
  const starts = [...name.matchAll(same)].map((m) => m.index + 1);
  if (['Bộ', 'Sở', 'Cục', 'Tổng cục'].includes(kind)) {
    // "Sở Tư pháp Cục Thuế tỉnh", "Sở Nội vụ Công an tỉnh": another kind of body, named by a
    // proper name or by its place.
    const others = OTHER_BODIES.filter((o) => o !== kind && !PARENTS[kind]?.includes(o));
    const other = new RegExp(
      `\\s(${others.join('|')})\\s+(?=\\p{Lu}|(?:tỉnh|huyện|thành phố|thị xã|quận)(?![\\p{L}]))`,
      'gu',
    );
    starts.push(...[...name.matchAll(other)].map((m) => m.index + 1));
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/**
 * Cuts a name where a second name opens: the same kind word ("Bộ Thông tin và Truyền thông Bộ
 * Khoa học và Công nghệ" is two ministries) or, after a Ministry's or Department's name, a body
 * of another kind ("Sở Tư pháp Cục Thuế tỉnh"). "Thanh tra Bộ", "Văn phòng UBND tỉnh", "Bộ Công
 * an", "Cục X Bộ Y" are one name: each part must name more than its kind.
 */
function cutRunTogether(name: string): string[] {
  const kind = RUN_TOGETHER.exec(name)?.[1];
  if (!kind) return [name];
  const parts: string[] = [];
  let from = 0;
  for (const at of runTogetherStarts(name, kind)) {
    const part = name.slice(from, at).trim();
    // A kind word alone ("Bộ" of "Bộ Công an Bộ …") is no name: the cut is inside one.
    if (isKindWordOnly(part)) continue;
    parts.push(part);
    from = at;
  }
  parts.push(name.slice(from).trim());
  return parts.filter(Boolean);
}

/**
 * "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh": the office of the
 * councils and the People's Committee is one unit, whose name lists the bodies it serves.
 */
function officeGoesOn(last: string, sep: string, part: string): boolean {
  const council = /^(?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội)$/u;
  const office = /^Văn phòng\s+(.+)$/u.exec(last)?.[1];
  if (!office || !office.split(/\s*[,;]\s*|\s+và\s+/u).every((b) => council.test(b))) return false;
  return (
    sep.trim() !== ';' &&
    /^(?:HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b/u.test(part)
  );
}

/**
 * Splits a list of unit names on commas, semicolons and "và", keeping names that contain a comma
 * ("Phòng Bưu chính, Viễn thông và Chuyển đổi số", "Các phòng, đơn vị thuộc Sở", "Bộ Văn hóa,
 * Thể thao và Du lịch") whole: a part that does not open like a unit's name of any level belongs
 * to the part before it. Two names typed without a separator are cut and listed in `runTogether`.
 * @example splitUnitNamesDetailed('Bộ Tài chính Bộ Tư pháp') // names ['Bộ Tài chính', 'Bộ Tư pháp'], runTogether [{ text: 'Bộ Tài chính Bộ Tư pháp', names: [same] }]
 */
export function splitUnitNamesDetailed(
  text: string,
  isKnownName: (name: string) => boolean = () => false,
): SplitNames {
  const parts = text
    .split(/\s*[;,]\s*|\s+và\s+/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  // Re-insert the separators we split on so joined names read as written.
  const separators = [...text.matchAll(/\s*([;,])\s*|\s+(và)\s+/gu)].map((m) =>
    m[1] ? `${m[1]} ` : ' và ',
  );
  const joined: string[] = [];
  let sepIndex = 0;
  for (const part of parts) {
    const sep = separators[sepIndex - 1] ?? ', ';
    sepIndex++;
    const last = joined[joined.length - 1];
    // "các …" in lower case opens a group ("các địa phương") or named bodies ("các tổ chức chính
    // trị - xã hội"), never the rest of a name.
    const opensName = startsWithHead(part) || /^các\s/iu.test(part) || isKnownName(part);
    if (
      last !== undefined &&
      (!opensName ||
        // "Sở Nội vụ, Sở": the roster knows "Sở Nội vụ Sở" (a trailing "Sở" is ignored), but a
        // kind word alone after a separator is a cut-off name, reported, not part of the one before.
        (isKnownName(`${last}${sep}${part}`) && !isKindWordOnly(part)) ||
        officeGoesOn(last, sep, part))
    ) {
      joined[joined.length - 1] = `${last}${sep}${part}`;
    } else {
      joined.push(part);
    }
  }
  const names: string[] = [];
  const runTogether: RunTogetherText[] = [];
  for (const raw of joined) {
    const name = raw.replace(/[.;:,]+$/, '').trim();
    if (!name) continue;
    const cut = isKnownName(name) ? [name] : cutRunTogether(name);
    if (cut.length > 1) runTogether.push({ text: name, names: cut });
    names.push(...cut);
  }
  return { names, runTogether };
}

/**
 * The names of {@link splitUnitNamesDetailed}, for callers that report nothing.
 * @example splitUnitNames('Phòng BCVT&CĐS, Văn phòng Sở, Trung tâm CĐS&ĐMST') // three names
 * @example splitUnitNames('Các phòng, đơn vị thuộc Sở') // ['Các phòng, đơn vị thuộc Sở']
 */
export function splitUnitNames(
  text: string,
  isKnownName: (name: string) => boolean = () => false,
): string[] {
  return splitUnitNamesDetailed(text, isKnownName).names;
}

/**
 * True for a text that cannot be a unit's name on its own: it opens in lower case and is no
 * generic group, as what a page break leaves ("nghiệp và phát triển nông thôn").
 * @example isNameFragment('nghiệp và phát triển nông thôn') // true
 * @example isNameFragment('các địa phương') // false
 */
export function isNameFragment(name: string): boolean {
  const first = name.trim().charAt(0);
  return first !== first.toUpperCase() && !isGenericUnitGroup(name);
}

/** Kind words a name never stands on alone: "Bộ", "Sở" by themselves are a cut-off name. */
const NEVER_ALONE = [
  'bộ',
  'sở',
  'cục',
  'tổng cục',
  'chi cục',
  'phòng',
  'ubnd',
  'ủy ban',
  'uỷ ban',
  'ủy ban nhân dân',
  'uỷ ban nhân dân',
].map((w) => foldVietnamese(w));

function isKindWordOnly(part: string): boolean {
  const lower = foldVietnamese(part.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
  return NEVER_ALONE.includes(lower);
}

/**
 * True for a name that is only a kind word, as a cell cut off at the page's edge leaves it
 * ("Bộ Thông tin và Truyền thông, Bộ Khoa học và Công nghệ, Bộ"): no unit, reported.
 * "Văn phòng", "Thanh tra" alone name the Department's own office and inspectorate.
 * @example isCutOffName('Bộ') // true
 * @example isCutOffName('Văn phòng') // false
 */
export function isCutOffName(name: string): boolean {
  return isKindWordOnly(name.replace(/[.;:,]+$/, ''));
}

/**
 * The kind word a unit's name opens with ("bộ", "sở", "phòng", "ubnd"), folded, or '' when it
 * opens with none; the longest wins ("tổng cục" over "tổng").
 * @example kindWordOf('Bộ Công Thương') // 'bo'
 */
export function kindWordOf(name: string): string {
  const lower = foldVietnamese(name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
  let best = '';
  for (const w of HEAD_WORDS_FOLDED)
    if ((lower === w || lower.startsWith(`${w} `)) && w.length > best.length) best = w;
  return best;
}
