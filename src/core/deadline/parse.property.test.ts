import fc from 'fast-check';
import { parseDeadline, type ParsedDeadline, type PlanYears } from './parse';

const RUNS = { numRuns: 300 };
const KINDS = ['date', 'recurring', 'continuous', 'on-demand', 'missing', 'unparsed'];

/** Plans of one to seven years around today. */
const planYears: fc.Arbitrary<PlanYears> = fc
  .tuple(fc.integer({ min: 1995, max: 2035 }), fc.integer({ min: 0, max: 6 }))
  .map(([from, span]) => ({ from, to: from + span }));

/** Text made of the words, numbers and separators deadline cells use. */
const deadlineLike: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Quý ',
        'quý ',
        'I',
        'II',
        'III',
        'IV',
        'V',
        'Tháng ',
        'tháng ',
        'năm ',
        'Năm ',
        'trong ',
        'Trước ngày ',
        'trước ',
        'ngày ',
        'đến ',
        'từ ',
        'chậm nhất ',
        'Hàng tháng',
        'hằng quý',
        'Hàng năm',
        'định kỳ ',
        'Định kỳ',
        '6 tháng đầu năm',
        '6 tháng cuối năm',
        'cuối năm',
        ' và ',
        'của tháng cuối quý',
        'đầu quý sau',
        '3 tháng/lần',
        'Thường xuyên',
        'liên tục',
        'Theo kế hoạch',
        'Khi có ',
        'Nếu có phát sinh',
        'Đột xuất',
        'Báo cáo ',
      ),
      fc.integer({ min: 0, max: 40 }).map(String),
      fc.integer({ min: 1990, max: 2040 }).map(String),
      fc.constantFrom('/', '-', '.', ';', '\n', ' ', ', ', '- ', '–'),
    ),
    { maxLength: 24 },
  )
  .map((pieces) => pieces.join(''));

const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  deadlineLike,
);

function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Four-digit numbers written in the text (marks stripped, as the parser reads it). */
function writtenYears(text: string): number[] {
  const bare = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return [...bare.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
}

function expectWellFormed(parsed: ParsedDeadline): void {
  expect(KINDS).toContain(parsed.kind);
  for (const iso of parsed.due) expect(isCalendarDate(iso)).toBe(true);
  expect([...new Set(parsed.due)].sort()).toEqual(parsed.due);
  for (const p of parsed.problems) expect(['impossible-date', 'unparsed']).toContain(p.kind);
  if (parsed.kind === 'missing' || parsed.kind === 'unparsed') expect(parsed.due).toEqual([]);
  if (parsed.kind === 'continuous' || parsed.kind === 'on-demand') expect(parsed.due).toEqual([]);
  if (parsed.kind === 'date' || parsed.kind === 'recurring') {
    expect(parsed.due.length).toBeGreaterThan(0);
  }
}

describe('parseDeadline (properties)', () => {
  it('never throws and returns a well-formed deadline for any text', () => {
    fc.assert(
      fc.property(anyText, planYears, (text, years) => {
        expectWellFormed(parseDeadline(text, years));
      }),
      RUNS,
    );
  });

  it('keeps due dates in the plan period, unless the text writes the year', () => {
    // "trước 01/01/2025" and "đầu quý sau" may step one year past a written or plan year.
    fc.assert(
      fc.property(anyText, planYears, (text, years) => {
        const written = writtenYears(text);
        const lo = Math.min(...written);
        const hi = Math.max(...written);
        for (const iso of parseDeadline(text, years).due) {
          const y = Number(iso.slice(0, 4));
          const inPlan = y >= years.from - 1 && y <= years.to + 1;
          const inText = written.length > 0 && y >= lo - 1 && y <= hi + 1;
          expect(inPlan || inText).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('reads every day/month/year triple as that day, or reports it impossible', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 1990, max: 2040 }),
        fc.constantFrom('/', '-', '.'),
        planYears,
        (d, m, y, sep, years) => {
          const text = `${d}${sep}${m}${sep}${y}`;
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const parsed = parseDeadline(text, years);
          if (isCalendarDate(iso)) {
            expect(parsed).toEqual({ kind: 'date', due: [iso], problems: [] });
          } else {
            expect(parsed).toEqual({
              kind: 'unparsed',
              due: [],
              problems: [{ kind: 'impossible-date', text }],
            });
          }
        },
      ),
      RUNS,
    );
  });

  it('reads "trước ngày D" as the day before D', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1995-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        (day) => {
          const text = `Trước ngày ${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`;
          const before = new Date(day.getTime() - 86_400_000).toISOString().slice(0, 10);
          expect(parseDeadline(text, { from: 2024, to: 2024 }).due).toEqual([before]);
        },
      ),
      RUNS,
    );
  });

  it('takes a real date cell as it is', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        planYears,
        (day, years) => {
          const iso = day.toISOString().slice(0, 10);
          expect(parseDeadline({ kind: 'date', iso }, years)).toEqual({
            kind: 'date',
            due: [iso],
            problems: [],
          });
        },
      ),
      RUNS,
    );
  });

  it('reads the same whatever the case of a one-line text', () => {
    // (Across lines case matters a little: a line starting in lower case continues the one before.)
    fc.assert(
      fc.property(deadlineLike, planYears, (text, years) => {
        const line = text.replace(/\n/g, ' ');
        const lower = parseDeadline(line.toLowerCase(), years);
        const upper = parseDeadline(line.toUpperCase(), years);
        expect({ kind: upper.kind, due: upper.due }).toEqual({ kind: lower.kind, due: lower.due });
      }),
      RUNS,
    );
  });
});
