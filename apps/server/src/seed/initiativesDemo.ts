import type { Transaction } from 'kysely';
import { bulkInsert } from '../db/bulk.ts';
import type { Database, InitiativeAuthorTable, InitiativeTable, PersonTable } from '../db/schema.ts';
import { creationSteps } from './creationSteps.ts';
import { DEMO_CAST, RECRUIT, WARNED } from './awardsDemoCast.ts';
import {
  INITIATIVES_FIRST_YEAR,
  INITIATIVES_LAST_YEAR,
  INITIATIVES_PER_YEAR,
  TOP_UP_TITLES,
} from './initiativesDemoData.ts';
import { insertDemoRounds } from './initiativesDemoRounds.ts';
import {
  SYMBOL,
  addMonths,
  authorRows,
  countByYear,
  day,
  fillDossiers,
  initiativeRow,
  lastNumbers,
  shuffled,
  staffing,
  ubndNumber,
  type InitiativesDemoCounts,
} from './initiativesDemoRows.ts';
import { Rng } from './names.ts';

/**
 * The initiative register of the demo department: the application form's
 * fields for the initiatives the award history already holds, a top-up of
 * 2017–2021 so that those years hold the record the department reports (152
 * initiatives and topics, 19 recognised province-wide, each counted in the
 * year the Sở recognised it), and the council's review rounds (2025 decided,
 * 2026 open) with reviewers and score sheets (initiativesDemoRounds.ts).
 *
 * The award eligibility of 2026 counts initiatives of 2021–2026 only, so the
 * top-up (2017–2021, never national) changes no one's eligibility; the
 * rounds' initiatives go to staff outside the cast who authored nothing else.
 */

const SEED = 20_261_129;

export type { InitiativesDemoCounts };

export async function insertDemoInitiatives(
  trx: Transaction<Database>,
  orgIds: Map<string, string>,
  people: readonly PersonTable[],
  now: string,
): Promise<InitiativesDemoCounts> {
  const rng = new Rng(SEED);
  const codeOf = new Map([...orgIds].map(([code, id]) => [id, code]));
  // Nobody of the cast, and nobody who already authored one: their 2026 eligibility must not move.
  const cast = new Set([...DEMO_CAST, WARNED, RECRUIT].map((c) => `${c.unit}|${c.name ?? ''}`));
  const busy = new Set(
    (await trx.selectFrom('initiative_authors').select('person_id').execute()).map((a) => a.person_id),
  );
  for (const p of people) if (cast.has(`${codeOf.get(p.org_id)}|${p.full_name}`)) busy.add(p.id);
  const staff = staffing(rng, orgIds, people, busy);
  await fillDossiers(trx, rng, staff.unitName);

  const have = await countByYear(trx);
  const last = await lastNumbers(trx);
  const pools = {
    wide: shuffled(
      rng,
      TOP_UP_TITLES.filter(([, , t]) => t.startsWith('*')),
    ),
    other: shuffled(
      rng,
      TOP_UP_TITLES.filter(([, , t]) => !t.startsWith('*')),
    ),
  };
  const rows: InitiativeTable[] = [];
  const authors: InitiativeAuthorTable[] = [];
  let wideCount = 0;
  for (let y = INITIATIVES_FIRST_YEAR; y <= INITIATIVES_LAST_YEAR; y++) {
    const target = INITIATIVES_PER_YEAR[y]!;
    const got = have.get(y) ?? { total: 0, wide: 0 };
    const wide = target.wide - got.wide;
    const other = target.total - target.wide - (got.total - got.wide);
    if (wide < 0 || other < 0 || wide > pools.wide.length || other > pools.other.length)
      throw new Error(
        `demo initiatives: cannot reach ${target.total}/${target.wide} in ${y} from ${got.total}/${got.wide}`,
      );
    // Two decisions a year: mid-year (with every one later proposed to the province) and December.
    const base = last.get(y) ?? rng.int(20, 40);
    const batches = [
      { on: day(y, 6, rng.int(10, 26)), decision: `${base + 1}/${SYMBOL}` },
      { on: day(y, 12, rng.int(8, 26)), decision: `${base + 2}/${SYMBOL}` },
    ];
    const picks = [
      ...pools.wide.splice(0, wide).map((t) => [t, true] as const),
      ...pools.other.splice(0, other).map((t) => [t, false] as const),
    ];
    for (const [[code, field, raw], isWide] of picks) {
      const title = raw.replace(/^\*/u, '');
      const orgId = staff.unitOf(code);
      const batch = isWide || rng.chance(0.4) ? batches[0]! : batches[1]!;
      const resultOn = addMonths(batch.on, rng.int(3, 5));
      const row = initiativeRow(
        rng,
        {
          title,
          field,
          orgId,
          status: 'recognised',
          recognisedOn: batch.on,
          decision: batch.decision,
          firstAppliedOn: addMonths(batch.on, -rng.int(4, 14)),
          appliedAt: isWide
            ? `${staff.unitName.get(orgId)} và các đơn vị trong ngành Công Thương tỉnh Thái Nguyên`
            : staff.unitName.get(orgId)!,
          ...(isWide
            ? { wide: { proposedOn: addMonths(batch.on, 1), resultOn, decision: ubndNumber(rng, resultOn) } }
            : {}),
          createdAt: now,
        },
        now,
      );
      rows.push(row);
      authors.push(...authorRows(rng, row.id, staff.authors(orgId, y, rng.pick([1, 1, 2, 2, 2, 3]))));
      if (isWide) wideCount++;
    }
  }
  await bulkInsert(trx, 'initiatives', rows);
  await bulkInsert(trx, 'transitions', creationSteps('initiative', rows));
  await bulkInsert(trx, 'initiative_authors', authors);

  const rounds = await insertDemoRounds(trx, rng, staff, now);
  return { topUp: rows.length, topUpWide: wideCount, ...rounds };
}
