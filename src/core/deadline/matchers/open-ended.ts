/** Words of a deadline with no single date: ongoing work ("thường xuyên", "cả năm", "hàng tuần"). */
export const CONTINUOUS =
  /\b(?:thuong xuyen|lien tuc|ca nam|suot (?:ca )?nam|quanh nam|trong suot|hang ngay|moi ngay|hang tuan|moi tuan)\b/;

/** Words of a deadline set by someone else or by events ("theo kế hoạch", "khi có", "đột xuất"). */
export const ON_DEMAND =
  /\b(?:theo (?:ke hoach|kh|lo trinh|yeu cau|chi dao|su chi dao|thong bao|van ban|de nghi|huong dan|chuong trinh|tien do|nhu cau)|khi (?:co|duoc|phat sinh|can)|neu|dot xuat|phat sinh|tuy (?:theo|tinh hinh)|trong truong hop)\b|^(?:sau )?khi\b/;
