import type { Transaction } from 'kysely';
import { periodsBetween } from '@thidua/domain';
import type { Database, PersonTable } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import { Rng } from './names.ts';
import { demoMovementRows, demoRegistration, pushDemoMovement, writeDemoMovementRows } from './movementRows.ts';
import { DEMO_MOVEMENTS, DIVISIONS } from './movementsDemoData.ts';

/**
 * The department's emulation year in the demo: the yearly (regular) movement
 * with every unit's title registrations, and the seven campaigns it runs, each
 * at a plausible stage on the day of seeding, with targets, commitments,
 * quarterly progress and exemplars; and the blocs it belongs to or organises.
 */
export interface MovementsDemoCounts {
  movements: number;
  registrations: number;
  titles: number;
  progress: number;
  blocs: number;
}

/** A whole count around an expected amount per period (no 0,4 of an initiative). */
function countOf(expected: number, rng: Rng): number {
  if (expected < 1) return rng.chance(expected * 1.1) ? 1 : 0;
  return Math.max(0, Math.round(expected * (0.6 + rng.next() * 0.8)));
}

/** Writes the demo movements and blocs in the seed's transaction. */
export async function insertDemoMovements(
  trx: Transaction<Database>,
  orgIds: Map<string, string>,
  people: readonly PersonTable[],
  now: string,
): Promise<MovementsDemoCounts> {
  const rng = new Rng(2026_11);
  const staff = (code: string) => people.filter((p) => p.org_id === orgIds.get(code) && p.status === 'working');
  const rows = demoMovementRows();
  const ids = new Map<string, string>();
  for (const m of DEMO_MOVEMENTS) {
    const { id, status, targetIds } = pushDemoMovement(rows, m, {
      actor: 'Nguyễn Thị Thu Trang',
      closeReason: 'Đã tổng kết giai đoạn 2021–2025',
      updatedAt: now,
    });
    ids.set(m.name, id);
    const year = Number(m.startsOn.slice(0, 4));
    const periods = periodsBetween(m.every, m.startsOn, m.endsOn).filter(
      (p) => p <= (m.every === 'year' ? '2026' : '2026-Q3'),
    );
    for (const code of m.units) {
      const orgId = orgIds.get(code)!;
      rows.orgs.push({ movement_id: id, org_id: orgId });
      if (m.missing?.includes(code)) continue;
      const regDay = m.deadline && m.deadline < '2026-11-26' ? m.deadline : (m.steps.at(-1)?.[1] ?? m.startsOn);
      const registration = demoRegistration(id, orgId, regDay);
      const regId = registration.id;
      rows.registrations.push(registration);
      if (m.kind === 'regular') {
        const own = staff(code);
        rows.titles.push({
          registration_id: regId,
          subject_kind: 'collective',
          subject_id: orgId,
          award_code: own.length > 12 ? 'excellent_collective' : 'advanced_collective',
          year,
        });
        for (const [i, p] of own.entries()) {
          rows.titles.push({
            registration_id: regId,
            subject_kind: 'individual',
            subject_id: p.id,
            award_code: 'advanced_worker',
            year,
          });
          if (i % 6 === 0)
            rows.titles.push({
              registration_id: regId,
              subject_kind: 'individual',
              subject_id: p.id,
              award_code: 'grassroots_emulation_fighter',
              year,
            });
        }
      }
      m.targets.forEach((t, i) => {
        const committed = t.unit === '%' ? t.value : Math.max(1, Math.round(t.value / m.units.length) + rng.int(0, 1));
        rows.commitments.push({ registration_id: regId, target_id: targetIds[i], value: committed });
        const perPeriod = t.unit === '%' ? 0 : committed / Math.max(1, periods.length);
        for (const [k, period] of periods.entries()) {
          if (status === 'launched') break;
          const value =
            t.unit === '%'
              ? Math.min(100, Math.round((t.value - 6 + k * 2 + rng.int(0, 5)) * 10) / 10)
              : countOf(perPeriod, rng);
          rows.progress.push({
            id: newId(),
            movement_id: id,
            org_id: orgId,
            target_id: targetIds[i],
            period,
            value,
            note: '',
            reported_by: 'Cán bộ đơn vị',
            reported_at: now,
            version: 1,
          });
        }
      });
    }
    for (const [i, [who, title]] of m.exemplars.entries()) {
      const person = who.startsWith('person:') ? staff(who.slice(7))[1 + i] : undefined;
      const code = who.replace('person:', '');
      rows.exemplars.push({
        id: newId(),
        movement_id: id,
        subject_kind: person ? 'individual' : 'collective',
        subject_id: person?.id ?? orgIds.get(code)!,
        org_id: orgIds.get(code)!,
        title,
        description: person
          ? `Được đơn vị đề xuất nhân rộng; ${person.position.toLowerCase()} có kết quả nổi bật.`
          : 'Mô hình được Hội đồng Thi đua – Khen thưởng Sở đề xuất nhân rộng.',
        evidence: `Báo cáo của ${code}`,
        recorded_on: m.steps.at(-1)![1],
        created_at: now,
        updated_at: now,
        version: 1,
      });
    }
  }
  await writeDemoMovementRows(trx, rows);
  // The thematic awards the history already holds for the rural movement were given under it.
  await trx
    .updateTable('award_records')
    .set({ movement_id: ids.get('Chung sức xây dựng nông thôn mới')! })
    .where('commendation_type', '=', 'thematic')
    .where('note', 'like', '%nông thôn mới%')
    .execute();
  const blocs = await insertDemoBlocs(trx, orgIds, now);
  return {
    movements: rows.movements.length,
    registrations: rows.registrations.length,
    titles: rows.titles.length,
    progress: rows.progress.length,
    blocs,
  };
}

/** The provincial bloc the department belongs to, and the bloc and cluster it organises for its own units. */
async function insertDemoBlocs(trx: Transaction<Database>, orgIds: Map<string, string>, now: string): Promise<number> {
  const specs: {
    name: string;
    kind: 'bloc' | 'cluster';
    organiser: 'province' | 'department';
    years: Record<number, [string, 'leader' | 'deputy' | 'member'][]>;
  }[] = [
    {
      name: 'Khối thi đua các cơ quan tham mưu tổng hợp và kinh tế',
      kind: 'bloc',
      organiser: 'province',
      years: Object.fromEntries(
        [2024, 2025, 2026].map((y, i) => [
          y,
          (
            ['Sở Tài chính', 'Sở Xây dựng', 'SCT', 'Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ'] as const
          ).map((n, k): [string, 'leader' | 'deputy' | 'member'] => [
            n,
            k === i + 1 ? 'leader' : k === i + 2 ? 'deputy' : 'member',
          ]),
        ]),
      ),
    },
    {
      name: 'Khối các phòng chuyên môn thuộc Sở',
      kind: 'bloc',
      organiser: 'department',
      years: { 2026: DIVISIONS.map((c, k) => [c, k === 3 ? 'leader' : k === 4 ? 'deputy' : 'member']) },
    },
    {
      name: 'Cụm thi đua các đơn vị trực thuộc',
      kind: 'cluster',
      organiser: 'department',
      years: {
        2026: [
          ['QLTT', 'leader'],
          ['TTKC', 'deputy'],
          ['QLTT-D1', 'member'],
          ['QLTT-D2', 'member'],
        ],
      },
    },
  ];
  for (const s of specs) {
    const blocId = newId();
    await trx
      .insertInto('blocs')
      .values({
        id: blocId,
        name: s.name,
        kind: s.kind,
        organiser: s.organiser,
        description: '',
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    for (const [year, members] of Object.entries(s.years)) {
      const yearId = newId();
      await trx
        .insertInto('bloc_years')
        .values({
          id: yearId,
          bloc_id: blocId,
          year: Number(year),
          covenant_signed_on: `${year}-02-25`,
          covenant_number: `01/GƯTĐ-${year}`,
          covenant_content:
            'Các thành viên ký kết giao ước thi đua, cam kết hoàn thành vượt mức các chỉ tiêu được giao.',
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      await trx
        .insertInto('bloc_members')
        .values(
          members.map(([who, role], position) => {
            const orgId = orgIds.get(who) ?? null;
            return { bloc_year_id: yearId, position, org_id: orgId, name: orgId ? '' : who, role };
          }),
        )
        .execute();
    }
  }
  return specs.length;
}
