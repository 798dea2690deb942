import {
  collectEntries,
  dropEntries,
  isWorkbookName,
  splitWorkbooks,
  type DirectoryEntryLike,
  type EntryLike,
  type FileEntryLike,
} from './collect';

interface Fake {
  readonly name: string;
}

function file(path: string): FileEntryLike<Fake> {
  const name = path.split('/').pop()!;
  return {
    name,
    fullPath: path,
    isFile: true,
    isDirectory: false,
    file: (ok) => ok({ name }),
  };
}

/** A folder whose reader hands out its entries two at a time, as browsers do in batches. */
function folder(path: string, children: EntryLike[]): DirectoryEntryLike {
  return {
    name: path.split('/').pop()!,
    fullPath: path,
    isFile: false,
    isDirectory: true,
    createReader() {
      let at = 0;
      return {
        readEntries(ok) {
          const batch = children.slice(at, at + 2);
          at += batch.length;
          ok(batch);
        },
      };
    },
  };
}

describe('isWorkbookName', () => {
  it('takes .xlsx and .xlsm in any case, not lock files nor other files', () => {
    expect(['a.xlsx', 'B.XLSX', 'c.xlsm', 'thư mục/d.xlsx'].map(isWorkbookName)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['~$a.xlsx', 'a.xls', 'a.csv', 'a.xlsx.pdf', 'xlsx'].map(isWorkbookName)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('splitWorkbooks', () => {
  it('keeps the workbooks and names the rest by their path in the folder', () => {
    const picked = [
      { name: 'vp.xlsx', webkitRelativePath: 'q3/vp.xlsx' },
      { name: 'ghi-chu.docx', webkitRelativePath: 'q3/ghi-chu.docx' },
      { name: 'tt.xlsm' },
      { name: 'anh.png' },
    ];
    const { workbooks, skipped } = splitWorkbooks(picked);
    expect(workbooks.map((f) => [f.file.name, f.path])).toEqual([
      ['vp.xlsx', 'q3/vp.xlsx'],
      ['tt.xlsm', 'tt.xlsm'],
    ]);
    expect(skipped).toEqual(['q3/ghi-chu.docx', 'anh.png']);
  });
});

describe('collectEntries', () => {
  it('walks folders within folders, reading every batch, and keeps the workbooks', async () => {
    const dropped = [
      folder('/q3', [
        file('/q3/van-phong.xlsx'),
        file('/q3/ghi-chu.docx'),
        folder('/q3/thanh-tra', [file('/q3/thanh-tra/tt.xlsx'), file('/q3/thanh-tra/~$tt.xlsx')]),
        file('/q3/a-qlkh.xlsm'),
        file('/q3/z.pdf'),
      ]),
      file('/le.xlsx'),
    ];
    const found = await collectEntries<Fake>(dropped);
    expect(found.workbooks.map((f) => f.file.name)).toEqual([
      'le.xlsx',
      'a-qlkh.xlsm',
      'tt.xlsx',
      'van-phong.xlsx',
    ]);
    expect(found.workbooks.map((f) => f.path)).toEqual([
      '/le.xlsx',
      '/q3/a-qlkh.xlsm',
      '/q3/thanh-tra/tt.xlsx',
      '/q3/van-phong.xlsx',
    ]);
    expect(found.skipped).toEqual(['/q3/ghi-chu.docx', '/q3/thanh-tra/~$tt.xlsx', '/q3/z.pdf']);
  });

  it('finds nothing in an empty folder', async () => {
    expect(await collectEntries<Fake>([folder('/x', [])])).toEqual({ workbooks: [], skipped: [] });
  });

  it('fails when the browser cannot read a file, so the caller can fall back', async () => {
    const broken: FileEntryLike<Fake> = { ...file('/a.xlsx'), file: (_, fail) => fail?.('x') };
    await expect(collectEntries<Fake>([broken])).rejects.toBe('x');
  });
});

describe('dropEntries', () => {
  it('takes each dropped item’s entry, leaving out what is not a file', () => {
    const a = file('/a.xlsx');
    const q = folder('/q', []);
    const items = [
      { kind: 'file', webkitGetAsEntry: () => a },
      { kind: 'string', webkitGetAsEntry: () => null },
      { kind: 'file', webkitGetAsEntry: () => q },
    ];
    expect(dropEntries({ items, files: [] })).toEqual([a, q]);
  });

  it('is null where the browser gives no entries: the files are all there is', () => {
    expect(dropEntries({ files: [{ name: 'a.xlsx' }] })).toBeNull();
    expect(dropEntries({ items: [{ kind: 'file' }], files: [] })).toBeNull();
    // A drop a script made: items without entries.
    const made = [{ kind: 'file', webkitGetAsEntry: () => null }];
    expect(dropEntries({ items: made, files: [{ name: 'a.xlsx' }] })).toBeNull();
  });
});
