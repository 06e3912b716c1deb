import type { EmploymentType, OrgKind } from '@thidua/domain';
import { COOPERATIVES, ENTERPRISES } from './names.ts';

/** The units of the demo department and the staff each holds: data the demo seeds read (kept apart from demo.ts, which imports those seeds). */
export type Level = 'leader' | 'senior' | 'staff';
/** [position, count, employment type, level] */
export type Staff = [string, number, EmploymentType, Level];

export interface UnitSpec {
  code: string;
  name: string;
  kind: OrgKind;
  parent: string | null;
  staff: Staff[];
  maleShare?: number;
}

const unit = (code: string, name: string, kind: OrgKind, parent: string | null, staff: Staff[], maleShare?: number) =>
  ({ code, name, kind, parent, staff, ...(maleShare ? { maleShare } : {}) }) satisfies UnitSpec;

const division = (code: string, name: string, extra: Staff[] = [], specialists = 9): UnitSpec => ({
  code,
  name,
  kind: 'division',
  parent: 'SCT',
  staff: [
    ['Trưởng phòng', 1, 'civil_servant', 'leader'],
    ['Phó Trưởng phòng', 2, 'civil_servant', 'senior'],
    ['Chuyên viên chính', 3, 'civil_servant', 'senior'],
    ['Chuyên viên', specialists, 'civil_servant', 'staff'],
    ...extra,
  ],
});

const marketTeam = (n: number): UnitSpec => ({
  code: `QLTT-D${n}`,
  name: `Đội Quản lý thị trường số ${n}`,
  kind: 'affiliated_unit',
  parent: 'QLTT',
  maleShare: 0.72,
  staff: [
    ['Đội trưởng', 1, 'civil_servant', 'leader'],
    ['Phó Đội trưởng', 2, 'civil_servant', 'senior'],
    ['Kiểm soát viên thị trường', 17, 'civil_servant', 'staff'],
  ],
});

export const DEMO_UNITS: UnitSpec[] = [
  unit('SCT', 'Sở Công Thương tỉnh Thái Nguyên', 'department', null, [
    ['Giám đốc Sở', 1, 'cadre', 'leader'],
    ['Phó Giám đốc Sở', 3, 'cadre', 'leader'],
  ]),
  unit('VP', 'Văn phòng Sở', 'division', 'SCT', [
    ['Chánh Văn phòng', 1, 'civil_servant', 'leader'],
    ['Phó Chánh Văn phòng', 2, 'civil_servant', 'senior'],
    ['Chuyên viên chính', 3, 'civil_servant', 'senior'],
    ['Chuyên viên', 13, 'civil_servant', 'staff'],
    ['Kế toán', 2, 'civil_servant', 'staff'],
    ['Văn thư', 1, 'civil_servant', 'staff'],
    ['Nhân viên', 7, 'worker', 'staff'],
  ]),
  unit('TTR', 'Thanh tra Sở', 'division', 'SCT', [
    ['Chánh Thanh tra', 1, 'civil_servant', 'leader'],
    ['Phó Chánh Thanh tra', 2, 'civil_servant', 'senior'],
    ['Thanh tra viên chính', 2, 'civil_servant', 'senior'],
    ['Thanh tra viên', 7, 'civil_servant', 'staff'],
  ]),
  division('KHTC', 'Phòng Kế hoạch – Tài chính', [['Kế toán', 3, 'civil_servant', 'staff']], 7),
  division('QLCN', 'Phòng Quản lý Công nghiệp', [], 10),
  division('QLTM', 'Phòng Quản lý Thương mại', [], 12),
  division('QLNL', 'Phòng Quản lý Năng lượng', [], 10),
  division('KTATMT', 'Phòng Kỹ thuật an toàn – Môi trường', [], 7),
  unit(
    'QLTT',
    'Chi cục Quản lý thị trường',
    'sub_department',
    'SCT',
    [
      ['Chi cục trưởng', 1, 'civil_servant', 'leader'],
      ['Phó Chi cục trưởng', 2, 'civil_servant', 'senior'],
      ['Kiểm soát viên chính thị trường', 4, 'civil_servant', 'senior'],
      ['Chuyên viên', 9, 'civil_servant', 'staff'],
      ['Kế toán', 2, 'civil_servant', 'staff'],
      ['Nhân viên', 2, 'worker', 'staff'],
    ],
    0.65,
  ),
  ...[1, 2, 3, 4, 5, 6].map(marketTeam),
  unit('TTKC', 'Trung tâm Khuyến công và Xúc tiến thương mại', 'centre', 'SCT', [
    ['Giám đốc Trung tâm', 1, 'public_employee', 'leader'],
    ['Phó Giám đốc Trung tâm', 2, 'public_employee', 'senior'],
    ['Trưởng phòng', 3, 'public_employee', 'senior'],
    ['Chuyên viên', 18, 'public_employee', 'staff'],
    ['Kỹ sư', 5, 'public_employee', 'staff'],
    ['Kế toán', 2, 'public_employee', 'staff'],
    ['Nhân viên', 5, 'worker', 'staff'],
  ]),
  unit('DN-HTX', 'Doanh nghiệp, hợp tác xã trên địa bàn', 'affiliated_unit', 'SCT', []),
  ...ENTERPRISES.map(([code, name]) => unit(code, name, 'enterprise', 'DN-HTX', [])),
  ...COOPERATIVES.map(([code, name]) => unit(code, name, 'cooperative', 'DN-HTX', [])),
];
