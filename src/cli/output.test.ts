import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { makeDirectory, OutputError, REPORT, TEMPLATES, writeOutputFile } from './output';

const dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof OutputError ? e.failure : e),
  );

describe('makeDirectory', () => {
  it('creates the missing folders, one level at a time, and accepts existing ones', async () => {
    const deep = path.join(dir, 'a', 'b', 'c');
    await makeDirectory(deep, TEMPLATES);
    expect(statSync(deep).isDirectory()).toBe(true);
    await makeDirectory(deep, TEMPLATES);
  });

  it('names the file that stands where a folder is needed', async () => {
    const file = path.join(dir, 'file');
    writeFileSync(file, 'x');
    const e = await makeDirectory(path.join(file, 'sub'), TEMPLATES).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OutputError);
    expect((e as OutputError).failure).toBe('not-a-directory');
    expect((e as OutputError).line).toContain(`${file} là một tệp, không phải thư mục`);
    expect((e as OutputError).exitCode).toBe(1);
  });

  (process.platform === 'linux' ? it : it.skip)(
    'gives up under /proc instead of looping (fs.mkdir recursive spins there)',
    async () => {
      expect(await failure(makeDirectory('/proc/phuluc-x/y', TEMPLATES))).toBe('cannot-create');
    },
  );
});

describe('writeOutputFile', () => {
  it('writes the bytes, creating the folder', async () => {
    const file = path.join(dir, 'new', 'r.xlsx');
    await writeOutputFile(file, new Uint8Array([1, 2, 3]), REPORT);
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
  });

  it('refuses a folder as the file', async () => {
    expect(await failure(writeOutputFile(dir, new Uint8Array([1]), REPORT))).toBe('is-a-directory');
    expect(existsSync(dir)).toBe(true);
  });
});
