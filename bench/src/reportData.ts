/**
 * What the summary report reads beyond the people's award history (history.ts), the dossiers (onestopData.ts) and
 * the statistics (statData.ts), at a province department's scale over 2017–2026: twelve movements a year (the
 * year's regular movement, every unit taking part, and eleven thematic ones with some of the units), their
 * registrations and exemplars; and the Director's Giấy khen: each January one decision per unit for the year
 * before, naming about 6 % of its staff and, one year in three, the unit itself, each recipient also an award
 * record (linked to the decision and to that year's regular movement). A load fixture: bulk inserts in one
 * transaction, no audit.
 */
import { bulkInsert } from '../../apps/server/src/db/bulk.ts';
import { nowIso, type Db } from '../../apps/server/src/db/index.ts';
import type { AwardRecordTable } from '../../apps/server/src/db/schema.ts';
import type { DecisionRecipientTable, DecisionTable } from '../../apps/server/src/db/schema-proposals.ts';
import type {
  MovementExemplarTable,
  MovementOrgTable,
  MovementRegistrationTable,
  MovementTable,
} from '../../apps/server/src/db/schema-movements.ts';
import { newId } from '../../apps/server/src/platform/ids.ts';
import { Rng } from '../../apps/server/src/seed/names.ts';

const FIRST = 2017;
const LAST = 2026;
const THEMES = [
  'Chuyển đổi số ngành Công Thương',
  'Cải cách hành chính, nâng cao chỉ số hài lòng',
  'Chống buôn lậu, gian lận thương mại và hàng giả',
  'Sử dụng năng lượng tiết kiệm và hiệu quả',
  'Người Việt Nam ưu tiên dùng hàng Việt Nam',
  'Xây dựng nông thôn mới',
  'Cán bộ, công chức thi đua thực hiện văn hóa công sở',
  'Doanh nghiệp công nghiệp nông thôn tiêu biểu',
  'An toàn điện, an toàn hóa chất',
  'Phát triển thương mại điện tử',
  'Chung tay vì người nghèo',
];

export interface ReportExtras {
  movements: number;
  movementOrgs: number;
  registrations: number;
  exemplars: number;
  decisions: number;
  recipients: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Fills movements and the Director's Giấy khen for the department's units and their working staff. */
export async function generateReportExtras(db: Db, unitIds: readonly string[], seed = 7): Promise<ReportExtras> {
  const rng = new Rng(seed);
  const now = nowIso();
  const stamp = { created_at: now, updated_at: now, version: 1 };
  const k = db.kysely;
  const people = await k
    .selectFrom('people')
    .select(['id', 'org_id', 'full_name', 'position'])
    .where('status', 'in', ['working', 'on_leave'])
    .orderBy('id')
    .execute();
  const staff = new Map<string, typeof people>();
  for (const p of people) {
    const list = staff.get(p.org_id) ?? [];
    list.push(p);
    staff.set(p.org_id, list);
  }
  const names = new Map(
    (await k.selectFrom('organisations').select(['id', 'name']).execute()).map((o) => [o.id, o.name]),
  );
  const movements: MovementTable[] = [];
  const orgs: MovementOrgTable[] = [];
  const registrations: MovementRegistrationTable[] = [];
  const exemplars: MovementExemplarTable[] = [];
  const regular = new Map<number, string>();
  for (let y = FIRST; y <= LAST; y++) {
    for (let m = 0; m < 12; m++) {
      const id = newId();
      const theme = m === 0 ? `Phong trào thi đua yêu nước năm ${y}` : `${THEMES[m - 1]} giai đoạn ${y}–${y + 2}`;
      const startsOn = `${y}-${pad(m === 0 ? 1 : rng.int(2, 10))}-${pad(rng.int(1, 28))}`;
      const endsOn = m === 0 ? `${y}-12-31` : `${y + rng.int(0, 2)}-12-31`;
      if (m === 0) regular.set(y, id);
      movements.push({
        id,
        name: theme,
        search_key: theme.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase(),
        kind: m === 0 ? 'regular' : 'thematic',
        year: y,
        launch_level: m === 0 ? 'department' : rng.chance(0.5) ? 'province' : 'department',
        launch_doc_number: `${rng.int(10, 300)}/KH-SCT`,
        launch_doc_date: startsOn,
        launch_doc_signer: 'Giám đốc Sở',
        objectives: '',
        content: '',
        criteria: '',
        starts_on: startsOn,
        ends_on: endsOn,
        registration_deadline: null,
        report_every: 'quarter',
        status: endsOn < '2026-12-01' ? 'closed' : 'in_progress',
        created_by: null,
        ...stamp,
      });
      const taking = m === 0 ? unitIds : unitIds.filter(() => rng.chance(0.4));
      for (const org of taking) {
        orgs.push({ movement_id: id, org_id: org });
        if (rng.chance(0.9))
          registrations.push({
            id: newId(),
            movement_id: id,
            org_id: org,
            registered_at: `${startsOn}T08:00:00.000Z`,
            registered_by: 'bench',
            late_reason: '',
            note: '',
            ...stamp,
          });
        const unitStaff = staff.get(org) ?? [];
        if (unitStaff.length && rng.chance(0.5)) {
          const p = unitStaff[rng.int(0, unitStaff.length - 1)]!;
          exemplars.push({
            id: newId(),
            movement_id: id,
            subject_kind: 'individual',
            subject_id: p.id,
            org_id: org,
            title: `Điển hình tiên tiến: ${p.full_name}`,
            description: '',
            evidence: '',
            recorded_on: endsOn,
            ...stamp,
          });
        }
      }
    }
  }

  const decisions: DecisionTable[] = [];
  const recipients: DecisionRecipientTable[] = [];
  const awards: AwardRecordTable[] = [];
  let seq = 0;
  for (let y = FIRST + 1; y <= LAST; y++) {
    for (const org of unitIds) {
      const id = newId();
      const number = `${++seq}/QĐ-SCT`;
      const signedOn = `${y}-01-${pad(rng.int(5, 25))}`;
      decisions.push({
        id,
        number,
        seq,
        symbol: 'QĐ-SCT',
        year: y,
        signed_on: signedOn,
        signer: 'Lê Quang Tiến',
        signer_title: 'Giám đốc',
        authority: 'Sở Công Thương',
        level: 'here',
        kind: 'award',
        summary: `Tặng Giấy khen năm ${y - 1} cho ${names.get(org) ?? ''}`,
        legal_basis: '',
        search_key: `${number} tang giay khen nam ${y - 1}`.toLowerCase(),
        status: 'issued',
        revokes_id: null,
        revoked_by_id: null,
        created_by: null,
        ...stamp,
      });
      const named: { kind: string; id: string; name: string }[] = [];
      if (rng.chance(0.33)) named.push({ kind: 'collective', id: org, name: names.get(org) ?? '' });
      for (const p of staff.get(org) ?? [])
        if (rng.chance(0.06)) named.push({ kind: 'individual', id: p.id, name: p.full_name });
      named.forEach((r, i) => {
        const recordId = newId();
        recipients.push({
          decision_id: id,
          position: i + 1,
          subject_kind: r.kind,
          subject_id: r.id,
          org_id: org,
          name: r.name,
          detail: '',
          award_code: 'commendation_certificate',
          bonus: null,
          item_id: null,
          award_record_id: recordId,
        });
        awards.push({
          id: recordId,
          subject_kind: r.kind,
          subject_id: r.id,
          org_id: org,
          award_code: 'commendation_certificate',
          year: y - 1,
          from_year: y - 1,
          commendation_type: 'periodic',
          decision_number: number,
          decision_date: signedOn,
          decision_signer: 'Lê Quang Tiến',
          decision_authority: 'Sở Công Thương',
          origin: 'here',
          note: '',
          flag: null,
          movement_id: regular.get(y - 1) ?? null,
          decision_id: id,
          bonus: null,
          ...stamp,
        });
      });
    }
  }
  await k.transaction().execute(async (trx) => {
    await bulkInsert(trx, 'movements', movements);
    await bulkInsert(trx, 'movement_orgs', orgs);
    await bulkInsert(trx, 'movement_registrations', registrations);
    await bulkInsert(trx, 'movement_exemplars', exemplars);
    await bulkInsert(trx, 'decisions', decisions);
    await bulkInsert(trx, 'decision_recipients', recipients);
    await bulkInsert(trx, 'award_records', awards);
  });
  return {
    movements: movements.length,
    movementOrgs: orgs.length,
    registrations: registrations.length,
    exemplars: exemplars.length,
    decisions: decisions.length,
    recipients: recipients.length,
  };
}
