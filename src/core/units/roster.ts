import { levenshtein } from '../_lib/levenshtein';
import type { SheetView } from '../_lib/sheet-view';
import { boundedMemo } from '../_lib/memo';
import { foldLabel, foldVietnamese } from '../text/fold';
import { isGenericUnitGroup, isNamedBodies } from './generic';
import { isCutOffName, isNameFragment, kindWordOf } from './split';

export { isGenericUnitGroup };

export interface RosterUnit {
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface Roster {
  /** Where the list comes from: a "Danh mục đơn vị" sheet, the settings, or the plan's own names. */
  readonly source: 'sheet' | 'settings' | 'plan';
  readonly units: readonly RosterUnit[];
}

export type UnitMatch =
  | { readonly kind: 'unit'; readonly name: string }
  | { readonly kind: 'generic'; readonly text: string }
  /** Plural named bodies outside the plan's units ("Các cơ quan Đảng, Quốc hội, …"). */
  | { readonly kind: 'bodies'; readonly text: string }
  | { readonly kind: 'unknown'; readonly text: string; readonly suggestion?: string };

/**
 * The matching key of a unit name: folded, no punctuation, and no trailing "Sở"
 * ("Văn phòng" and "Văn phòng Sở" are the same office inside a Department).
 * @example unitKey('Phòng Kế hoạch - Tài chính') === unitKey('Phòng Kế hoạch-Tài chính') // true
 */
export function unitKey(name: string): string {
  return unitKeys(name);
}

/**
 * Roster names are keyed again for every unit cell read. Removing it: scan (b) 1.25×,
 * scan+consolidate (b) 1.17×, A/B 2026-12-04.
 */
const unitKeys = boundedMemo(
  (name: string) =>
    foldLabel(name.replace(/&/g, ' & '))
      .replace(/[()]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/ so$/, '')
      .trim(),
  { limit: 20_000 },
);

/**
 * Reads the roster from a "Danh mục đơn vị" sheet: unit name, then other names separated by ";".
 * @example rosterFromSheet(view) // { source: 'sheet', units: [{ name: 'Văn phòng Sở', aliases: ['VP Sở'] }] }
 */
export function rosterFromSheet(view: SheetView): Roster {
  let nameCol = 0;
  let aliasCol = 1;
  const units: RosterUnit[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    const texts = Array.from({ length: Math.min(view.colCount, 6) }, (_, c) => view.ownText(r, c));
    const folded = texts.map((t) => foldLabel(t));
    const headerName = folded.findIndex((f) =>
      /^(ten )?(don vi|phong don vi|ten don vi|co quan)$/.test(f),
    );
    if (headerName >= 0) {
      nameCol = headerName;
      const alias = folded.findIndex((f) =>
        /^(ten khac|ten goi khac|viet tat|ten viet tat|bi danh)/.test(f),
      );
      aliasCol = alias >= 0 ? alias : nameCol + 1;
      continue;
    }
    const name = texts[nameCol] ?? '';
    if (!name || /^\d+$/.test(name) || /^stt$/.test(folded[nameCol] ?? '')) continue;
    const aliases = (texts[aliasCol] ?? '')
      .split(/[;\n]/)
      .map((a) => a.trim())
      .filter(Boolean);
    units.push({ name, aliases });
  }
  return { source: 'sheet', units };
}

/**
 * A roster made of the unit names the plan itself uses (DOMAIN.md §1: "without one, the roster
 * is the set of unit names found in the plan"); variants of one name collapse to the longest.
 * @example rosterFromNames(['Văn phòng', 'Văn phòng Sở']).units // [{ name: 'Văn phòng Sở', aliases: ['Văn phòng'] }]
 */
export function rosterFromNames(names: readonly string[]): Roster {
  const byKey = new Map<string, string[]>();
  for (const name of names) {
    // A page break's fragment or a cut-off name ("Bộ") is no unit: its row reports it instead.
    if (isGenericUnitGroup(name) || isNamedBodies(name) || isNameFragment(name)) continue;
    if (isCutOffName(name)) continue;
    const key = unitKey(name);
    if (!key) continue;
    const list = byKey.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    byKey.set(key, list);
  }
  const units = [...byKey.values()].map((variants) => {
    const sorted = [...variants].sort((a, b) => b.length - a.length || a.localeCompare(b, 'vi'));
    return { name: sorted[0]!, aliases: sorted.slice(1) };
  });
  return { source: 'plan', units };
}

/**
 * Matches a unit name against the roster, through its other names, ignoring case and diacritics.
 * @example matchUnit('Phòng BCVT&CĐS', roster) // { kind: 'unit', name: 'Phòng Bưu chính, Viễn thông và Chuyển đổi số' }
 */
export function matchUnit(text: string, roster: Roster): UnitMatch {
  if (isGenericUnitGroup(text)) return { kind: 'generic', text };
  const key = unitKey(text);
  const name = rosterIndex(roster).get(key);
  if (name !== undefined) return { kind: 'unit', name };
  if (isNamedBodies(text)) return { kind: 'bodies', text };
  let best: { name: string; distance: number } | undefined;
  for (const unit of roster.units) {
    for (const candidate of [unit.name, ...unit.aliases]) {
      const d = nameDistance(text, key, candidate);
      if (d !== undefined && (!best || d < best.distance)) best = { name: unit.name, distance: d };
    }
  }
  if (!best) {
    // "Phòng Tổ chức" for "Phòng Tổ chức cán bộ": a shared opening is still a useful hint.
    const prefixed = roster.units.find(
      (u) => unitKey(u.name).startsWith(key) || key.startsWith(unitKey(u.name)),
    );
    if (prefixed && key.split(' ').length >= 2) best = { name: prefixed.name, distance: 99 };
  }
  return best ? { kind: 'unknown', text, suggestion: best.name } : { kind: 'unknown', text };
}

/**
 * How far a name is from a roster name, or undefined when too far to suggest. Names of the same
 * kind ("Bộ …", "Sở …") are told apart by what follows the kind word, so that part is compared,
 * within 20 % of its length: "Bộ Công Thương" is not a misspelt "Bộ Công an". Otherwise the whole
 * key, within 30 %.
 */
function nameDistance(text: string, key: string, candidate: string): number | undefined {
  const ck = unitKey(candidate);
  const kind = kindWordOf(text);
  if (kind && kind === kindWordOf(candidate)) {
    const rest = key.slice(kind.length).trim();
    const crest = ck.slice(kind.length).trim();
    const limit = Math.max(1, Math.floor(Math.max(rest.length, crest.length) * 0.2));
    const d = levenshtein(rest, crest, limit);
    return d <= limit && wordsAlike(rest, crest) ? d : undefined;
  }
  const limit = Math.max(2, Math.floor(Math.max(ck.length, key.length) * 0.3));
  const d = levenshtein(key, ck, limit);
  return d <= limit ? d : undefined;
}

/**
 * Word by word, a typo and not another name: "quan li khoa hoc" ~ "quan ly khoa hoc", but
 * "quang tri" ≁ "quang binh", "vinh linh" ≁ "gio linh" (places of the same kind). Each word may
 * differ by one letter in four, at least one; a word of four letters or fewer only by a letter
 * left out or added ("gio lin" ~ "gio linh"), or "i" for "y": another letter there makes another
 * syllable, so another place ("gio hai" ≁ "gio mai").
 */
function wordsAlike(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return true;
  return wa.every((w, i) => {
    const other = wb[i]!;
    if (w === other) return true;
    if (w.length === other.length && w.length <= 4)
      return w.replace(/y/g, 'i') === other.replace(/y/g, 'i');
    const limit = Math.max(1, Math.floor(Math.max(w.length, other.length) / 4));
    return levenshtein(w, other, limit) <= limit;
  });
}

/** True when the text is, folded, a name or alias in the roster. */
export function rosterHasName(roster: Roster, name: string): boolean {
  return rosterIndex(roster).has(unitKey(name));
}

/**
 * What decides {@link rosterHasName} for a roster: its keys, in order, as one string.
 * @example rosterKeys({ source: 'plan', units: [{ name: 'Văn phòng Sở', aliases: ['VP'] }] }) // 'van phong\u0000vp'
 */
export function rosterKeys(roster: Roster): string {
  return [...rosterIndex(roster).keys()].join('\u0000');
}

/**
 * Per roster (state of that roster, not a global), each name's and alias's key → the unit's name;
 * the first unit in order wins.
 */
const indexes = new WeakMap<Roster, Map<string, string>>();

/** Unit cells are matched many times per scan: the roster is keyed once, then looked up. */
function rosterIndex(roster: Roster): Map<string, string> {
  let index = indexes.get(roster);
  if (!index) {
    index = new Map();
    for (const unit of roster.units)
      for (const name of [unit.name, ...unit.aliases]) {
        const key = unitKey(name);
        if (!index.has(key)) index.set(key, unit.name);
      }
    indexes.set(roster, index);
  }
  return index;
}

/** @example isRosterSheetName('Danh mục đơn vị') // true */
export function isRosterSheetName(sheet: string): boolean {
  return /^(danh muc|ds|danh sach) (cac )?(don vi|phong don vi|phong ban)/.test(
    foldVietnamese(sheet).replace(/[^a-z ]/g, ''),
  );
}
