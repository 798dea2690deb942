/** What a template row takes from a plan item: the unit's role in it, its texts by column role. */
import type { ColumnRole } from '../../detect/roles';
import type { IndicatorItem, TaskItem } from '../../parse/model';
import { genericGroupCovers } from '../../units/generic';
import { matchUnit, type Roster } from '../../units/roster';

/**
 * Whether a section path starts with `prefix`.
 * @example isPrefix(['I'], ['I', '2']) // true
 */
export function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}

/**
 * The letter of a task's a), b) sub-row, from its key.
 * @example subRowLetter('1.a') // 'a'
 * @example subRowLetter('II/3.b~2') // 'b'
 * @example subRowLetter('1.2') // undefined
 */
export function subRowLetter(key: string): string | undefined {
  return /\.([a-zđ])(?:~\d+)?$/.exec(key)?.[1];
}

/**
 * The unit's role in a row: named in a column, it takes that column's role (lead first); else a
 * generic group ("Các phòng, đơn vị thuộc Sở") gives its column's role to every unit of its kind.
 * @example unitRoleIn(item, 'Văn phòng Sở', roster) // 'lead'
 */
export function unitRoleIn(
  item: TaskItem | IndicatorItem,
  unit: string,
  roster: Roster,
): 'lead' | 'support' | undefined {
  const kinds = (names: readonly string[]) =>
    names.map((n) => {
      const m = matchUnit(n, roster);
      if (m.kind === 'unit') return m.name === unit ? 'self' : 'other';
      // A generic group counts for the units of its kind only ("UBND các huyện" not for a Sở).
      return m.kind === 'generic' && !genericGroupCovers(n, unit) ? 'other' : m.kind;
    });
  const lead = kinds(item.lead);
  const support = kinds(item.support);
  if (lead.includes('self')) return 'lead';
  if (support.includes('self')) return 'support';
  if (lead.includes('generic')) return 'lead';
  if (support.includes('generic')) return 'support';
  return undefined;
}

/**
 * The plan texts of an item by column role, read from the item's fields.
 * @example planValues(task, roles).number // '1'
 */
export function planValues(
  item: TaskItem | IndicatorItem,
  roles: ReadonlySet<ColumnRole>,
): Partial<Record<ColumnRole, string>> {
  const units = {
    lead: item.lead.join(', '),
    support: item.support.join(', '),
    units: unitsText(item.lead, item.support),
  };
  if ('content' in item) {
    return {
      number: item.stt,
      content: item.content,
      objective: item.objective ?? '',
      // The parser drops an activity equal to the content; without a content column it is the content.
      activity: item.activity ?? (roles.has('content') ? '' : item.content),
      deliverable: item.deliverable ?? '',
      ...units,
      deadline: item.deadlineText,
      budget: item.budget ?? '',
      note: item.note ?? '',
    };
  }
  return {
    number: item.stt,
    indicatorName: item.name,
    measureUnit: item.unit,
    target: item.targetText,
    ...units,
  };
}

/**
 * A "Phòng, đơn vị thực hiện" cell with the roles written in, as plans write it and as
 * `readUnitRoles` reads it back.
 * @example unitsText(['Văn phòng Sở'], ['Phòng QLKH']) // '- Văn phòng Sở chủ trì;\n- Phòng QLKH phối hợp.'
 */
export function unitsText(lead: readonly string[], support: readonly string[]): string {
  if (support.length === 0) return lead.join(', ');
  if (lead.length === 0) return `${support.join(', ')} phối hợp`;
  return `- ${lead.join(', ')} chủ trì;\n- ${support.join(', ')} phối hợp.`;
}
