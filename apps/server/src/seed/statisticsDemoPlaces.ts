/**
 * Where the demo's sector statistics lie: the province, its nine districts and cities until 30/06/2025, the
 * communes and wards each became from 01/07/2025 (the former Thái Nguyên area only; demo names), the three
 * industrial parks the article names and the industrial clusters.
 */
/** The province, its nine districts and cities until 30/06/2025 and the communes and wards each became. */
export const PROVINCE = { code: 'TN', name: 'Tỉnh Thái Nguyên' };
export const DISTRICTS: { code: string; name: string; communes: string[] }[] = [
  {
    code: 'TN-TPTN',
    name: 'Thành phố Thái Nguyên',
    communes: [
      'P. Phan Đình Phùng',
      'P. Linh Sơn',
      'P. Tích Lương',
      'P. Gia Sàng',
      'P. Quyết Thắng',
      'P. Quan Triều',
      'X. Tân Cương',
      'X. Đại Phúc',
    ],
  },
  { code: 'TN-TPSC', name: 'Thành phố Sông Công', communes: ['P. Sông Công', 'P. Bá Xuyên', 'P. Bách Quang'] },
  {
    code: 'TN-TPPY',
    name: 'Thành phố Phổ Yên',
    communes: ['P. Phổ Yên', 'P. Vạn Xuân', 'P. Trung Thành', 'P. Phúc Thuận', 'X. Thành Công'],
  },
  {
    code: 'TN-DT',
    name: 'Huyện Đại Từ',
    communes: [
      'X. Đại Từ',
      'X. Đức Lương',
      'X. Phú Thịnh',
      'X. La Bằng',
      'X. Phú Lạc',
      'X. An Khánh',
      'X. Quân Chu',
      'X. Vạn Phú',
      'X. Phú Xuyên',
    ],
  },
  {
    code: 'TN-DH',
    name: 'Huyện Định Hóa',
    communes: [
      'X. Định Hóa',
      'X. Bình Yên',
      'X. Trung Hội',
      'X. Phượng Tiến',
      'X. Phú Đình',
      'X. Bình Thành',
      'X. Kim Phượng',
      'X. Lam Vỹ',
    ],
  },
  { code: 'TN-PL', name: 'Huyện Phú Lương', communes: ['X. Phú Lương', 'X. Vô Tranh', 'X. Yên Trạch', 'X. Hợp Thành'] },
  {
    code: 'TN-DHY',
    name: 'Huyện Đồng Hỷ',
    communes: ['X. Đồng Hỷ', 'X. Quang Sơn', 'X. Trại Cau', 'X. Nam Hòa', 'X. Văn Hán', 'X. Văn Lăng'],
  },
  {
    code: 'TN-VN',
    name: 'Huyện Võ Nhai',
    communes: [
      'X. Võ Nhai',
      'X. Dân Tiến',
      'X. Nghinh Tường',
      'X. Thần Sa',
      'X. La Hiên',
      'X. Tràng Xá',
      'X. Sảng Mộc',
    ],
  },
  {
    code: 'TN-PB',
    name: 'Huyện Phú Bình',
    communes: ['X. Phú Bình', 'X. Tân Thành', 'X. Điềm Thụy', 'X. Kha Sơn', 'X. Tân Khánh'],
  },
];
export const DISTRICTS_UNTIL = '2025-06-30';
export const COMMUNES_FROM = '2025-07-01';

/** The three industrial parks the article names, as reporting units and registry rows. */
export const PARKS = [
  {
    code: 'KCN-SC2',
    name: 'Khu công nghiệp Sông Công II',
    commune: 'P. Bách Quang',
    from: '2015-03-20',
    area: 250,
    land: 177.6,
    leased: 112.4,
    investor: 'Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên',
    projects: 31,
    decision: '2254/QĐ-UBND',
  },
  {
    code: 'KCN-YB',
    name: 'Khu công nghiệp Yên Bình',
    commune: 'P. Vạn Xuân',
    from: '2013-04-11',
    area: 400,
    land: 287.3,
    leased: 271.5,
    investor: 'Công ty Cổ phần Đầu tư Phát triển Khu công nghiệp Yên Bình',
    projects: 42,
    decision: '1026/QĐ-UBND',
  },
  {
    code: 'KCN-DT',
    name: 'Khu công nghiệp Điềm Thụy',
    commune: 'X. Điềm Thụy',
    from: '2014-06-05',
    area: 350,
    land: 245.8,
    leased: 219.6,
    investor: 'Công ty Cổ phần Đầu tư Phát triển hạ tầng Thái Nguyên',
    projects: 58,
    decision: '1184/QĐ-UBND',
  },
];
