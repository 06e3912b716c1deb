import type { z } from 'zod';
import type { CandidateList, CandidatesQuery } from '@thidua/contracts';
import {
  AwardsError,
  awardByCode,
  buildLadders,
  collationKey,
  evaluate,
  necessaryFacts,
  verdictKey,
  type BlocResult,
  type Ladder,
  type MemberRecord,
  type Verdict,
} from '@thidua/domain';
import { ANY_ROLE, assertReach, scopeOf, type RequestUser } from '../../platform/access.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { loadSubjectData, type LoadShared, type Subject, type SubjectData } from '../awards/history/service.ts';
import { publishedBlocResults } from './blocResults.ts';
import { subjectsWithFacts } from './prefilter.ts';
import { awardSettings } from '../settings/read.ts';
import { ACTIVE, LOOKBACK_YEARS, assertYear, inputOf, member, ruleSetView } from './input.ts';

/** People judged per batch in a candidate run. */
const BATCH_PEOPLE = 4000;

/**
 * Every person and collective of a subtree with the awards they qualify for in
 * a year. Data is read in a few set queries, then each ladder is judged in
 * memory, stopping at the first unmet criterion (the explanation is fetched
 * per subject on demand).
 */
export async function computeCandidates(
  deps: Deps,
  user: RequestUser | null,
  q: z.output<typeof CandidatesQuery>,
  opts: { prefilter?: boolean } = {},
): Promise<CandidateList> {
  const tree = await deps.tree.fresh();
  if (!tree.has(q.orgId))
    throw new AppError(404, 'not_found', 'Không tìm thấy đơn vị.', [{ path: 'orgId', message: 'Không tìm thấy' }]);
  if (user) assertReach(user, ANY_ROLE, q.orgId, tree);
  assertYear(q.year, clockOf(deps));
  // Review flags are read on the day the list is drawn (the consideration date).
  const asOf = todayVn(clockOf(deps));
  // The department's stored settings, read once for the run (no process cache: several servers share the table).
  const settings = await awardSettings(deps.db.kysely);
  let ladders: readonly Ladder[] = buildLadders(settings);
  if (q.awardCode) {
    try {
      awardByCode(q.awardCode);
    } catch (e) {
      if (e instanceof AwardsError) throw badRequest(e.code, e.message, [{ path: 'awardCode', message: e.message }]);
      throw e;
    }
    ladders = ladders.filter((l) => l.awardCode === q.awardCode);
  }
  const visible = user ? scopeOf(user, ANY_ROLE, tree) : 'all';
  const orgIds = tree.subtree(q.orgId).filter((id) => visible === 'all' || visible.has(id));
  const include = (v: Verdict) => v === 'eligible' || (q.include === 'all' && v === 'needs_review');
  const individual = ladders.filter((l) => l.subject === 'individual');
  const collective = ladders.filter((l) => l.subject === 'collective');
  type Awards = CandidateList['items'][number]['awards'];
  const found = new Map<string, Awards>();
  // Individuals with the same plain history get the same verdicts: each distinct one is judged once.
  const memo = new Map<string, Awards>();

  // Each ladder is judged only for subjects having its necessary facts (one indexed query each):
  // a list for one award then reads a few hundred histories, not the province's.
  const allowed = new Map<Ladder, Set<string> | null>();
  const facts = new Map<string, Promise<Set<string>>>();
  for (const l of ladders)
    allowed.set(
      l,
      opts.prefilter === false ? null : await subjectsWithFacts(deps.db, necessaryFacts(l, q.year), facts),
    );
  // One array per distinct selection of ladders (a few), named by its positions: the memo's key.
  const selections = new Map<string, Ladder[]>();
  const selectionKeys = new Map<readonly Ladder[], string>();
  const applicable = (list: readonly Ladder[], id: string) => {
    const chosen = list.filter((l) => {
      const ids = allowed.get(l);
      return !ids || ids.has(id);
    });
    const k = chosen.map((l) => ladders.indexOf(l)).join();
    const known = selections.get(k);
    if (known) return known;
    selections.set(k, chosen);
    selectionKeys.set(chosen, k);
    return chosen;
  };
  const needs = new Map<string, Ladder[]>();
  for (const id of orgIds) {
    const list = applicable(collective, id);
    if (list.length) needs.set(id, list);
  }
  const { people, total } = await peopleToJudge(
    deps,
    orgIds,
    orgIds.length === tree.size,
    individual.map((l) => allowed.get(l) ?? null),
    orgIds.filter((id) => needs.has(id)),
  );
  for (const p of people) {
    const list = applicable(individual, p.id);
    if (list.length) needs.set(p.id, list);
  }

  // Units are judged a few thousand people at a time: each batch's history is read, judged and
  // dropped, so a province's million rows never sit in memory together (and garbage stays young).
  const peopleOf = new Map<string, typeof people>();
  for (const p of people) {
    const list = peopleOf.get(p.org_id);
    if (list) list.push(p);
    else peopleOf.set(p.org_id, [p]);
  }
  // A unit judged as a collective needs all its members' histories; otherwise only its candidates'.
  const toLoad = (orgId: string) => {
    const staff = peopleOf.get(orgId) ?? [];
    return needs.has(orgId) ? staff : staff.filter((p) => needs.has(p.id));
  };
  const batches: string[][] = [];
  let batch: string[] = [];
  let size = 0;
  for (const id of orgIds) {
    batch.push(id);
    size += toLoad(id).length;
    if (size >= BATCH_PEOPLE || batch.length >= 400) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length) batches.push(batch);
  // Published bloc rankings of the year for the units judged as collectives (one query a few hundred units).
  const blocs = await publishedBlocResults(
    deps.db.kysely,
    orgIds.filter((id) => needs.has(id)),
    { from: q.year, to: q.year },
  );
  const shared: LoadShared = {};
  for (const units of batches) {
    // By ids, not by unit: "subject in these units' people" defeats the subject index.
    const ids = units.filter((id) => needs.has(id));
    for (const orgId of units) for (const p of toLoad(orgId)) ids.push(p.id);
    if (!ids.length) continue;
    const data = await loadSubjectData(deps.db, ids, { sinceYear: q.year - LOOKBACK_YEARS, details: false, shared });
    for (const orgId of units) {
      const unitLadders = needs.get(orgId);
      if (unitLadders) {
        const members = (peopleOf.get(orgId) ?? []).map((p) => member(p, data.get(p.id)));
        const awards = judge(
          unitLadders,
          { kind: 'collective', id: orgId, name: tree.name(orgId), recruitedOn: null },
          data.get(orgId),
          q.year,
          members,
          blocs.get(orgId),
        );
        if (awards.length) found.set(orgId, awards);
      }
      for (const p of toLoad(orgId)) {
        const own = needs.get(p.id);
        if (!own) continue;
        const awards = judge(
          own,
          { kind: 'individual', id: p.id, name: p.full_name, recruitedOn: p.start_date },
          data.get(p.id),
          q.year,
        );
        if (awards.length) found.set(p.id, awards);
      }
    }
  }

  // Collectives first, then people, each in Vietnamese order.
  const items: CandidateList['items'] = [];
  const collectives = orgIds
    .map((id) => ({ id, name: tree.name(id), key: collationKey(tree.name(id)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const o of collectives) {
    const awards = found.get(o.id);
    if (awards)
      items.push({ subjectKind: 'collective', subjectId: o.id, name: o.name, orgId: o.id, orgName: o.name, awards });
  }
  for (const p of people) {
    const awards = found.get(p.id);
    if (awards)
      items.push({
        subjectKind: 'individual',
        subjectId: p.id,
        name: p.full_name,
        orgId: p.org_id,
        orgName: tree.name(p.org_id),
        awards,
      });
  }

  function judge(
    list: readonly Ladder[],
    subject: Pick<Subject, 'kind' | 'id' | 'name' | 'recruitedOn'>,
    d: SubjectData | undefined,
    year: number,
    members?: MemberRecord[],
    blocResults?: readonly BlocResult[],
  ) {
    const input = inputOf(subject, d, '', year, members, asOf, blocResults);
    // Keyed on every individual ladder's tenure (one stable list), and on the ladders this subject is judged for.
    const plainKey = opts.prefilter === false || members ? undefined : verdictKey(input, individual);
    const key = plainKey === undefined ? undefined : `${selectionKeys.get(list)}#${plainKey}`;
    const known = key === undefined ? undefined : memo.get(key);
    if (known) return known; // shared by the items (nothing changes them once judged)
    const out: CandidateList['items'][number]['awards'] = [];
    for (const l of list) {
      const prev = out.find((a) => a.code === l.awardCode);
      if (prev?.verdict === 'eligible') continue; // another route of the same award already qualifies
      const r = evaluate({ ...input, awardCode: l.awardCode, settings }, { brief: true });
      if (!include(r.verdict)) continue;
      if (prev) prev.verdict = r.verdict;
      else out.push({ code: l.awardCode, name: awardByCode(l.awardCode).name, verdict: r.verdict });
    }
    if (key !== undefined) memo.set(key, out);
    return out;
  }

  const judged = [...new Map(ladders.map((l) => [`${l.awardCode}|${l.subject}`, l])).values()];
  return {
    year: q.year,
    ruleSet: ruleSetView(q.year, settings),
    awardsJudged: judged.map((l) => ({
      code: l.awardCode,
      name: awardByCode(l.awardCode).name,
      subject: l.subject as 'individual' | 'collective',
    })),
    subjectsJudged: total + orgIds.length,
    items,
  };
}

type Staff = { id: string; full_name: string; org_id: string; start_date: string | null; sort_key: string };
const byName = (a: Staff, b: Staff) =>
  a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : a.id < b.id ? -1 : 1;

/**
 * People of the subtree in Vietnamese name order, limited to those some ladder may accept (when
 * every individual ladder has necessary facts) plus the members of units judged as collectives.
 */
async function peopleToJudge(
  deps: Deps,
  orgIds: readonly string[],
  whole: boolean,
  individualSets: readonly (Set<string> | null)[],
  collectiveUnits: readonly string[],
): Promise<{ people: Staff[]; total: number }> {
  const base = () =>
    deps.db.kysely
      .selectFrom('people')
      .select(['id', 'full_name', 'org_id', 'start_date', 'sort_key'])
      .where('status', 'in', ACTIVE);
  const out = new Map<string, Staff>();
  const add = (rows: Staff[]) => rows.forEach((r) => out.set(r.id, r));
  let total: number | undefined;
  if (individualSets.some((s) => s === null)) {
    if (whole) add(await base().execute());
    else
      for (let i = 0; i < orgIds.length; i += 500)
        add(
          await base()
            .where('org_id', 'in', orgIds.slice(i, i + 500))
            .execute(),
        );
  } else {
    const inTree = new Set(orgIds);
    const ids = [...new Set(individualSets.flatMap((s) => [...s!]))];
    for (let i = 0; i < ids.length; i += 2000)
      add(
        (
          await base()
            .where('id', 'in', ids.slice(i, i + 2000))
            .execute()
        ).filter((p) => inTree.has(p.org_id)),
      );
    for (let i = 0; i < collectiveUnits.length; i += 500)
      add(
        await base()
          .where('org_id', 'in', collectiveUnits.slice(i, i + 500))
          .execute(),
      );
    // Everyone of the subtree was judged, if only by the facts they lack.
    total = 0;
    for (let i = 0; i < orgIds.length; i += 500) {
      const row = await deps.db.kysely
        .selectFrom('people')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', 'in', ACTIVE)
        .where('org_id', 'in', orgIds.slice(i, i + 500))
        .executeTakeFirstOrThrow();
      total += Number(row.n);
    }
  }
  // The sort key compares as bytes, like the database's "C" order.
  const people = [...out.values()].sort(byName);
  return { people, total: total ?? people.length };
}
