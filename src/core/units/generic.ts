import { foldLabel } from '../text/fold';

/**
 * True for names that stand for every unit ("Các phòng, đơn vị thuộc Sở", "Phòng, đơn vị được giao").
 * @example isGenericUnitGroup('Các phòng, đơn vị thuộc Sở') // true
 */
export function isGenericUnitGroup(name: string): boolean {
  const f = foldLabel(name);
  return (
    /^(cac|tat ca cac|toan the cac) (phong|don vi|co quan|to chuc)\b/.test(f) ||
    /^phong don vi (duoc giao|lien quan|thuoc so)/.test(f) ||
    /^(cac )?phong ban\b/.test(f) ||
    /^don vi (duoc giao|lien quan|co lien quan)/.test(f)
  );
}
