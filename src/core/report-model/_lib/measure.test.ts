import { lineHeight, MAX_ROW_HEIGHT, oneLineWidth, textWidth, wrappedLines } from './measure';

describe('textWidth', () => {
  it('measures with Times New Roman widths: capitals and bold are wider', () => {
    expect(Math.round(textWidth('abc', 12, false))).toBe(3);
    expect(textWidth('ABC', 12, false)).toBeGreaterThan(textWidth('abc', 12, false));
    expect(textWidth('abc', 12, true)).toBeGreaterThan(textWidth('abc', 12, false));
    expect(textWidth('abc', 14, false)).toBeGreaterThan(textWidth('abc', 12, false));
  });

  it('counts a Vietnamese letter as its base letter, composed or not', () => {
    expect(textWidth('ệ', 12, false)).toBeCloseTo(textWidth('e', 12, false));
    expect(textWidth('e\u0323\u0302', 12, false)).toBeCloseTo(textWidth('ệ', 12, false));
    expect(textWidth('ư', 12, false)).toBeGreaterThan(textWidth('u', 12, false));
  });

  it('leaves a little room over the real width of the national name (47.7 units, bold 12 pt)', () => {
    const w = textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true);
    expect(w).toBeGreaterThan(47.7);
    expect(w).toBeLessThan(47.7 * 1.15);
  });
});

describe('wrappedLines', () => {
  it('counts explicit line breaks and word wrap', () => {
    expect(wrappedLines('ngắn', 20, 12, false)).toBe(1);
    expect(wrappedLines('a\nb', 20, 12, false)).toBe(2);
    expect(wrappedLines('một hai ba bốn năm sáu bảy tám chín mười', 10, 12, false)).toBe(6);
    expect(wrappedLines('', 10, 12, false)).toBe(1);
  });

  it('breaks a word longer than the column', () => {
    expect(wrappedLines('x'.repeat(60), 10, 12, false)).toBeGreaterThanOrEqual(6);
  });

  it('grows as the column narrows', () => {
    const text = 'Tiếp tục rà soát, đánh giá, đề xuất cắt giảm, đơn giản hóa thủ tục hành chính';
    expect(wrappedLines(text, 80, 12, false)).toBe(1);
    expect(wrappedLines(text, 40, 12, false)).toBe(2);
    expect(wrappedLines(text, 20, 12, false)).toBeGreaterThanOrEqual(4);
  });
});

describe('oneLineWidth', () => {
  it('is the narrowest half-step column in which the text wraps to one line', () => {
    for (const [text, bold] of [
      ['700/1000', false],
      ['KH&CN', true],
      ['1234567/7654321', false],
    ] as const) {
      const w = oneLineWidth(text, 12, bold);
      expect(w * 2).toBe(Math.round(w * 2));
      expect(wrappedLines(text, w, 12, bold)).toBe(1);
      expect(wrappedLines(text, w - 0.5, 12, bold)).toBeGreaterThan(1);
    }
    expect(oneLineWidth('', 12, false)).toBe(0);
  });
});

describe('lineHeight', () => {
  it('is 15.75 pt a line at 12 pt and capped at Excel’s maximum', () => {
    expect(lineHeight(1, 12)).toBe(15.75);
    expect(lineHeight(2, 12)).toBe(29.75);
    expect(lineHeight(4, 12)).toBe(57.75);
    expect(lineHeight(3, 11)).toBe(40.25);
    expect(lineHeight(1, 14)).toBe(18.5);
    expect(lineHeight(100, 12)).toBe(MAX_ROW_HEIGHT);
  });
});
