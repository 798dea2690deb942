import type { ParsedRow } from '../parse/model';
import { readUnitListDetailed, readUnitRoles } from '../units/roles';
import { isCutOffName, type RunTogetherText, type SplitNames } from '../units/split';
import { matchUnit, rosterHasName, rosterKeys, type Roster } from '../units/roster';

/** Unit names as written in a row, before roster matching. */
export interface RawUnits {
  readonly leadText: string;
  readonly supportText: string;
  /** A single "Phòng, đơn vị thực hiện" column whose lines carry the roles. */
  readonly unitsText: string;
}

/** A row's unit names, matched to the roster; the names it does not know, to report. */
export interface ResolvedUnits {
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly unknown: readonly UnknownUnit[];
  /** Names that are only a kind word ("Bộ"): a cell cut off, no unit; reported. */
  readonly cutOff: readonly CutOffUnit[];
  /** Texts that held two names typed without a separator, cut in two and reported. */
  readonly runTogether: readonly RunTogether[];
}

export interface RunTogether extends RunTogetherText {
  readonly role: 'lead' | 'support';
}

export interface CutOffUnit {
  readonly role: 'lead' | 'support';
  readonly name: string;
}

export interface UnknownUnit {
  readonly role: 'lead' | 'support';
  readonly name: string;
  readonly suggestion?: string;
}

/**
 * A row's unit texts.
 * @example rawUnitsOf(row) // { leadText: 'Văn phòng Sở', supportText: '', unitsText: '' }
 */
export function rawUnitsOf(row: ParsedRow): RawUnits {
  return {
    leadText: row.texts.lead ?? '',
    supportText: row.texts.support ?? '',
    unitsText: row.texts.units ?? '',
  };
}

function unitNames(raw: RawUnits, known: (name: string) => boolean): UnitNames {
  const none: SplitNames = { names: [], runTogether: [] };
  const leadList = raw.leadText ? readUnitListDetailed(raw.leadText, known) : none;
  const supportList = raw.supportText ? readUnitListDetailed(raw.supportText, known) : none;
  const lead = [...leadList.names];
  const support = [...supportList.names];
  const runTogether: RunTogether[] = [
    ...leadList.runTogether.map((r) => ({ role: 'lead' as const, ...r })),
    ...supportList.runTogether.map((r) => ({ role: 'support' as const, ...r })),
  ];
  if (raw.unitsText) {
    const roles = readUnitRoles(raw.unitsText, known);
    lead.push(...roles.lead.filter((n) => !lead.includes(n)));
    support.push(...roles.support.filter((n) => !support.includes(n)));
    runTogether.push(...(roles.runTogether ?? []).map((r) => ({ role: 'lead' as const, ...r })));
  }
  return { lead, support, runTogether };
}

function resolveNames(names: UnitNames, roster: Roster): ResolvedUnits {
  const unknown: UnknownUnit[] = [];
  const cutOff: CutOffUnit[] = [];
  const canonical = (list: readonly string[], role: 'lead' | 'support'): string[] =>
    list.map((name) => {
      if (isCutOffName(name) && !rosterHasName(roster, name)) {
        cutOff.push({ role, name });
        return name;
      }
      const m = matchUnit(name, roster);
      if (m.kind === 'unit') return m.name;
      if (m.kind === 'unknown')
        unknown.push({ role, name, ...(m.suggestion ? { suggestion: m.suggestion } : {}) });
      return name;
    });
  const lead = canonical(names.lead, 'lead');
  const support = canonical(names.support, 'support');
  // Issues in the order the names were read: every lead's, then every support's.
  return { lead, support, unknown, cutOff, runTogether: names.runTogether };
}

/**
 * A map keyed by a row's three unit texts, level by level: the same cell texts come back on
 * every row, and looking them up builds no joined key.
 */
class UnitTextMap<V> {
  private readonly byLead = new Map<string, Map<string, Map<string, V>>>();
  size = 0;

  get(raw: RawUnits): V | undefined {
    return this.byLead.get(raw.leadText)?.get(raw.supportText)?.get(raw.unitsText);
  }

  set(raw: RawUnits, value: V): void {
    let bySupport = this.byLead.get(raw.leadText);
    if (!bySupport) this.byLead.set(raw.leadText, (bySupport = new Map()));
    let byUnits = bySupport.get(raw.supportText);
    if (!byUnits) bySupport.set(raw.supportText, (byUnits = new Map()));
    byUnits.set(raw.unitsText, value);
    this.size++;
  }

  clear(): void {
    this.byLead.clear();
    this.size = 0;
  }
}

/** No roster yet: unit texts read before the roster is made from the names they give. */
const NO_ROSTER: Roster = { source: 'plan', units: [] };

type UnitNames = {
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly runTogether: readonly RunTogether[];
};

// Kept across scans, by the roster's keys (what decides the reading): a consolidation scans the
// plan and every unit's copy of it, which give the same unit texts against the same roster.
const namesByRoster = new Map<string, UnitTextMap<UnitNames>>();
const MAX_ROSTERS = 100;
const MAX_TEXTS = 20_000;

/** A row's unit names read against a roster (the same texts come back in every scan). */
function namesAgainst(roster: Roster, rosterKey: string, raw: RawUnits): UnitNames {
  let known = namesByRoster.get(rosterKey);
  if (!known) {
    if (namesByRoster.size >= MAX_ROSTERS) namesByRoster.clear();
    namesByRoster.set(rosterKey, (known = new UnitTextMap()));
  }
  let names = known.get(raw);
  if (!names) {
    if (known.size >= MAX_TEXTS) known.clear();
    known.set(raw, (names = unitNames(raw, (name) => rosterHasName(roster, name))));
  }
  return names;
}

/**
 * Every unit name the rows give, in order, read without a roster: what a plan without a roster
 * sheet makes its roster from.
 * @example unitNamesIn([row]) // ['Văn phòng Sở', 'Thanh tra Sở']
 */
export function unitNamesIn(rows: Iterable<ParsedRow>): string[] {
  const names: string[] = [];
  const seen = new UnitTextMap<true>();
  for (const row of rows) {
    const raw = rawUnitsOf(row);
    // Only each distinct unit text adds names; repeats ("Văn phòng Sở" on every row) do not.
    if (seen.get(raw)) continue;
    seen.set(raw, true);
    const n = namesAgainst(NO_ROSTER, '', raw);
    names.push(...n.lead, ...n.support);
  }
  return names;
}

/**
 * Reads rows' unit texts against one roster. Unit cells repeat down a plan ("Văn phòng Sở" on
 * every other row), so each distinct text is read once per scan: one reader per scan.
 * @example new UnitReader(roster).resolve(rawUnitsOf(row)).lead // ['Văn phòng Sở']
 */
export class UnitReader {
  private readonly read = new UnitTextMap<ResolvedUnits>();
  private readonly rosterKey: string;

  constructor(private readonly roster: Roster) {
    this.rosterKey = rosterKeys(roster);
  }

  resolve(raw: RawUnits): ResolvedUnits {
    let resolved = this.read.get(raw);
    if (!resolved) {
      const names = namesAgainst(this.roster, this.rosterKey, raw);
      this.read.set(raw, (resolved = resolveNames(names, this.roster)));
    }
    return resolved;
  }
}
