import type { Transaction } from 'kysely';
import { periodsBetween } from '@thidua/domain';
import { bulkInsert } from '../db/bulk.ts';
import type { Database } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import { Rng } from './names.ts';
import { HISTORY_MOVEMENTS } from './historyDemoData.ts';
import {
  demoAt as at,
  demoMovementRows,
  demoRegistration,
  pushDemoMovement,
  writeDemoMovementRows,
} from './movementRows.ts';

/**
 * The department's history of 2017–2021 that the other demo seeds leave out: the five campaigns it ran then
 * (historyDemoData.ts), each walked through its workflow to closed, with the units taking part, their
 * registrations and commitments, a progress report per year and the exemplars; and the Director's Giấy khen given
 * under each campaign (already in the award history and the register, decisionsDemo.ts) linked to it. The rest of the
 * five-year summary's story is in the other seeds: initiatives (initiativesDemo.ts), the Giấy khen and the
 * department's orders and flags (decisionsDemo.ts), the PAR index (scorecardsDemo.ts), the sector's figures and
 * registries (statisticsDemo.ts).
 *
 * Runs after the award history and the decisions exist (demo.ts).
 */
export interface HistoryDemoCounts {
  movements: number;
  registrations: number;
  progress: number;
  exemplars: number;
  awardsLinked: number;
}

const ACTOR = 'Nguyễn Thị Thu Trang';

export async function insertDemoHistory2017(
  trx: Transaction<Database>,
  orgIds: Map<string, string>,
  now: string,
): Promise<HistoryDemoCounts> {
  const rng = new Rng(2017_2021);
  const rows = demoMovementRows();
  let awardsLinked = 0;
  const ids = new Map<string, string>();
  for (const m of HISTORY_MOVEMENTS) {
    const org = (code: string) => {
      const o = orgIds.get(code);
      if (!o) throw new Error(`historyDemo: no unit ${code}`);
      return o;
    };
    const { id, targetIds } = pushDemoMovement(rows, m, {
      actor: ACTOR,
      closeReason: `Đã tổng kết ${m.name.split(' giai đoạn ')[0]}`,
      updatedAt: at(m.steps.at(-1)![1]),
    });
    const periods = periodsBetween(m.every, m.startsOn, m.endsOn);
    const regDay = m.deadline ?? m.steps[1]![1];
    for (const code of m.units) {
      const orgId = org(code);
      rows.orgs.push({ movement_id: id, org_id: orgId });
      const registration = demoRegistration(id, orgId, regDay);
      const regId = registration.id;
      rows.registrations.push(registration);
      m.targets.forEach((t, i) => {
        const committed = Math.max(1, Math.round(t.value / m.units.length));
        rows.commitments.push({ registration_id: regId, target_id: targetIds[i], value: committed });
        // Each year's report a little above the commitment's share: the campaigns were closed as achieved.
        const share = committed / periods.length;
        for (const period of periods)
          rows.progress.push({
            id: newId(),
            movement_id: id,
            org_id: orgId,
            target_id: targetIds[i],
            period,
            value: Math.max(1, Math.round(share * (1 + rng.int(0, 25) / 100))),
            note: '',
            reported_by: 'Cán bộ đơn vị',
            reported_at: at(period.length === 4 ? `${Math.min(Number(period), 2021)}-12-20` : m.endsOn),
            version: 1,
          });
      });
    }

    ids.set(m.name, id);
  }
  await writeDemoMovementRows(trx, rows);

  // The Giấy khen the Director gave under each campaign, already in the award history (decisionsDemo.ts).
  for (const m of HISTORY_MOVEMENTS) {
    const id = ids.get(m.name)!;
    const org = (code: string) => orgIds.get(code)!;
    // By the day signed: the register's numbers are settled later (registerComplete.ts); the test checks them.
    for (const [, day] of m.awards) {
      const r = await trx
        .updateTable('award_records')
        .set({ movement_id: id })
        .where('decision_date', '=', day)
        .where('award_code', '=', 'commendation_certificate')
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      awardsLinked += Number(r.numUpdatedRows);
    }
    // A person held up as an exemplar is one the campaign's Giấy khen rewarded.
    const rewarded = await trx
      .selectFrom('award_records')
      .select(['subject_id', 'org_id'])
      .where('movement_id', '=', id)
      .where('subject_kind', '=', 'individual')
      .orderBy('decision_date')
      .orderBy('subject_id')
      .execute();
    const recorded = m.steps.find(([a]) => a === 'final')![1];
    const units = new Set(m.units.map(org));
    for (const [who, title] of m.exemplars) {
      const person = who.startsWith('person:');
      // Of the rewarded, one from the unit named, else from any unit of the campaign.
      const inUnit = person
        ? (rewarded.find((r) => r.org_id === org(who.slice(7))) ?? rewarded.find((r) => units.has(r.org_id)))
        : undefined;
      // Nobody rewarded by name (the campaign's Giấy khen went to collectives): the unit is the exemplar.
      const orgId = inUnit?.org_id ?? org(who.replace('person:', ''));
      rows.exemplars.push({
        id: newId(),
        movement_id: id,
        subject_kind: inUnit ? 'individual' : 'collective',
        subject_id: inUnit?.subject_id ?? orgId,
        org_id: orgId,
        title,
        description: inUnit
          ? 'Được tặng Giấy khen trong phong trào; đơn vị đề xuất nhân rộng.'
          : 'Mô hình được Hội đồng Thi đua – Khen thưởng Sở đề xuất nhân rộng khi tổng kết phong trào.',
        evidence: 'Báo cáo tổng kết phong trào của đơn vị',
        recorded_on: recorded,
        created_at: now,
        updated_at: now,
        version: 1,
      });
    }
  }
  await bulkInsert(trx, 'movement_exemplars', rows.exemplars as never);
  return {
    movements: rows.movements.length,
    registrations: rows.registrations.length,
    progress: rows.progress.length,
    exemplars: rows.exemplars.length,
    awardsLinked,
  };
}
