import type { z } from 'zod';
import { DEFAULT_WORK_PROGRAMMES } from '@thidua/domain';
import { int, type SettingField } from './settingsForm.ts';

/**
 * The work programmes' settings (docs/work-programmes.md), with the domain's defaults. Spread into
 * `SETTING_DEFS` (settings.ts) under area `workProgrammes`.
 */
const def = <S extends z.ZodType>(d: {
  area: 'workProgrammes';
  label: string;
  help: string;
  tag: 'V' | 'P' | 'U';
  source: string;
  schema: S;
  default: z.output<S>;
  form: SettingField[];
}) => d;

export const WORK_PROGRAMME_SETTING_DEFS = {
  'workProgrammes.remindDaysBefore': def({
    area: 'workProgrammes',
    label: 'Nhắc hạn nhiệm vụ trước bao nhiêu ngày làm việc',
    help: 'Cán bộ của đơn vị chủ trì nhận thông báo (trong phần mềm và thư điện tử) khi nhiệm vụ chưa hoàn thành còn từ số ngày làm việc này trở xuống đến hạn, một lần cho mỗi hạn (hạn được gia hạn thì nhắc lại). Ngày nghỉ, ngày lễ theo lịch làm việc không tính. 0: không nhắc trước hạn (vẫn báo khi quá hạn).',
    tag: 'U',
    source: 'Lựa chọn của Sở (quy chế làm việc của Sở; không có căn cứ pháp lý trong tài liệu tham chiếu)',
    schema: int('Số ngày làm việc nhắc trước hạn', 0, 20),
    default: DEFAULT_WORK_PROGRAMMES.remindDaysBefore,
    form: [{ name: '', label: 'Số ngày làm việc', kind: 'integer', min: 0, max: 20 }],
  }),
};
