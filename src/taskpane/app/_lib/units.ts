import type { UnitFile } from '../../engine/workbooks';

/** Where a unit file came from: its folder path, or its name (picked alone, a unit sheet). */
const sourceOf = (u: UnitFile) => u.path ?? u.name;

/** The file's own name, from the end of its path. */
const baseName = (u: UnitFile) => sourceOf(u).split('/').pop() || u.name;

/** The path shown for a file: without the leading "/" a dropped folder's entries carry. */
const shownPath = (u: UnitFile) => sourceOf(u).replace(/^\/+/, '');

/**
 * The unit files after adding some: a file from the same place (same path, or same name when
 * picked alone) replaces the older one, and every file gets a name no other has — its own name,
 * or its folder path when units sent files of one name from different folders (VP/bao-cao.xlsx,
 * TT/bao-cao.xlsx), or a "(2)" after it when even that repeats. The list, "Bỏ" and the
 * consolidation all go by that name.
 * @example mergeUnits([], [{ name: 'bao-cao.xlsx', path: 'q3/VP/bao-cao.xlsx' }, { name: 'bao-cao.xlsx', path: 'q3/TT/bao-cao.xlsx' }]).map((u) => u.name) // ['q3/VP/bao-cao.xlsx', 'q3/TT/bao-cao.xlsx']
 * @example mergeUnits([{ name: 'vp.xlsx' }], [{ name: 'vp.xlsx' }]).length // 1
 * @example mergeUnits(afterRemoving).map((u) => u.name) // ['bao-cao.xlsx']: the other of that name is gone
 */
export function mergeUnits(old: readonly UnitFile[], added: readonly UnitFile[] = []): UnitFile[] {
  // The last of several files from one place wins, as a later pick replaces an earlier one.
  const fresh = added.filter(
    (a, i) => !added.slice(i + 1).some((b) => sourceOf(b) === sourceOf(a)),
  );
  const all = [...old.filter((u) => !fresh.some((a) => sourceOf(a) === sourceOf(u))), ...fresh];
  const repeats = (name: string) => all.filter((u) => baseName(u) === name).length > 1;
  const taken = new Set<string>();
  return all.map((u) => {
    const wanted = repeats(baseName(u)) ? shownPath(u) : baseName(u);
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted} (${n})`;
    taken.add(name);
    return name === u.name ? u : { ...u, name };
  });
}
