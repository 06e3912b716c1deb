import { findAward } from '@thidua/domain';
import type { Transaction } from 'kysely';
import type { AwardRecordTable, Database, PersonTable } from '../db/schema.ts';
import type { HistoryBuilder } from './awardsHistory.ts';
import { FIRST_YEAR, GIAY_KHEN_2017_2021, GIAY_KHEN_PLAN, LAST_YEAR, type DecisionPlan } from './decisionsDemoData.ts';
import { SYMBOL, writeHigherAwards, writeRegister, type Draft, type Recipient } from './decisionsDemoWrite.ts';
import { DEMO_UNITS } from './demoUnits.ts';
import { Rng } from './names.ts';

export { DEMO_COUNCIL } from './decisionsDemoData.ts';

/**
 * The decision register of 2017–2021 as the department's archive holds it:
 * the Director's Giấy khen decisions (346 recipients in all, the figure the
 * department reports), numbered 1..k per year, each recipient also in the
 * award history; and the department's Huân chương Lao động hạng Ba and Cờ thi
 * đua của Chính phủ, recorded from the President and the Prime Minister.
 * The history's own decisions of the Sở in those years (annual titles, the
 * QLTT teams' Giấy khen) are entered as well and their records attached, so
 * the register holds every QĐ-SCT number of 2017–2021 exactly once. Rows are
 * shaped as the decisions service writes them (service.ts, draft.ts).
 */

const SEED = 20_261_128;
const CODE = 'commendation_certificate';

export interface DecisionCounts {
  decisions: number;
  giayKhen: number;
  attached: number;
  higher: number;
}

function shuffled<T>(rng: Rng, items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** What the history's own decisions of the Sở were about, for their register entry. */
function summaryOf(a: AwardRecordTable): string {
  const title = (t: string) => `Về việc công nhận danh hiệu “${t}” năm ${a.year}`;
  if (a.award_code === 'grassroots_emulation_fighter') return title('Chiến sĩ thi đua cơ sở');
  if (a.award_code === 'advanced_worker') return title('Lao động tiên tiến');
  if (a.award_code === 'advanced_collective') return title('Tập thể lao động tiên tiến');
  if (a.award_code === CODE && a.note)
    return `Về việc tặng Giấy khen cho các tập thể đã có ${a.note.charAt(0).toLowerCase()}${a.note.slice(1)} năm ${a.year}`;
  return `Về việc khen thưởng ${findAward(a.award_code)?.name ?? a.award_code} năm ${a.year}`;
}

export async function insertDemoDecisions(
  trx: Transaction<Database>,
  orgIds: Map<string, string>,
  people: PersonTable[],
  history: HistoryBuilder,
  now: string,
): Promise<DecisionCounts> {
  const rng = new Rng(SEED);
  const units = new Map(DEMO_UNITS.map((u) => [u.code, u]));
  const nameOf = new Map(DEMO_UNITS.map((u) => [orgIds.get(u.code)!, u.name]));
  const codeOf = new Map([...orgIds].map(([code, id]) => [id, code]));
  const rating = new Map(history.ratings.map((r) => [`${r.subject_id}|${r.year}`, r.rating]));
  const disciplined = new Set<string>();
  for (const p of history.periods.filter((x) => x.category === 'discipline'))
    for (let y = Number(p.from_date.slice(0, 4)); y <= Number((p.to_date ?? '2099').slice(0, 4)); y++)
      disciplined.add(`${p.subject_id}|${y}`);
  // One Giấy khen per subject and achievement year: two would be flagged as duplicates (historyIssues).
  const used = new Set(history.awards.filter((a) => a.award_code === CODE).map((a) => `${a.subject_id}|${a.year}`));
  const rated = (id: string, year: number, min: 'excellent' | 'good') => {
    const r = rating.get(`${id}|${year}`);
    return r === 'excellent' || (min === 'good' && r === 'good');
  };
  const collective = (code: string): Recipient => {
    const id = orgIds.get(code)!;
    const name = units.get(code)!.name;
    return { kind: 'collective', id, orgId: id, name, detail: '', sort: `0${name}` };
  };
  const individual = (p: PersonTable): Recipient => ({
    kind: 'individual',
    id: p.id,
    orgId: p.org_id,
    name: p.full_name,
    detail: [p.position, nameOf.get(p.org_id)].filter(Boolean).join(', '),
    sort: `1${p.sort_key}`,
  });
  const take = <T extends { id: string }>(pool: T[], n: number, year: number): T[] => {
    const out = shuffled(rng, pool)
      .filter((x) => !used.has(`${x.id}|${year}`))
      .slice(0, n);
    for (const x of out) used.add(`${x.id}|${year}`);
    return out;
  };
  const staffed = DEMO_UNITS.filter((u) => u.staff.length > 0 && u.code !== 'SCT').map((u) => u.code);
  const pickPeople = (d: Draft, spec: NonNullable<DecisionPlan['people']>, n: number) => {
    const from = new Set(spec.from ?? staffed);
    const pool = people.filter(
      (p) =>
        from.has(codeOf.get(p.org_id)!) &&
        (p.start_date ?? '2000-01-01') < `${d.year}-01-01` &&
        rated(p.id, d.year, spec.rating ?? 'good') &&
        !disciplined.has(`${p.id}|${d.year}`),
    );
    const chosen = take(pool, n, d.year);
    if (chosen.length < n) throw new Error(`demo decisions: only ${chosen.length} of ${n} people for "${d.summary}"`);
    d.recipients.push(...chosen.map(individual));
  };
  const business = (kind: 'enterprise' | 'cooperative') =>
    DEMO_UNITS.filter((u) => u.kind === kind).map((u) => ({ id: orgIds.get(u.code)!, code: u.code }));

  // The history's own decisions of the Sở signed 2017–2021 (annual titles, the QLTT teams' Giấy khen) enter
  // the register too, so no number is given twice; the teams' Giấy khen of one year make one decision.
  const drafts: (Draft & { fill?: DecisionPlan['people'] })[] = [];
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const old = new Map<string, AwardRecordTable[]>();
  for (const a of history.awards) {
    const y = Number(a.decision_date?.slice(0, 4));
    if (!a.decision_number.endsWith(`/${SYMBOL}`) || y < FIRST_YEAR || y > LAST_YEAR) continue;
    const k = a.award_code === CODE ? `${CODE}|${a.year}|${a.note}` : `${a.decision_number}|${a.decision_date}`;
    old.set(k, [...(old.get(k) ?? []), a]);
  }
  for (const records of old.values()) {
    const a = records[0]!;
    drafts.push({
      on: records.reduce((last, r) => (r.decision_date! > last ? r.decision_date! : last), a.decision_date!),
      year: a.year,
      awardCode: a.award_code,
      type: a.commendation_type,
      summary: summaryOf(a),
      basis: a.award_code === CODE ? ['Xét đề nghị của Chi cục trưởng Chi cục Quản lý thị trường;'] : [],
      recipients: records.map((r) => ({
        ...(r.subject_kind === 'individual'
          ? individual(peopleById.get(r.subject_id)!)
          : collective(codeOf.get(r.subject_id)!)),
        recordId: r.id,
      })),
    });
  }
  const giayKhen = () => drafts.filter((d) => d.awardCode === CODE).reduce((sum, d) => sum + d.recipients.length, 0);
  // The plan, in two passes: fixed counts first, then the yearly decisions' people make up the balance.
  for (const plan of GIAY_KHEN_PLAN) {
    const d: (typeof drafts)[number] = {
      on: plan.on,
      year: plan.year,
      awardCode: CODE,
      type: plan.type,
      summary: plan.summary,
      basis: plan.basis ?? [],
      recipients: [],
    };
    if (plan.units) {
      const from = new Set(plan.units.from ?? staffed);
      const pool = staffed.filter((c) => from.has(c)).map((c) => ({ id: orgIds.get(c)!, code: c }));
      const ok = pool.filter((u) => rated(u.id, d.year, plan.units!.rating ?? 'good'));
      d.recipients.push(...take(ok, plan.units.count, d.year).map((u) => collective(u.code)));
    }
    for (const [kind, n] of [
      ['enterprise', plan.enterprises],
      ['cooperative', plan.cooperatives],
    ] as const)
      if (n) d.recipients.push(...take(business(kind), n, d.year).map((u) => collective(u.code)));
    if (plan.people && plan.people.count !== 'fill') pickPeople(d, plan.people, plan.people.count);
    else if (plan.people) d.fill = plan.people;
    drafts.push(d);
  }
  const fills = drafts.filter((d) => d.fill);
  let balance = GIAY_KHEN_2017_2021 - giayKhen();
  if (balance < fills.length) throw new Error(`demo decisions: the plan already exceeds ${GIAY_KHEN_2017_2021}`);
  for (const [i, d] of fills.entries()) {
    const n = Math.ceil(balance / (fills.length - i));
    pickPeople(d, d.fill!, n);
    balance -= n;
  }
  if (giayKhen() !== GIAY_KHEN_2017_2021)
    throw new Error(`demo decisions: ${giayKhen()} Giấy khen, not ${GIAY_KHEN_2017_2021}`);

  const written = await writeRegister(trx, drafts, units.get('SCT')!.name, now);
  const higher = await writeHigherAwards(trx, collective('SCT'), now);
  return { decisions: written.decisions + higher, giayKhen: giayKhen(), attached: written.attached, higher };
}
