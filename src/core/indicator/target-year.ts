import { foldVietnamese } from '../text/fold';

/** "Đến năm 2030", "Năm 2025", "Chỉ tiêu đến năm 2030", "Mục tiêu đến hết năm 2025" (folded). */
const YEAR_HEADING =
  /^(?:(?:cac\s+)?(?:chi tieu|muc tieu)\s+)?(?:den\s+)?(?:het\s+)?nam\s+((?:19|20)\d{2})$/;

/**
 * The year a section heading of an indicator table sets its targets for, when the heading is
 * only that year ("Đến năm 2030", as in the Government's Nghị quyết 03/NQ-CP, Phụ lục I):
 * the indicators under it are targets to reach by then.
 * @example targetYearOfHeading('Đến năm 2030') // 2030
 * @example targetYearOfHeading('Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP năm 2024') // undefined
 */
export function targetYearOfHeading(title: string): number | undefined {
  const folded = foldVietnamese(title.normalize('NFC'))
    .toLowerCase()
    .replace(/[.:;,)(]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const year = YEAR_HEADING.exec(folded)?.[1];
  return year ? Number(year) : undefined;
}
