import { fakeIo as makeFakeIo } from '../../test/_lib/fake-io';
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'fs';
import os from 'os';
import path from 'path';
import { consolidateJsonSchema } from '../core/schema/consolidate';
import { scanBook } from '../core/scan';
import { readWorkbook } from '../io/xlsx/read';
import { defaultOutput } from './consolidate';
import { EXIT, main } from './main';

const demo = path.join(__dirname, '..', '..', 'samples', 'tong-hop');
const plan = path.join(demo, 'ke-hoach-cai-cach-tthc-2024.xlsx');
const units = readdirSync(demo)
  .filter((f) => f.endsWith('.xlsx') && !f.startsWith('ke-hoach'))
  .map((f) => path.join(demo, f));

const fakeIo = () => makeFakeIo('2024-10-20');

const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('phuluc consolidate', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-consolidate-'));

  it('writes a new workbook with the plan sheets and the report sheets, leaving the inputs untouched', async () => {
    const before = [plan, ...units].map(hash);
    const out = path.join(dir, 'bao-cao.xlsx');
    const io = fakeIo();
    const code = await main(
      ['consolidate', '--plan', plan, ...units, '--as-of', '2024-10-20', '--out', out, '--json'],
      io,
    );
    expect(code).toBe(EXIT.ok);
    expect(io.stderr).toBe('');
    const json = consolidateJsonSchema.parse(JSON.parse(io.stdout));
    expect(json.output).toBe(out);
    expect(json.period.label).toBe('Quý IV năm 2024');
    expect(json.units.filter((u) => u.submitted)).toHaveLength(4);
    expect(json.conflicts.map((c) => c.key)).toEqual(['2']);
    expect(json.unmatched).toHaveLength(1);
    expect([plan, ...units].map(hash)).toEqual(before);

    const book = await readWorkbook(new Uint8Array(readFileSync(out)), 'bao-cao.xlsx');
    const names = book.sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'PL1 Nhiệm vụ',
        'PL2 Chỉ tiêu',
        'Danh mục đơn vị',
        'Tổng hợp nhiệm vụ',
        'Tổng hợp chỉ tiêu',
        'Tình hình báo cáo',
        'Kết quả kiểm tra',
      ]),
    );
    // The plan's own sheets still read as the same plan.
    const again = scanBook(book, { asOf: '2024-10-20' });
    const original = scanBook(await readWorkbook(new Uint8Array(readFileSync(plan)), 'plan.xlsx'), {
      asOf: '2024-10-20',
    });
    expect(
      again.tables
        .filter((t) => !t.sheet.startsWith('Tổng hợp'))
        .map((t) => t.items.map((i) => i.key)),
    ).toEqual(original.tables.map((t) => t.items.map((i) => i.key)));
  });

  it('prints a readable summary naming the output', async () => {
    const out = path.join(dir, 'summary.xlsx');
    const io = fakeIo();
    await main(['consolidate', '--plan', plan, ...units, '--out', out], io);
    expect(io.stdout).toContain('Đơn vị đã gửi / Units submitted: 4/5');
    expect(io.stdout).toContain('chưa gửi / not submitted');
    expect(io.stdout).toContain(`Đã ghi báo cáo / Report written: ${out}`);
    expect(existsSync(out)).toBe(true);
  });

  it('gives byte-identical report sheets when run again', async () => {
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    await main(
      ['consolidate', '--plan', plan, ...units, '--as-of', '2024-10-20', '--out', a],
      fakeIo(),
    );
    await main(
      ['consolidate', '--plan', plan, ...units, '--as-of', '2024-10-20', '--out', b],
      fakeIo(),
    );
    const sheets = async (p: string) =>
      (await readWorkbook(new Uint8Array(readFileSync(p)), 'x')).sheets.filter(
        (s) =>
          s.name.startsWith('Tổng hợp') ||
          s.name.startsWith('Tình hình') ||
          s.name.startsWith('Kết quả'),
      );
    expect(await sheets(b)).toEqual(await sheets(a));
  });

  it('never overwrites an input', async () => {
    const io = fakeIo();
    expect(await main(['consolidate', '--plan', plan, ...units, '--out', units[0]!], io)).toBe(
      EXIT.usage,
    );
    expect(io.stderr).toContain('không được ghi đè');
  });

  it('names a unit file it cannot read and still merges the others', async () => {
    const broken = path.join(
      __dirname,
      '..',
      '..',
      'test',
      'fixtures',
      'xlsx',
      'not-a-workbook.xlsx',
    );
    const io = fakeIo();
    const out = path.join(dir, 'partial.xlsx');
    const code = await main(
      ['consolidate', '--plan', plan, units[0]!, broken, '--out', out, '--json'],
      io,
    );
    expect(code).toBe(EXIT.ok);
    expect(io.stderr).toContain('not-a-workbook.xlsx');
    const json = consolidateJsonSchema.parse(JSON.parse(io.stdout));
    expect(json.issues.find((i) => i.code === 'unit-file-unreadable')).toMatchObject({
      file: 'not-a-workbook.xlsx',
      severity: 'error',
    });
    expect(json.units.filter((u) => u.submitted)).toHaveLength(1);
  });

  it('exits 1 when the plan cannot be read, and 2 on bad usage', async () => {
    const missing = fakeIo();
    expect(await main(['consolidate', '--plan', path.join(dir, 'missing.xlsx')], missing)).toBe(
      EXIT.input,
    );
    expect(missing.stderr).toContain('File not found');
    expect(await main(['consolidate'], fakeIo())).toBe(EXIT.usage);
    expect(await main(['consolidate', '--plan', plan, '--period', 'week'], fakeIo())).toBe(
      EXIT.usage,
    );
    expect(await main(['consolidate', '--plan', plan, '--as-of', '2024-13-01'], fakeIo())).toBe(
      EXIT.usage,
    );
  });

  it('takes --year over the plan title, as scan does', async () => {
    const dues = async (extra: string[]) => {
      const io = fakeIo();
      const out = path.join(dir, `year${extra.join('')}.xlsx`);
      const code = await main(
        ['consolidate', '--plan', plan, '--as-of', '2024-10-20', '--out', out, '--json', ...extra],
        io,
      );
      expect(code).toBe(EXIT.ok);
      return consolidateJsonSchema.parse(JSON.parse(io.stdout)).tasks.map((t) => t.judgedDue);
    };
    const titled = await dues([]);
    const overridden = await dues(['--year', '2025']);
    // Deadlines written without their year fall in the plan year given.
    expect(titled.filter((d) => d?.startsWith('2025'))).toEqual([]);
    expect(overridden.filter((d) => d?.startsWith('2025')).length).toBeGreaterThan(0);
    expect(await main(['consolidate', '--plan', plan, '--year', '24'], fakeIo())).toBe(EXIT.usage);
  });

  it('puts the number, the signer, the signer’s name and the recipients on the report', async () => {
    const out = path.join(dir, 'signed.xlsx');
    const code = await main(
      [
        'consolidate',
        '--plan',
        plan,
        '--as-of',
        '2024-10-20',
        '--out',
        out,
        '--number',
        '125/BC-SKHCN',
        '--signer',
        'KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC',
        '--signer-name',
        'Nguyễn Văn An',
        '--recipients',
        'UBND tỉnh Quảng Trị;\\nSở Nội vụ;\\n- Lưu: VT, VP.',
      ],
      fakeIo(),
    );
    expect(code).toBe(EXIT.ok);
    const book = await readWorkbook(readFileSync(out), 'signed.xlsx');
    const tasks = book.sheets.find((s) => s.name === 'Tổng hợp nhiệm vụ')!;
    const texts = tasks.rows.flatMap((r) => (r ?? []).map((c) => c?.value));
    expect(texts).toEqual(
      expect.arrayContaining(['Số: 125/BC-SKHCN', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Văn An']),
    );
    // "Nơi nhận:" lists the lines given, one a row, instead of the default ones.
    const after = texts.slice(texts.indexOf('Nơi nhận:'));
    expect(after).toEqual(
      expect.arrayContaining(['- UBND tỉnh Quảng Trị;', '- Sở Nội vụ;', '- Lưu: VT, VP.']),
    );
    expect(after).not.toContain('- Như trên;');
  });

  it('puts the report beside the plan by default', () => {
    expect(defaultOutput('/data/ke-hoach.xlsx')).toBe('/data/ke-hoach-tong-hop.xlsx');
  });
});
