/** Words of a deadline with no single date: ongoing work ("thường xuyên", "cả năm", "hàng tuần"). */
export const CONTINUOUS =
  /\b(?:thuong xuyen|lien tuc|ca nam|suot (?:ca )?nam|quanh nam|trong suot|hang ngay|moi ngay|hang tuan|moi tuan)\b/;

/**
 * Words of a deadline set by someone else or by events ("theo kế hoạch", "khi có", "đột xuất");
 * "theo quy định" too: the time is another document's, the plan gives no date (RULES.md).
 */
export const ON_DEMAND =
  /\b(?:theo (?:ke hoach|kh|lo trinh|yeu cau|quy dinh|chi dao|su chi dao|thong bao|van ban|de nghi|huong dan|chuong trinh|tien do|nhu cau)|khi (?:co|duoc|phat sinh|can)|neu|dot xuat|phat sinh|tuy (?:theo|tinh hinh)|trong truong hop)\b|^(?:sau )?khi\b/;

/**
 * A year that opens work going on after it: "từ năm 2025", "từ 2025 trở đi", "2025 và những năm
 * tiếp theo". Not a range with an end ("từ 2025 đến 2030"): the year is group 1 or 2.
 */
export const FROM_YEAR_ON =
  /\btu (?:nam )?((?:19|20)\d{2})\b(?! ?(?:-|–|den|toi)\b)|\b(?:nam )?((?:19|20)\d{2}) va (?:nhung|cac) nam (?:tiep theo|sau)\b/;
