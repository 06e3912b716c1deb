import { dayVn } from '../../platform/clock.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { listExemplars } from './exemplars.ts';
import { movementRow } from './queries.ts';
import { registrationOverview } from './registrations.ts';

const when = (iso: string | null) => (iso ? dateVn(dayVn(iso)) : '');

/** Who registered under a movement and who has not, as its Registrations tab lists them (missing units first). */
export async function registrationsXlsx(
  deps: Deps,
  movementId: string,
): Promise<{ filename: string; content: Buffer }> {
  const m = await movementRow(deps.db.kysely, movementId);
  const { deadline, items } = await registrationOverview(deps, movementId);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Đăng ký thi đua', {
    title: `TÌNH HÌNH ĐĂNG KÝ THI ĐUA – ${m.name.toLocaleUpperCase('vi')}`,
    subtitle: [
      `${items.filter((i) => i.registered).length}/${items.length} đơn vị đã đăng ký`,
      deadline ? `hạn đăng ký ${dateVn(deadline)}` : '',
    ]
      .filter(Boolean)
      .join('; '),
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Đơn vị', key: 'org', width: 40 },
      { header: 'Tình trạng', key: 'state', width: 16 },
      { header: 'Ngày đăng ký', key: 'at', width: 12 },
      { header: 'Danh hiệu tập thể', key: 'collective', width: 10 },
      { header: 'Số cá nhân đăng ký', key: 'people', width: 10 },
      { header: 'Nhắc lần cuối', key: 'reminded', width: 12 },
    ],
  });
  items.forEach((r, i) =>
    ws.addRow({
      no: i + 1,
      org: r.orgName,
      state: r.registered ? (r.late ? 'Đăng ký muộn' : 'Đã đăng ký') : 'Chưa đăng ký',
      at: when(r.registeredAt),
      collective: r.registered ? r.collectiveTitles : '',
      people: r.registered ? r.people : '',
      reminded: when(r.lastRemindedAt),
    }),
  );
  return { filename: `Đăng ký thi đua - ${m.name}.xlsx`, content: await toBuffer(wb) };
}

/** A movement's exemplars as its Exemplars tab lists them (latest recorded first). */
export async function exemplarsXlsx(
  deps: Deps,
  user: RequestUser,
  movementId: string,
): Promise<{ filename: string; content: Buffer }> {
  const m = await movementRow(deps.db.kysely, movementId);
  const { items } = await listExemplars(deps, user, movementId);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Điển hình tiên tiến', {
    title: `ĐIỂN HÌNH TIÊN TIẾN – ${m.name.toLocaleUpperCase('vi')}`,
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Cá nhân / tập thể', key: 'subject', width: 30 },
      { header: 'Đơn vị', key: 'org', width: 30 },
      { header: 'Điển hình', key: 'title', width: 40 },
      { header: 'Thành tích', key: 'description', width: 50 },
      { header: 'Ngày ghi nhận', key: 'on', width: 12 },
    ],
  });
  items.forEach((e, i) =>
    ws.addRow({
      no: i + 1,
      subject: `${e.subjectName}${e.subjectKind === 'collective' ? ' (tập thể)' : ''}`,
      org: e.orgName,
      title: e.title,
      description: e.description,
      on: dateVn(e.recordedOn),
    }),
  );
  return { filename: `Điển hình tiên tiến - ${m.name}.xlsx`, content: await toBuffer(wb) };
}
