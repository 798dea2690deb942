import { SheetView } from '../_lib/sheet-view';
import { legacyEncoding, legacyHeaderCell } from './legacy';

describe('legacyEncoding', () => {
  it.each([
    ['Néi dung c«ng viÖc', 'tcvn3'],
    ['Thêi gian thùc hiÖn', 'tcvn3'],
    ['§¬n vÞ chñ tr×', 'tcvn3'],
    ['Phèi hîp', 'tcvn3'],
    ['KÕ ho¹ch c¶i c¸ch hµnh chÝnh', 'tcvn3'],
    ['Noäi dung coâng vieäc', 'vni'],
    ['Thôøi gian thöïc hieän', 'vni'],
    ['Ñôn vò chuû trì', 'vni'],
    ['Phoái hôïp', 'vni'],
  ] as const)('%s is %s', (text, encoding) => {
    expect(legacyEncoding(text)).toBe(encoding);
  });

  it.each([
    'Nội dung công việc',
    'Thời gian thực hiện',
    'Đơn vị chủ trì',
    'Nhiệt độ 25°C, diện tích 40 m²',
    'Kết quả đạt 95 ± 2 %',
    'Señor Müller',
    'Déjà vu',
    '§ 3 Điều 5',
    '',
  ])('leaves %j alone', (text) => {
    expect(legacyEncoding(text)).toBeUndefined();
  });
});

describe('legacyHeaderCell', () => {
  const view = (rows: string[][]) =>
    new SheetView({ name: 'S', rows: rows.map((r) => r.map((value) => ({ value }))), merges: [] });

  it('finds the first legacy header cell', () => {
    expect(
      legacyHeaderCell(view([['KẾ HOẠCH'], ['STT', 'Néi dung c«ng viÖc', '§¬n vÞ chñ tr×']])),
    ).toEqual({ cell: 'B2', text: 'Néi dung c«ng viÖc', encoding: 'tcvn3' });
  });

  it('says nothing on a Unicode sheet', () => {
    expect(legacyHeaderCell(view([['STT', 'Nội dung công việc', 'Đơn vị chủ trì']]))).toBe(
      undefined,
    );
  });
});
