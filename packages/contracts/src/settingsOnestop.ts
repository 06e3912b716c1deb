import { z } from 'zod';
import { DEFAULT_ONESTOP } from '@thidua/domain';
import { choice, int, timeOfDay, type SettingField } from './settingsForm.ts';

/**
 * The one-stop desk's P/U facts (reference docs/domain/one-stop-par-statistics.md §3–§5, §10), one setting
 * each, with the reference's value as default. Spread into `SETTING_DEFS` (settings.ts) under area `onestop`.
 */
const D = DEFAULT_ONESTOP;
const def = <S extends z.ZodType>(d: {
  area: 'onestop';
  label: string;
  help: string;
  tag: 'V' | 'P' | 'U';
  source: string;
  schema: S;
  default: z.output<S>;
  form: SettingField[];
}) => d;

export const ONESTOP_SETTING_DEFS = {
  'onestop.agencyCode': def({
    area: 'onestop',
    label: 'Mã định danh điện tử của cơ quan (đầu mã hồ sơ)',
    help: 'Mã hồ sơ = mã định danh cơ quan – ngày tiếp nhận (yyMMdd) – số thứ tự trong ngày (4 chữ số). Lấy mã thật từ danh sách mã định danh của tỉnh; giá trị mặc định chỉ là chỗ giữ.',
    tag: 'U',
    source:
      'NĐ 61/2018 (mã số hồ sơ); QCVN 102:2016/BTTTT, QĐ 20/2020/QĐ-TTg (mã định danh) — tài liệu tham chiếu §3.3',
    schema: z
      .string({ error: 'Mã định danh cơ quan: cần một chuỗi' })
      .regex(/^[A-Za-z0-9.]{3,30}$/u, 'Mã định danh cơ quan: chỉ gồm chữ, số và dấu chấm (3–30 ký tự)'),
    default: D.agencyCode,
    form: [{ name: '', label: 'Mã định danh', kind: 'text' }],
  }),
  'onestop.apologyLimit': def({
    area: 'onestop',
    label: 'Số lần xin lỗi, hẹn lại ngày trả kết quả tối đa cho một hồ sơ',
    help: 'Hồ sơ sắp quá hạn: chậm nhất 01 ngày trước hạn phải gửi phiếu xin lỗi và hẹn lại. Nghị định 107/2021 chỉ cho hẹn lại một lần.',
    tag: 'P',
    source: 'NĐ 61/2018 Điều 19, sửa đổi bởi NĐ 107/2021 — tài liệu tham chiếu §3.6',
    schema: int('Số lần hẹn lại tối đa', 0, 5),
    default: D.apologyLimit,
    form: [{ name: '', label: 'Số lần', kind: 'integer', min: 0, max: 5 }],
  }),
  'onestop.transferCutoff': def({
    area: 'onestop',
    label: 'Giờ chốt chuyển hồ sơ giấy trong ngày',
    help: 'Hồ sơ giấy tiếp nhận sau giờ này được chuyển phòng chuyên môn vào ngày làm việc tiếp theo.',
    tag: 'P',
    source: 'NĐ 61/2018 Điều 18 — tài liệu tham chiếu §3.4',
    schema: timeOfDay('Giờ chốt chuyển hồ sơ'),
    default: D.transferCutoff,
    form: [{ name: '', label: 'Giờ chốt', kind: 'time' }],
  }),
  'onestop.classifyBy': def({
    area: 'onestop',
    label: 'So trước hạn, đúng hạn, quá hạn theo',
    help: '"Ngày": so ngày (giờ Việt Nam) hoàn thành với ngày hẹn — xong trong ngày hẹn là đúng hạn. "Thời điểm": so đến từng phút.',
    tag: 'U',
    source: 'Tài liệu tham chiếu §5 (phần mềm tham chiếu dùng cả hai cách; khuyến nghị so theo ngày)',
    schema: choice('Cách so', ['date', 'instant'] as const),
    default: D.classifyBy,
    form: [
      {
        name: '',
        label: 'Cách so',
        kind: 'select',
        options: [
          { value: 'date', label: 'Theo ngày' },
          { value: 'instant', label: 'Theo thời điểm' },
        ],
      },
    ],
  }),
  'onestop.lookupsPerMinute': def({
    area: 'onestop',
    label: 'Số lần tra cứu hồ sơ công khai mỗi phút từ một địa chỉ',
    help: 'Quá số này, trang tra cứu yêu cầu chờ một phút: chống dò mã hồ sơ.',
    tag: 'U',
    source: 'Lựa chọn của Sở (không có căn cứ pháp lý trong tài liệu tham chiếu)',
    schema: int('Số lần tra cứu mỗi phút', 1, 1000),
    default: D.lookupsPerMinute,
    form: [{ name: '', label: 'Số lần mỗi phút', kind: 'integer', min: 1, max: 1000 }],
  }),
  'onestop.simplificationYearlyBasis': def({
    area: 'onestop',
    label: 'Cách tính phần cắt giảm chi phí tuân thủ',
    help: '"Theo số hồ sơ một năm": (chi phí trước − chi phí sau) × số hồ sơ một năm của phiên bản trước. "Một hồ sơ": chỉ phần giảm của một hồ sơ.',
    tag: 'U',
    source: 'Tài liệu tham chiếu §10.2 (phương pháp tính chi phí tuân thủ theo số đối tượng tuân thủ một năm)',
    schema: choice('Cách tính', ['dossiers_per_year', 'per_dossier'] as const),
    default: D.simplificationYearlyBasis,
    form: [
      {
        name: '',
        label: 'Cách tính',
        kind: 'select',
        options: [
          { value: 'dossiers_per_year', label: 'Theo số hồ sơ một năm' },
          { value: 'per_dossier', label: 'Một hồ sơ' },
        ],
      },
    ],
  }),
};
