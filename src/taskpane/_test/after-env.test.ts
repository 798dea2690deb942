import { getConfig } from '@testing-library/react';

describe('pane test setup', () => {
  it('gives findBy/waitFor 15 s, for a busy machine', () => {
    expect(getConfig().asyncUtilTimeout).toBe(15_000);
  });
});
