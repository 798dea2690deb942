import { foldVietnamese } from '../text/fold';

/**
 * An ASCII file name for a unit, unique among `taken` (which it extends).
 * @example uniqueFileName('Văn phòng Sở', new Set()) // 'van-phong-so.xlsx'
 */
export function uniqueFileName(unit: string, taken: Set<string>): string {
  let slug = foldVietnamese(unit)
    .replace(/&/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > 60) slug = slug.slice(0, 60).replace(/-[^-]*$/, '');
  if (!slug) slug = 'don-vi';
  let name = `${slug}.xlsx`;
  for (let n = 2; taken.has(name); n++) name = `${slug}-${n}.xlsx`;
  taken.add(name);
  return name;
}
