import type { Transaction } from 'kysely';
import { initiativeSearchKey } from '../db/searchKeys.ts';
import type { Database, InitiativeAuthorTable, InitiativeTable, PersonTable } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import { DEMO_UNITS } from './demoUnits.ts';
import {
  DEFAULT_PROBLEM,
  NOVELTIES,
  PROBLEMS,
  RESEARCH_SOLUTION,
  SOCIAL_BENEFITS,
  SOLUTION_TAILS,
} from './initiativesDemoData.ts';
import { Rng } from './names.ts';

/** The rows and helpers the initiative register seeds from (initiativesDemo.ts and initiativesDemoRounds.ts share them). */

export const SYMBOL = 'QĐ-SCT';
export const DIRECTOR_TITLE = 'Giám đốc Sở';
const WIDE_NOTE = 'Hội đồng sáng kiến tỉnh công nhận có phạm vi ảnh hưởng, hiệu quả áp dụng cấp tỉnh';

export interface InitiativesDemoCounts {
  /** Initiatives added to 2017–2021, and those of them recognised province-wide. */
  topUp: number;
  topUpWide: number;
  rounds: number;
  roundInitiatives: number;
  reviewers: number;
  sheets: number;
}

export const pad = (n: number): string => String(n).padStart(2, '0');
export const day = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
export const at = (date: string, hour = 2): string => `${date}T${pad(hour)}:00:00.000Z`;
/** A date `months` later (or earlier); days stay at most 28 so the month never overflows. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const idx = y * 12 + (m - 1) + months;
  return day(Math.floor(idx / 12), (idx % 12) + 1, Math.min(d, 28));
}
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
export const kindOf = (title: string): string =>
  /^(Nghiên cứu|Đề tài)/u.test(title)
    ? 'research_topic'
    : title.startsWith('Cải tiến')
      ? 'technical_improvement'
      : 'initiative';

export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The application form's texts for a title: situation, solution, novelty, social benefit. */
export function dossier(rng: Rng, title: string, field: string) {
  return {
    problem: PROBLEMS[field] ?? DEFAULT_PROBLEM,
    solution:
      kindOf(title) === 'research_topic'
        ? RESEARCH_SOLUTION
        : `${lower(title).replace(/^(giải pháp|quy trình|mô hình|cải tiến) /u, '')}: ${rng.pick(SOLUTION_TAILS)}`.replace(
            /^./u,
            (c) => c.toUpperCase(),
          ),
    novelty: rng.pick(NOVELTIES),
    social_benefit: rng.pick(SOCIAL_BENEFITS),
  };
}

export interface InitiativeDraft {
  title: string;
  field: string;
  orgId: string;
  status: 'in_review' | 'recognised' | 'not_recognised';
  recognisedOn: string | null;
  decision: string;
  firstAppliedOn: string;
  appliedAt: string;
  wide?: { proposedOn: string; resultOn: string; decision: string };
  createdAt: string;
}

/** A whole initiatives row: every column named, so that the bulk insert has one shape. */
export function initiativeRow(rng: Rng, d: InitiativeDraft, now: string): InitiativeTable {
  const kind = kindOf(d.title);
  const recognised = d.status === 'recognised';
  return {
    id: newId(),
    title: d.title,
    search_key: initiativeSearchKey(d),
    kind,
    field: d.field,
    org_id: d.orgId,
    level: !recognised ? null : d.wide ? 'provincial' : 'grassroots',
    recognised_on: recognised ? d.recognisedOn : null,
    decision_number: recognised ? d.decision : '',
    decision_signer: recognised ? DIRECTOR_TITLE : '',
    summary: '',
    ...dossier(rng, d.title, d.field),
    first_applied_on: d.firstAppliedOn,
    applied_at: d.appliedAt,
    benefit_amount: kind !== 'research_topic' && rng.chance(0.45) ? rng.int(2, 60) * 5_000_000 : null,
    status: d.status,
    escalation: d.wide ? 'recognised' : null,
    escalated_on: d.wide?.proposedOn ?? null,
    escalation_result_on: d.wide?.resultOn ?? null,
    escalation_decision: d.wide?.decision ?? '',
    escalation_note: d.wide ? WIDE_NOTE : '',
    created_at: d.createdAt,
    updated_at: now,
    version: 1,
  };
}

/** 1–3 authors with whole shares summing to 100, the first the main author. */
export function sharesOf(rng: Rng, n: number): number[] {
  if (n <= 1) return [100];
  if (n === 2)
    return rng.pick([
      [50, 50],
      [60, 40],
      [70, 30],
      [80, 20],
    ]);
  return rng.pick([
    [50, 30, 20],
    [40, 30, 30],
    [60, 20, 20],
    [34, 33, 33],
  ]);
}

/** A UBND decision number plausible for its month (numbers grow through the year). */
export const ubndNumber = (rng: Rng, on: string): string =>
  `${Math.round(350 + (1550 * (Number(on.slice(5, 7)) - 1)) / 12) + rng.int(0, 90)}/QĐ-UBND`;

export interface Staffing {
  unitName: Map<string, string>;
  /** Unit ids by code, with `QLTT*` drawn among the Chi cục and its teams. */
  unitOf: (code: string) => string;
  /** n authors of the unit employed before the year, outside the cast and the given set. */
  authors: (orgId: string, year: number, n: number, skip?: ReadonlySet<string>) => PersonTable[];
}

export function staffing(
  rng: Rng,
  orgIds: Map<string, string>,
  people: readonly PersonTable[],
  busy: Set<string>,
): Staffing {
  const qltt = DEMO_UNITS.filter((u) => u.code === 'QLTT' || u.parent === 'QLTT').map((u) => u.code);
  return {
    unitName: new Map(DEMO_UNITS.map((u) => [orgIds.get(u.code)!, u.name])),
    unitOf: (code) => orgIds.get(code === 'QLTT*' ? rng.pick(qltt) : code)!,
    authors: (orgId, year, n, skip) => {
      const pool = people.filter(
        (p) =>
          p.org_id === orgId &&
          !busy.has(p.id) &&
          !skip?.has(p.id) &&
          (p.start_date ?? '2000-01-01') < `${year}-01-01` &&
          (year < 2025 || p.status === 'working'),
      );
      const picked = shuffled(rng, pool).slice(0, n);
      if (!picked.length) throw new Error(`demo initiatives: no author in ${orgId} for ${year}`);
      return picked;
    },
  };
}

export function authorRows(rng: Rng, initiativeId: string, authors: PersonTable[]): InitiativeAuthorTable[] {
  const shares = sharesOf(rng, authors.length);
  return authors.map((p, i) => ({ initiative_id: initiativeId, person_id: p.id, share: shares[i]! }));
}

/** The application form of the history's initiatives, which awardsDemo.ts records without one. */
export async function fillDossiers(trx: Transaction<Database>, rng: Rng, unitName: Map<string, string>): Promise<void> {
  const rows = await trx
    .selectFrom('initiatives')
    .select(['id', 'title', 'field', 'org_id', 'level', 'recognised_on', 'decision_number'])
    .orderBy('id')
    .execute();
  for (const r of rows) {
    if (!r.level || !r.recognised_on) continue;
    const provincial = r.level === 'provincial';
    await trx
      .updateTable('initiatives')
      .set({
        ...dossier(rng, r.title, r.field),
        status: 'recognised',
        first_applied_on: addMonths(r.recognised_on, -rng.int(4, 12)),
        applied_at: unitName.get(r.org_id) ?? '',
        ...(provincial
          ? {
              escalation: 'recognised',
              escalated_on: addMonths(r.recognised_on, -rng.int(2, 3)),
              escalation_result_on: r.recognised_on,
              escalation_decision: r.decision_number,
              escalation_note: WIDE_NOTE,
            }
          : {}),
      })
      .where('id', '=', r.id)
      .execute();
  }
}

/** The year an initiative counts in: recognised ones in the year of recognition, others when registered. */
export async function countByYear(trx: Transaction<Database>): Promise<Map<number, { total: number; wide: number }>> {
  const rows = await trx.selectFrom('initiatives').select(['level', 'recognised_on', 'created_at']).execute();
  const out = new Map<number, { total: number; wide: number }>();
  for (const r of rows) {
    const y = Number((r.recognised_on ?? r.created_at).slice(0, 4));
    const c = out.get(y) ?? { total: 0, wide: 0 };
    c.total++;
    if (r.level === 'provincial' || r.level === 'national') c.wide++;
    out.set(y, c);
  }
  return out;
}

/** The Sở's last decision number of each year, which its initiative decisions continue after. */
export async function lastNumbers(trx: Transaction<Database>): Promise<Map<number, number>> {
  const rows = await trx
    .selectFrom('decision_counters')
    .select(['year', 'last'])
    .where('symbol', '=', SYMBOL)
    .execute();
  return new Map(rows.map((r) => [Number(r.year), Number(r.last)]));
}
