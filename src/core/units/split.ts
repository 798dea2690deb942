import { boundedMemo } from '../_lib/memo';
import { foldVietnamese } from '../text/fold';
import { isGenericUnitGroup } from './generic';

/** Words that open a unit's name ("Phòng …", "Văn phòng …", "Trung tâm …"), with diacritics:
 * folded, "Viện" would equal "Viễn" (as in "Bưu chính, Viễn thông"). */
const HEAD_WORDS = [
  'phòng',
  'văn phòng',
  'trung tâm',
  'thanh tra',
  'chi cục',
  'ban',
  'sở',
  'ubnd',
  'ủy ban',
  'uỷ ban',
  'các',
  'tổ',
  'cơ quan',
  'bộ phận',
  'đơn vị',
  'trường',
  'viện',
  'công an',
  'lãnh đạo',
  'giám đốc',
  'phó giám đốc',
  'hội đồng',
  'tt',
  'vp',
  'tất cả',
  'đoàn',
  'công đoàn',
  'chi bộ',
  'đảng ủy',
  'đảng uỷ',
  'quỹ',
];
const HEAD_WORDS_FOLDED = HEAD_WORDS.map((w) => foldVietnamese(w));

function startsWithWord(text: string, words: readonly string[]): boolean {
  return words.some((w) => text === w || text.startsWith(`${w} `) || text.startsWith(`${w}&`));
}

/**
 * Unit cells repeat across rows and files. Removing it: scan (b) 1.13×, 1.26× in a second run
 * (noisy, other runs within 1.03), A/B 2026-12-04.
 */
const startsWithHead = boundedMemo(judgeHead, { limit: 20_000 });

function judgeHead(part: string): boolean {
  const first = part.trim().charAt(0);
  if (!first || first !== first.toUpperCase() || first === first.toLowerCase()) return false;
  const lower = part.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  // Text typed without diacritics can only be compared folded.
  const plain = foldVietnamese(part) === lower;
  return plain ? startsWithWord(lower, HEAD_WORDS_FOLDED) : startsWithWord(lower, HEAD_WORDS);
}

/**
 * Splits a list of unit names on commas, semicolons and "và", keeping names that contain a comma
 * ("Phòng Bưu chính, Viễn thông và Chuyển đổi số", "Các phòng, đơn vị thuộc Sở") whole: a part
 * that does not open like a unit's name belongs to the part before it.
 * @example splitUnitNames('Phòng BCVT&CĐS, Văn phòng Sở, Trung tâm CĐS&ĐMST') // three names
 * @example splitUnitNames('Các phòng, đơn vị thuộc Sở') // ['Các phòng, đơn vị thuộc Sở']
 */
export function splitUnitNames(
  text: string,
  isKnownName: (name: string) => boolean = () => false,
): string[] {
  const parts = text
    .split(/\s*[;,]\s*|\s+và\s+/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  // Re-insert the separators we split on so joined names read as written.
  const separators = [...text.matchAll(/\s*([;,])\s*|\s+(và)\s+/gu)].map((m) =>
    m[1] ? `${m[1]} ` : ' và ',
  );
  const names: string[] = [];
  let sepIndex = 0;
  for (const part of parts) {
    const sep = separators[sepIndex - 1] ?? ', ';
    sepIndex++;
    const last = names[names.length - 1];
    const opensName =
      startsWithHead(part) ||
      (/^các\s/iu.test(part) && isGenericUnitGroup(part)) ||
      isKnownName(part);
    if (last !== undefined && (!opensName || isKnownName(`${last}${sep}${part}`))) {
      names[names.length - 1] = `${last}${sep}${part}`;
    } else {
      names.push(part);
    }
  }
  return names.map((n) => n.replace(/[.;:,]+$/, '').trim()).filter((n) => n.length > 0);
}
