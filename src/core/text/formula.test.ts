import { looksLikeFormula } from './formula';

describe('looksLikeFormula', () => {
  it.each(['=SUM(A1)', '+84 912 345 678', '-Báo cáo số 12/BC-TTr', '@mention', '-1', '='])(
    '%j would become a formula or a number',
    (text) => expect(looksLikeFormula(text)).toBe(true),
  );

  it.each(['Báo cáo', ' =SUM(A1)', '', '1+1', 'a=b', '(1)'])('%j stays text', (text) =>
    expect(looksLikeFormula(text)).toBe(false),
  );
});
