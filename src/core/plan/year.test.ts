import { detectPlanYears, readPlanYears, yearsNamedIn } from './year';

describe('detectPlanYears', () => {
  it.each([
    [
      [
        'KẾ HOẠCH',
        'Kế hoạch Cải cách hành chính giai đoạn 2021-2025, định hướng đến năm 2030',
        '(Ban hành kèm theo Quyết định số: 333/QĐ-SKHCN ngày 29/12/2021)',
      ],
      { from: 2021, to: 2025 },
    ],
    [
      [
        'VÀ THỰC HIỆN TTHC TRÊN MÔI TRƯỜNG ĐIỆN TỬ NĂM 2023',
        '(Kèm theo Kế hoạch số /KH-SKHCN ngày 18 tháng 01 năm 2023)',
      ],
      { from: 2023, to: 2023 },
    ],
    [
      [
        'CHỈ TIÊU CỤ THỂ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
        '(Kèm theo Kế hoạch số: /KH-SKHCN ngày 19 tháng 03 năm 2024 của Sở)',
      ],
      { from: 2024, to: 2024 },
    ],
    [
      ['KẾ HOẠCH CẢI CÁCH TTHC', '(Kèm theo Kế hoạch số 25/KH-SKHCN ngày 19/3/2024)'],
      { from: 2024, to: 2024 },
    ],
    [['kế hoạch giai đoạn 2022 - 2025'], { from: 2022, to: 2025 }],
    [['Chỉ tiêu năm 2025'], { from: 2025, to: 2025 }],
  ])('%j', (lines, years) => {
    expect(detectPlanYears(lines)).toEqual(years);
  });

  it('ignores years inside document numbers', () => {
    expect(detectPlanYears(['Thực hiện Quyết định số 01/2017/QĐ-UBND'])).toBeUndefined();
  });
});

describe('the plan year from the plan’s own lines', () => {
  it('a cited document’s date is not the plan’s year; the attached line is', () => {
    expect(
      detectPlanYears([
        'CHƯƠNG TRÌNH HÀNH ĐỘNG',
        'Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị',
        '(Kèm theo Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ)',
      ]),
    ).toEqual({ from: 2025, to: 2025 });
    expect(
      detectPlanYears([
        'KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG',
        '(Kèm theo Kế hoạch số 2516/KH-UBND ngày 03 tháng 10 năm 2014)',
      ]),
    ).toEqual({ from: 2014, to: 2014 });
  });

  it('a plan whose title names no year spans the years of its deadlines', () => {
    const lines = [
      'PHỤ LỤC',
      'NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024',
      '(Kèm theo Kế hoạch số 59/KH-UBND ngày 12 tháng 3 năm 2025)',
    ];
    expect(readPlanYears(lines, [2025, 2026, 2030])).toEqual({ from: 2025, to: 2030 });
    expect(readPlanYears(lines, [2025])).toEqual({ from: 2025, to: 2025 });
    expect(readPlanYears(['KẾ HOẠCH CCHC NĂM 2024'], [2024, 2025])).toEqual({
      from: 2024,
      to: 2024,
    });
    // Year columns are targets by year, not the plan's title.
    expect(
      readPlanYears(['(Kèm theo … ngày 01/4/2025)', 'Năm 2025', 'Đến năm 2030'], [2025, 2030]),
    ).toEqual({ from: 2025, to: 2030 });
  });

  it('reads the years a deadline names, not a cited document’s', () => {
    expect(yearsNamedIn('Quý II/2025; năm 2026')).toEqual([2025, 2026]);
    expect(yearsNamedIn('Theo Quyết định số 01/2017/QĐ-UBND ngày 15/3/2017')).toEqual([]);
  });
});

/**
 * Title blocks of real published plans of other levels, lines as published (the search excerpts
 * of the documents' opening; source in each case's name). The expected years are read by hand
 * from each document: its own date, its title's year or range, and what it carries out.
 */
describe('plan years of real published plans of other levels', () => {
  it.each<[string, string[], { from: number; to: number }]>([
    [
      'Quyết định 1589/QĐ-TTg ngày 24/7/2025 của Thủ tướng Chính phủ (ministries as units)',
      [
        'THỦ TƯỚNG CHÍNH PHỦ',
        'Số: 1589/QĐ-TTg',
        'Hà Nội, ngày 24 tháng 7 năm 2025',
        'KẾ HOẠCH',
        'TRIỂN KHAI THI HÀNH',
        'LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG SỐ 72/2025/QH15',
        '(Kèm theo Quyết định số 1589/QĐ-TTg ngày 24 tháng 7 năm 2025 của Thủ tướng Chính phủ)',
      ],
      { from: 2025, to: 2025 },
    ],
    [
      'Kế hoạch 186/KH-UBND ngày 29/12/2025 của UBND tỉnh Bắc Ninh',
      [
        'Số: 186/KH-UBND',
        'Bắc Ninh, ngày 29 tháng 12 năm 2025',
        'KẾ HOẠCH',
        'PHÁT TRIỂN CHÍNH QUYỀN SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026-2030',
        'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
      ],
      { from: 2026, to: 2030 },
    ],
    [
      'Kế hoạch 0155/KH-UBND ngày 24/12/2025 của UBND tỉnh Đắk Lắk',
      [
        'Số: 0155/KH-UBND',
        'Đắk Lắk, ngày 24 tháng 12 năm 2025',
        'CHUYỂN ĐỔI SỐ TỈNH ĐẮK LẮK NĂM 2026',
        '- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
        '- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng năm 2030;',
      ],
      { from: 2026, to: 2026 },
    ],
    [
      'Kế hoạch 200/KH-UBND ngày 13/5/2024 của UBND tỉnh Thừa Thiên Huế',
      [
        'Số: 200/KH-UBND',
        'Thừa Thiên Huế, ngày 13 tháng 5 năm 2024',
        'KẾ HOẠCH',
        'TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC DỮ LIỆU QUỐC GIA ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ',
        'Thực hiện Quyết định số 142/QĐ-TTg ngày 02 tháng 02 năm 2024 của Thủ tướng Chính phủ ban hành Chiến lược dữ liệu quốc gia đến năm 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Chiến lược dữ liệu quốc gia đến năm 2030 trên địa bàn tỉnh Thừa Thiên Huế với các nội dung như sau:',
      ],
      { from: 2024, to: 2030 },
    ],
    [
      'Quyết định 4216/QĐ-UBND ngày 06/10/2020 của UBND tỉnh Thanh Hóa',
      [
        'Số: 4216/QĐ-UBND',
        'Thanh Hóa, ngày 06 tháng 10 năm 2020',
        'VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH THANH HÓA ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030',
      ],
      { from: 2020, to: 2025 },
    ],
    [
      'Kế hoạch 2516/KH-UBND ngày 03/10/2014 của UBND tỉnh Kon Tum',
      [
        'Số: 2516/KH-UBND',
        'Kon Tum, ngày 03 tháng 10 năm 2014',
        'KẾ HOẠCH',
        'TRIỂNKHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG CHÍNHPHỦ VỀ QUY ĐỊNH TIÊU CHUẨN XÃ, PHƯỜNG, THỊ TRẤN PHÙ HỢP VỚI TRẺ EM',
        'Căn cứ Quyết định số 34/2014/QĐ-TTg ngày 30/5/2014 của Thủ tướng Chính phủ về việc Quy định tiêu chuẩn xã, phường,thị trấn phù hợp với trẻ em;',
      ],
      { from: 2014, to: 2014 },
    ],
    [
      'Kế hoạch 398/KH-UBND ngày 25/12/2021 của UBND tỉnh Thừa Thiên Huế',
      [
        'Số: 398/KH-UBND',
        'Thừa Thiên Huế, ngày 25 tháng 12 năm 2021',
        'KẾ HOẠCH',
        'THỰC HIỆN CẢI CÁCH HÀNH CHÍNH GẮN VỚI CHÍNH QUYỀN SỐ, DỊCH VỤ ĐÔ THỊ THÔNG MINH TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ NĂM 2022',
        'Thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030',
      ],
      { from: 2022, to: 2022 },
    ],
    [
      'Kế hoạch 17/KH-UBND ngày 11/8/2025 của UBND tỉnh Bắc Ninh (title cites 2024–2025 documents)',
      [
        'Số: 17/KH-UBND',
        'Bắc Ninh, ngày 11 tháng 8 năm 2025',
        'KẾ HOẠCH',
        'THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01/4/2025 CỦA CHÍNH PHỦ VÀ KẾ HOẠCH SỐ 07-KH/TU NGÀY 25/7/2025 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA',
      ],
      { from: 2025, to: 2025 },
    ],
    [
      'Kế hoạch 344/KH-UBND ngày 30/5/2025 của UBND tỉnh Bắc Ninh (title on three lines)',
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH BẮC NINH',
        'Số: 344/KH-UBND',
        'Bắc Ninh, ngày 30 tháng 5 năm 2025',
        'KẾ HOẠCH',
        'TRIỂN KHAI NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VÀ CHƯƠNG TRÌNH',
        'HÀNH ĐỘNG CỦA CHÍNH PHỦ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG',
        'TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA',
      ],
      { from: 2025, to: 2025 },
    ],
    [
      'Kế hoạch 131/KH-UBND ngày 28/02/2025 của UBND tỉnh Bắc Kạn',
      [
        'Số: 131/KH-UBND',
        'Bắc Kạn, ngày 28 tháng 02 năm 2025',
        'KẾ HOẠCH',
        'TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 03/NQ-CP NGÀY 09/01/2025 CỦA CHÍNH PHỦ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 35-CTR/TU NGÀY 14/02/2025 CỦA BAN THƯỜNG VỤ TỈNH ỦY BẮC KẠN THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA',
      ],
      { from: 2025, to: 2025 },
    ],
    [
      'Kế hoạch 144/KH-UBND ngày 24/11/2025 của UBND tỉnh Bắc Ninh',
      [
        'Số: 144/KH-UBND',
        'Bắc Ninh, ngày 24 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030',
        'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
      ],
      { from: 2026, to: 2030 },
    ],
    [
      'Kế hoạch 74/KH-UBND ngày 10/4/2024 của UBND tỉnh Hưng Yên',
      [
        'Số: 74/KH-UBND',
        'Hưng Yên, ngày 10 tháng 4 năm 2024',
        'KẾ HOẠCH',
        'TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “KIỆN TOÀN TỔ CHỨC BỘ MÁY, NÂNG CAO NĂNG LỰC QUẢN LÝ NHÀ NƯỚC VÀ THỰC THI PHÁP LUẬT VỀ CHUYỂN ĐỔI SỐ TỪ TRUNG ƯƠNG ĐẾN ĐỊA PHƯƠNG ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030” TRÊN ĐỊA BÀN TỈNH HƯNG YÊN',
        'Thực hiện Quyết định số 1690/QĐ-TTg ngày 26/12/2023 của Thủ tướng Chính phủ về việc phê duyệt Đề án "Kiện toàn tổ chức bộ máy, nâng cao năng lực quản lý nhà nước và thực thi pháp luật về chuyển đổi số từ trung ương đến địa phương đến năm 2025, định hướng đến năm 2030" (gọi tắt là Đề án) và các văn bản của tỉnh có liên quan.',
      ],
      { from: 2024, to: 2025 },
    ],
    [
      'Kế hoạch 194/KH-UBND ngày 15/12/2022 của UBND tỉnh Ninh Bình (a plan for the next year)',
      [
        'Số: 194/KH-UBND',
        'Ninh Bình, ngày 15 tháng 12 năm 2022',
        'KẾ HOẠCH',
        'PHÁT TRIỂN CHÍNH QUYỀN SỐ, CHUYỂN ĐỔI SỐ VÀ ĐẢM BẢO AN TOÀN THÔNG TIN MẠNG TỈNH NINH BÌNH NĂM 2023',
        '- Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ;',
      ],
      { from: 2023, to: 2023 },
    ],
    [
      'Kế hoạch 1556/KH-UBND ngày 25/4/2024 của UBND tỉnh Lai Châu (cites a 2021-2025 programme)',
      [
        'Số: 1556/KH-UBND',
        'Lai Châu, ngày 25 tháng 4 năm 2024',
        'KẾ HOẠCH',
        'THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) TRÊN ĐỊA BÀN TỈNH LAI CHÂU NĂM 2024',
        'Căn cứ Quyết định số 919/QĐ-TTg ngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021-2025;',
        'Căn cứ Kế hoạch số 3858/KH-UBND ngày 14 tháng 10 năm 2022 của Ủy ban nhân dân tỉnh Lai Châu về thực hiện Chương trình Mỗi xã một sản phẩm trên địa bàn tỉnh Lai Châu giai đoạn 2021-2025;',
      ],
      { from: 2024, to: 2024 },
    ],
    [
      'Kế hoạch 130/KH-UBND ngày 27/6/2025 của UBND tỉnh Thanh Hóa (no year in the title)',
      [
        'Số: 130/KH-UBND',
        'Thanh Hoá, ngày 27 tháng 6 năm 2025',
        'KẾ HOẠCH',
        'TRIỂN KHAI PHONG TRÀO THI ĐUA “CẢ NƯỚC THI ĐUA ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ” TRÊN ĐỊA BÀN TỈNH THANH HÓA',
        'Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” (sau đây viết tắt là Phong trào thi đua), Ủy ban nhân dân tỉnh Thanh Hóa ban hành Kế hoạch triển khai Phong trào thi đua trên địa bàn tỉnh như sau:',
      ],
      { from: 2025, to: 2025 },
    ],
    [
      'Kế hoạch 258/KH-UBND ngày 07/06/2021 của UBND tỉnh Lào Cai',
      [
        'Số: 258/KH-UBND',
        'Lào Cai, ngày 07 tháng 06 năm 2021',
        'KẾ HOẠCH',
        'TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TRỒNG MỘT TỶ CÂY XANH GIAI ĐOẠN 2021-2025” TRÊN ĐỊA BÀN TỈNH LÀO CAI',
        'Thực hiện Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Trồng một tỷ cây xanh giai đoạn 2021-2025”; Kế hoạch số 2616/KH-BNN-TCLN ngày 07/5/2021 của Bộ Nông nghiệp và PTNT, triển khai Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng.',
      ],
      { from: 2021, to: 2025 },
    ],
  ])('%s', (_source, lines, years) => {
    expect(readPlanYears(lines)).toEqual(years);
  });
});
