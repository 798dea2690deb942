import { linkFormula, linkTarget, needsTextFormat, reportCell } from './cell';

describe('reportCell', () => {
  it('flags as text a string Excel would take as a formula', () => {
    expect(reportCell('=SUM(A1)', 'body')).toEqual({
      value: '=SUM(A1)',
      style: 'body',
      text: true,
    });
    expect(reportCell('-Báo cáo số 12/BC-TTr', 'body').text).toBe(true);
  });

  it('leaves other values as they are', () => {
    expect(reportCell('Báo cáo', 'body')).toEqual({ value: 'Báo cáo', style: 'body' });
    expect(reportCell(-5, 'bodyNumber')).toEqual({ value: -5, style: 'bodyNumber' });
    expect(reportCell({ date: '2025-09-30' }, 'bodyDate').text).toBeUndefined();
  });
});

describe('needsTextFormat', () => {
  it('follows the flag, and guards a formula-looking string made without reportCell', () => {
    expect(needsTextFormat(reportCell('+84 912 345 678', 'body'))).toBe(true);
    expect(needsTextFormat({ value: '@mention', style: 'body' })).toBe(true);
    expect(needsTextFormat({ value: 'Báo cáo', style: 'body' })).toBe(false);
    expect(needsTextFormat({ value: -1, style: 'bodyNumber' })).toBe(false);
  });
});

describe('links', () => {
  it('quotes the sheet name, doubling its quotes', () => {
    expect(linkTarget('PL1', 'A12')).toBe("#'PL1'!A12");
    expect(linkTarget("PL1 'cũ'", 'A1')).toBe("#'PL1 ''cũ'''!A1");
  });

  it('becomes a HYPERLINK formula showing its text, quotes doubled', () => {
    expect(linkFormula({ link: { sheet: 'PL 1', cell: 'E12' }, text: 'PL 1!E12' })).toBe(
      `HYPERLINK("#'PL 1'!E12","PL 1!E12")`,
    );
    expect(linkFormula({ link: { sheet: 'A', cell: 'B2' }, text: 'say "hi"' })).toBe(
      `HYPERLINK("#'A'!B2","say ""hi""")`,
    );
  });
});
