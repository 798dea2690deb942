import { fakeIo } from '../../test/_lib/fake-io';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { EXIT, main } from './main';

const fixtures = path.join(__dirname, '..', '..', 'test', 'fixtures', 'xlsx');

describe('phuluc templates', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-cli-templates-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one workbook per unit into a new folder and prints a line per file and a total', async () => {
    const io = fakeIo();
    const out = path.join(dir, 'mau', 'quy-4');
    const code = await main(
      ['templates', '--plan', path.join(fixtures, 'seed003-tasks.xlsx'), '--out-dir', out],
      io,
    );
    expect(code).toBe(EXIT.ok);
    expect(io.stderr).toBe('');
    expect(readdirSync(out).sort()).toEqual([
      'to-trien-khai-cac-hoat-dong-ve-cai-cach-hanh-chinh.xlsx',
      'trung-tam-ung-dung-tien-bo-kh-cn.xlsx',
      'van-phong-so.xlsx',
    ]);
    const lines = io.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      `Đã ghi / Written: ${path.join(out, 'van-phong-so.xlsx')} — Văn phòng Sở: 29 nhiệm vụ / tasks, 0 chỉ tiêu / indicators`,
    );
    expect(lines[3]).toBe(`Tổng cộng / Total: 3 mẫu báo cáo / templates → ${out}`);
  });

  it('prints the JSON document with --json and nothing else', async () => {
    const io = fakeIo();
    const plan = path.join(fixtures, 'variant-two-tables.xlsx');
    const code = await main(['templates', '--plan', plan, '--out-dir', dir, '--json'], io);
    expect(code).toBe(EXIT.ok);
    expect(io.stderr).toBe('');
    const json = JSON.parse(io.stdout);
    expect(json.plan).toBe(plan);
    expect(json.outDir).toBe(dir);
    expect(json.templates).toHaveLength(6);
    expect(json.templates[1]).toEqual({
      unit: 'Văn phòng Sở',
      file: 'van-phong-so.xlsx',
      tasks: 1,
      indicators: 3,
    });
  });

  it('never overwrites the plan (exit 2)', async () => {
    const plan = path.join(dir, 'van-phong-so.xlsx');
    copyFileSync(path.join(fixtures, 'seed003-tasks.xlsx'), plan);
    const before = readFileSync(plan);
    const io = fakeIo();
    const code = await main(['templates', '--plan', plan, '--out-dir', dir], io);
    expect(code).toBe(EXIT.usage);
    expect(io.stderr).toContain('Mẫu báo cáo không được ghi đè kế hoạch: ');
    expect(io.stderr).toContain(' / A template must not overwrite the plan: ');
    expect(readFileSync(plan).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['van-phong-so.xlsx']);
  });

  it('exits 1 with a one-line message when the plan cannot be read', async () => {
    const io = fakeIo();
    const plan = path.join(fixtures, 'not-a-workbook.xlsx');
    const code = await main(['templates', '--plan', plan, '--out-dir', dir], io);
    expect(code).toBe(EXIT.input);
    expect(io.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(io.stderr).toContain('not-a-workbook.xlsx');
    expect(io.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);

    const noTable = fakeIo();
    const code2 = await main(
      ['templates', '--plan', path.join(fixtures, 'seed004-no-appendix.xlsx'), '--out-dir', dir],
      noTable,
    );
    expect(code2).toBe(EXIT.input);
  });

  it('exits 2 on bad usage', async () => {
    for (const args of [
      ['templates', '--out-dir', 'x'],
      ['templates', '--plan', 'p.xlsx'],
      ['templates', '--plan', 'p.xlsx', '--out-dir', 'x', '--bogus'],
      ['templates', 'p.xlsx', '--out-dir', 'x'],
    ]) {
      const io = fakeIo();
      expect(await main(args, io)).toBe(EXIT.usage);
      expect(io.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(io.stderr).toContain('(xem phuluc templates --help) / ');
    }
  });
});
