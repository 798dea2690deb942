import { readStatusWord } from './status-word';

describe('readStatusWord', () => {
  it.each([
    ['Đã hoàn thành', 'done'],
    ['Hoàn thành', 'done'],
    ['hoàn thành.', 'done'],
    ['HOÀN THÀNH ĐÚNG HẠN', 'done'],
    ['Đang thực hiện', 'in-progress'],
    ['Đang triển khai', 'in-progress'],
    ['Chưa thực hiện', 'not-started'],
    ['Chưa triển khai', 'not-started'],
    ['Chưa hoàn thành', 'not-started'],
    ['Không phát sinh', 'not-applicable'],
    ['Không thực hiện (không phát sinh)', 'not-applicable'],
    ['da hoan thanh', 'done'],
  ])('%j → %s', (text, word) => {
    expect(readStatusWord(text)).toBe(word);
  });

  it.each(['Xong rồi', 'OK', '', 'Hoàn thành một phần'])(
    '%j is not a known status word',
    (text) => {
      expect(readStatusWord(text)).toBeUndefined();
    },
  );
});
