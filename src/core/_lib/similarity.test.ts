import { textSimilarity } from './similarity';

describe('textSimilarity', () => {
  it('ignores case, diacritics and punctuation', () => {
    expect(textSimilarity('Rà soát, đánh giá TTHC', 'rà soát đánh giá tthc')).toBe(1);
  });
  it('scores edited wording high and other tasks low', () => {
    const plan = 'Rà soát, đánh giá, tái cấu trúc quy trình đối với các dịch vụ công trực tuyến';
    expect(
      textSimilarity(plan, 'Rà soát và tái cấu trúc quy trình đối với dịch vụ công trực tuyến'),
    ).toBeGreaterThan(0.75);
    expect(textSimilarity(plan, 'Tổ chức hội thảo chuyển đổi số')).toBeLessThan(0.2);
  });
  it('handles empty texts', () => {
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('a', '')).toBe(0);
  });
});
