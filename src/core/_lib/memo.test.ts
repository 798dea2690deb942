import { boundedMemo } from './memo';

describe('boundedMemo', () => {
  it('computes each key once', () => {
    const compute = jest.fn((text: string) => text.toUpperCase());
    const memo = boundedMemo(compute);
    expect(memo('ab')).toBe('AB');
    expect(memo('ab')).toBe('AB');
    expect(compute).toHaveBeenCalledTimes(1);
  });
  it('remembers undefined and null results', () => {
    const compute = jest.fn((text: string) => (text === 'x' ? undefined : null));
    const memo = boundedMemo(compute);
    expect(memo('x')).toBeUndefined();
    expect(memo('x')).toBeUndefined();
    expect(memo('y')).toBeNull();
    expect(memo('y')).toBeNull();
    expect(compute).toHaveBeenCalledTimes(2);
  });
  it('clears whole when full', () => {
    const compute = jest.fn((n: number) => n * 2);
    const memo = boundedMemo(compute, { limit: 2 });
    memo(1);
    memo(2);
    memo(3); // full: cleared, then 3 stored
    memo(3);
    expect(compute).toHaveBeenCalledTimes(3);
    memo(1);
    expect(compute).toHaveBeenCalledTimes(4);
  });
  it('computes keys longer than maxKeyLength without storing them', () => {
    const compute = jest.fn((text: string) => text.length);
    const memo = boundedMemo(compute, { maxKeyLength: 3 });
    expect(memo('abcd')).toBe(4);
    expect(memo('abcd')).toBe(4);
    expect(memo('abc')).toBe(3);
    expect(memo('abc')).toBe(3);
    expect(compute).toHaveBeenCalledTimes(3);
  });
  it('passes the context to compute', () => {
    const memo = boundedMemo((key: string, text: string) => `${key}:${text}`);
    expect(memo('k', 'a')).toBe('k:a');
    expect(memo('k', 'b')).toBe('k:a'); // the key decides
  });
});
