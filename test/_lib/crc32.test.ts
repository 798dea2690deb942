import { crc32 } from './crc32';

describe('crc32', () => {
  it('gives the check value of the CRC-32 catalogue', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
