import { foldVietnamese } from '../text/fold';
import { splitUnitNamesDetailed, type RunTogetherText, type SplitNames } from './split';

export interface UnitRoles {
  readonly lead: readonly string[];
  readonly support: readonly string[];
  /** Texts that held two names typed without a separator (given only when there are some). */
  readonly runTogether?: readonly RunTogetherText[];
}

const LEAD_WORDS = /\bchu tri\b/;
const SUPPORT_WORDS = /\bphoi hop\b/;
const DOING_WORDS = /\bthuc hien\b/;
const FOLLOW_UP_WORDS = /\b(theo doi|huong dan|don doc|tong hop|kiem tra)\b/;

/** Cuts a line at its first role phrase: "Văn phòng Sở chủ trì." → "Văn phòng Sở". */
function namesPart(line: string): string {
  const folded = foldVietnamese(line);
  const m =
    /\b(chu tri|phoi hop|thuc hien|theo doi|huong dan|don doc|tong hop|kiem tra|chu dong|tham muu)\b/.exec(
      folded,
    );
  if (!m) return line;
  // foldVietnamese keeps the length of precomposed text except for collapsed spaces; map by words.
  const wordsBefore = folded.slice(0, m.index).trim().split(' ').filter(Boolean).length;
  return line.trim().split(/\s+/).slice(0, wordsBefore).join(' ');
}

function cleanLine(line: string): string {
  return line
    .replace(/\([^)]*\)/g, ' ') // "(phòng được giao chủ trì …)" explains, it names no unit
    .replace(/^[\s\-+•*–]+/, '')
    .replace(/[\s.;:]+$/, '')
    .trim();
}

/**
 * Reads lead and support units from a single "Phòng, đơn vị thực hiện" cell (DOMAIN.md §1, Units):
 * a line with "chủ trì" leads; "phối hợp" supports when another line leads; "thực hiện" alone
 * leads; a follow-up line ("theo dõi, hướng dẫn") supports; a list with no role words all lead.
 * @example readUnitRoles('- Văn phòng Sở chủ trì.\n- Các phòng, đơn vị liên quan phối hợp')
 * // { lead: ['Văn phòng Sở'], support: ['Các phòng, đơn vị liên quan'] }
 */
export function readUnitRoles(text: string, isKnownName?: (name: string) => boolean): UnitRoles {
  const lines = text
    .split(/\n|(?:^|\s)[-–•]\s+/)
    .map((l) => l.trim())
    .filter(Boolean);
  type Role = 'lead' | 'support' | 'support-if-led' | 'none';
  const runTogether: RunTogetherText[] = [];
  const read: { role: Role; names: string[] }[] = lines.map((raw) => {
    const line = cleanLine(raw);
    const folded = foldVietnamese(line);
    let role: Role = 'none';
    if (LEAD_WORDS.test(folded)) role = 'lead';
    else if (SUPPORT_WORDS.test(folded)) role = 'support-if-led';
    else if (DOING_WORDS.test(folded)) role = 'lead';
    else if (FOLLOW_UP_WORDS.test(folded)) role = 'support';
    const split = splitUnitNamesDetailed(namesPart(line), isKnownName);
    runTogether.push(...split.runTogether);
    return { role, names: split.names };
  });
  const anyLead = read.some((l) => l.role === 'lead');
  const lead: string[] = [];
  const support: string[] = [];
  for (const l of read) {
    if (
      l.role === 'lead' ||
      l.role === 'none' ||
      (l.role === 'support-if-led' && !anyLead && read.length === 1)
    ) {
      lead.push(...l.names);
    } else {
      support.push(...l.names);
    }
  }
  // "Văn phòng Sở chủ trì, các phòng phối hợp" on one line with no lead words before: keep as is.
  return {
    lead: dedupe(lead),
    support: dedupe(support.filter((s) => !lead.includes(s))),
    ...(runTogether.length > 0 ? { runTogether } : {}),
  };
}

/**
 * Reads a lead-only or support-only column: every name in it has that column's role.
 * @example readUnitList('Các phòng thuộc Sở, Trung tâm Ứng dụng tiến bộ KH&CN') // two names
 */
export function readUnitList(text: string, isKnownName?: (name: string) => boolean): string[] {
  return readUnitListDetailed(text, isKnownName).names;
}

/**
 * {@link readUnitList} with the texts that held names typed without a separator.
 * @example readUnitListDetailed('Bộ Tài chính Bộ Tư pháp').names // ['Bộ Tài chính', 'Bộ Tư pháp']
 */
export function readUnitListDetailed(
  text: string,
  isKnownName?: (name: string) => boolean,
): SplitNames {
  const names: string[] = [];
  const runTogether: RunTogetherText[] = [];
  for (const raw of text.split('\n')) {
    const line = cleanLine(raw);
    if (!line) continue;
    const split = splitUnitNamesDetailed(namesPart(line) || line, isKnownName);
    names.push(...split.names);
    runTogether.push(...split.runTogether);
  }
  return { names: dedupe(names), runTogether };
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = foldVietnamese(n);
    if (!n || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
