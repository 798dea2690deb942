import { foldLabel } from '../text/fold';
import { matchUnit, unitKey, type Roster } from '../units/roster';

export type UnitIdentity =
  | { readonly kind: 'unit'; readonly name: string; readonly from: 'line' | 'file' }
  | {
      readonly kind: 'unknown';
      readonly text: string;
      readonly suggestion?: string;
      readonly from: 'line' | 'file';
    };

/**
 * Which unit sent a workbook: the "Đơn vị báo cáo: …" line when there is one, else the file name
 * ("phong-qlkh.xlsx", "QLCN_bao cao quy 3.xlsx"), matched against the roster and its other names.
 * @example identifyUnit('Phòng QLKH', 'x.xlsx', roster) // { kind: 'unit', name: 'Phòng Quản lý Khoa học', from: 'line' }
 */
export function identifyUnit(line: string | null, file: string, roster: Roster): UnitIdentity {
  if (line) {
    const m = matchUnit(line, roster);
    if (m.kind === 'unit') return { kind: 'unit', name: m.name, from: 'line' };
    return {
      kind: 'unknown',
      text: line,
      ...(m.kind === 'unknown' && m.suggestion ? { suggestion: m.suggestion } : {}),
      from: 'line',
    };
  }
  const base = file.replace(/\.[^.]+$/, '');
  const folded = ` ${foldLabel(base.replace(/[_\-.+]+/g, ' '))} `;
  let best: { name: string; length: number } | undefined;
  for (const unit of roster.units) {
    for (const candidate of [unit.name, ...unit.aliases]) {
      const key = unitKey(candidate);
      if (key.length >= 2 && folded.includes(` ${key} `) && (!best || key.length > best.length)) {
        best = { name: unit.name, length: key.length };
      }
    }
  }
  return best
    ? { kind: 'unit', name: best.name, from: 'file' }
    : { kind: 'unknown', text: base, from: 'file' };
}
