import { foldLabel } from '../text/fold';

const ALL_UNITS = /^(cac|tat ca cac|toan the cac) (phong|don vi|co quan|to chuc)\b/;
const UNITS_GIVEN = /^phong don vi (duoc giao|lien quan|thuoc so)/;
const ALL_DIVISIONS = /^(cac )?phong ban\b/;
const UNITS_CONCERNED = /^don vi (duoc giao|lien quan|co lien quan)/;

/**
 * True for names that stand for every unit ("Các phòng, đơn vị thuộc Sở", "Phòng, đơn vị được giao").
 * @example isGenericUnitGroup('Các phòng, đơn vị thuộc Sở') // true
 */
export function isGenericUnitGroup(name: string): boolean {
  const f = foldLabel(name);
  return (
    ALL_UNITS.test(f) || UNITS_GIVEN.test(f) || ALL_DIVISIONS.test(f) || UNITS_CONCERNED.test(f)
  );
}
