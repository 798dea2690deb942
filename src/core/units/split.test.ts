import { isCutOffName, splitUnitNames, splitUnitNamesDetailed } from './split';

describe('splitUnitNames at every level of government', () => {
  it.each([
    ['Bộ Kế hoạch và Đầu tư, Bộ Tài chính', ['Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính']],
    ['Văn phòng Chính phủ; Bộ Công an', ['Văn phòng Chính phủ', 'Bộ Công an']],
    [
      'Sở Nội vụ, Sở Tư pháp và UBND các huyện, thị xã, thành phố',
      ['Sở Nội vụ', 'Sở Tư pháp', 'UBND các huyện, thị xã, thành phố'],
    ],
    ['VTV, VOV, TTXVN, các địa phương', ['VTV', 'VOV', 'TTXVN', 'các địa phương']],
    ['NHNN, BHXH Việt Nam và UBND tỉnh', ['NHNN', 'BHXH Việt Nam', 'UBND tỉnh']],
    [
      'Ngân hàng Nhà nước Việt Nam, Kho bạc Nhà nước',
      ['Ngân hàng Nhà nước Việt Nam', 'Kho bạc Nhà nước'],
    ],
    [
      'Cục Thuế tỉnh, Chi cục Thống kê, Tổng cục Hải quan',
      ['Cục Thuế tỉnh', 'Chi cục Thống kê', 'Tổng cục Hải quan'],
    ],
    [
      'Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Trị, Hội Nông dân tỉnh',
      ['Đài Phát thanh và Truyền hình tỉnh', 'Báo Quảng Trị', 'Hội Nông dân tỉnh'],
    ],
    [
      'Liên đoàn Lao động tỉnh, Đoàn Thanh niên, Tập đoàn Viettel, Tổng công ty Bưu điện',
      ['Liên đoàn Lao động tỉnh', 'Đoàn Thanh niên', 'Tập đoàn Viettel', 'Tổng công ty Bưu điện'],
    ],
    [
      'Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Viện Hàn lâm Khoa học và Công nghệ Việt Nam',
      ['Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh', 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam'],
    ],
    [
      'Trường Chính trị tỉnh và Trung tâm Phục vụ hành chính công',
      ['Trường Chính trị tỉnh', 'Trung tâm Phục vụ hành chính công'],
    ],
    ['HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh', ['HĐND tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh']],
    ['Bộ Văn hóa, Thể thao và Du lịch', ['Bộ Văn hóa, Thể thao và Du lịch']],
    ['Sở Lao động - Thương binh và Xã hội', ['Sở Lao động - Thương binh và Xã hội']],
    ['Bộ Nông nghiệp và Phát triển nông thôn', ['Bộ Nông nghiệp và Phát triển nông thôn']],
    [
      'Phòng Bưu chính, Viễn thông và Chuyển đổi số',
      ['Phòng Bưu chính, Viễn thông và Chuyển đổi số'],
    ],
    [
      'Bộ Văn hóa, Thể thao và Du lịch, Bộ Thông tin và Truyền thông',
      ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Thông tin và Truyền thông'],
    ],
    ['Các bộ, ngành, địa phương', ['Các bộ, ngành, địa phương']],
    [
      'Bộ Công an, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      ['Bộ Công an', 'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ'],
    ],
    ['Các cơ quan Đảng, Quốc hội, Chính phủ', ['Các cơ quan Đảng, Quốc hội, Chính phủ']],
  ])('%s', (text, names) => {
    expect(splitUnitNames(text)).toEqual(names);
  });

  it('cuts names typed without a separator and reports them', () => {
    expect(
      splitUnitNamesDetailed('Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ, Bộ Tài chính'),
    ).toEqual({
      names: ['Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ', 'Bộ Tài chính'],
      runTogether: [
        {
          text: 'Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ',
          names: ['Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ'],
        },
      ],
    });
    expect(splitUnitNamesDetailed('UBND huyện Gio Linh UBND huyện Hải Lăng').names).toEqual([
      'UBND huyện Gio Linh',
      'UBND huyện Hải Lăng',
    ]);
  });

  it('keeps one name whose owner is of the same kind, and names of another kind inside', () => {
    for (const name of ['Thanh tra Bộ', 'Văn phòng UBND tỉnh', 'Sở Nội vụ', 'Văn phòng Bộ Công an'])
      expect(splitUnitNamesDetailed(name)).toEqual({ names: [name], runTogether: [] });
  });

  it.each([
    ['Sở Tư pháp Cục Thuế tỉnh', ['Sở Tư pháp', 'Cục Thuế tỉnh']],
    ['Sở Nội vụ Công an tỉnh', ['Sở Nội vụ', 'Công an tỉnh']],
    ['Bộ Tài chính Ngân hàng Nhà nước Việt Nam', ['Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam']],
    ['Bộ Nội vụ Thanh tra Chính phủ', ['Bộ Nội vụ', 'Thanh tra Chính phủ']],
    ['Cục Thuế tỉnh Sở Tài chính', ['Cục Thuế tỉnh', 'Sở Tài chính']],
    ['Bộ Công an Bộ Quốc phòng', ['Bộ Công an', 'Bộ Quốc phòng']],
    ['Sở Tài chính Kho bạc Nhà nước tỉnh', ['Sở Tài chính', 'Kho bạc Nhà nước tỉnh']],
  ])('cuts "%s", two bodies of different kinds run together, and reports it', (text, names) => {
    expect(splitUnitNamesDetailed(text)).toEqual({ names, runTogether: [{ text, names }] });
  });

  it('keeps a body with the body above it, and names that hold a kind word of their own', () => {
    for (const name of [
      'Bộ Công an',
      'Sở Công Thương',
      'Cục Thống kê Bộ Kế hoạch và Đầu tư',
      'Tổng cục Hải quan Bộ Tài chính',
      'Sở Tư pháp UBND tỉnh Quảng Trị',
      'Bộ Chỉ huy Quân sự tỉnh',
      'Văn phòng UBND tỉnh Quảng Trị',
      'Phòng Kinh tế UBND huyện',
      'Chi cục Thuế khu vực Cục Thuế tỉnh',
    ])
      expect(splitUnitNamesDetailed(name)).toEqual({ names: [name], runTogether: [] });
  });

  it('tells a name cut down to its kind word ("Bộ") from a Department\'s own office', () => {
    expect(splitUnitNames('Bộ Thông tin và Truyền thông, Bộ Khoa học và Công nghệ, Bộ')).toEqual([
      'Bộ Thông tin và Truyền thông',
      'Bộ Khoa học và Công nghệ',
      'Bộ',
    ]);
    // The roster knows "Sở Nội vụ" and, its trailing "Sở" ignored, "Sở Nội vụ, Sở": still two.
    const known = (n: string) => n.replace(/[, ]+Sở$/u, '') === 'Sở Nội vụ';
    expect(splitUnitNames('Sở Nội vụ, Sở', known)).toEqual(['Sở Nội vụ', 'Sở']);
    expect(['Bộ', 'Sở.', 'UBND', 'Phòng', 'Cục', 'uỷ ban'].map(isCutOffName)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['Văn phòng', 'Thanh tra', 'Bộ Công an', 'Trung tâm'].map(isCutOffName)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it.each([
    [
      'Phòng Văn hóa và Thông tin, Phòng Nội vụ, UBND các xã, thị trấn',
      ['Phòng Văn hóa và Thông tin', 'Phòng Nội vụ', 'UBND các xã, thị trấn'],
    ],
    ['Văn phòng HĐND và UBND huyện', ['Văn phòng HĐND và UBND huyện']],
    ['Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh', ['Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh']],
    [
      'Phòng Nội vụ, Văn phòng HĐND và UBND huyện',
      ['Phòng Nội vụ', 'Văn phòng HĐND và UBND huyện'],
    ],
    ['Văn phòng HĐND tỉnh, UBND tỉnh', ['Văn phòng HĐND tỉnh', 'UBND tỉnh']],
    [
      'Công chức Văn hóa - Xã hội, Công chức Tư pháp - Hộ tịch',
      ['Công chức Văn hóa - Xã hội', 'Công chức Tư pháp - Hộ tịch'],
    ],
    [
      'Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội',
      ['Ủy ban MTTQ Việt Nam huyện', 'các tổ chức chính trị - xã hội'],
    ],
    ['Công an huyện, Ban Chỉ huy Quân sự huyện', ['Công an huyện', 'Ban Chỉ huy Quân sự huyện']],
  ])('district and commune units: "%s"', (text, names) => {
    expect(splitUnitNames(text)).toEqual(names);
  });

  it('does not take "Báo cáo" for a newspaper', () => {
    expect(splitUnitNames('Văn phòng Sở, Báo cáo UBND tỉnh')).toEqual([
      'Văn phòng Sở, Báo cáo UBND tỉnh',
    ]);
  });
});
