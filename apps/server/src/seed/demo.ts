import type { PersonStatus, Role } from '@thidua/domain';
import { splitFullName } from '@thidua/domain';
import type { Db } from '../db/index.ts';
import { nowIso } from '../db/index.ts';
import type { OrganisationTable, PersonTable } from '../db/schema.ts';
import { appendAudit, SYSTEM_ACTOR } from '../platform/audit.ts';
import { newId } from '../platform/ids.ts';
import { toOrganisation } from '../modules/org/service.ts';
import { derivedNameColumns } from '../modules/people/service.ts';
import { indexNames } from '../modules/people/nameIndex.ts';
import { demoHistory, insertDemoHistory } from './awardsDemo.ts';
import { insertDemoMovements } from './movementsDemo.ts';
import { insertDemoDecisions } from './decisionsDemo.ts';
import { insertDemoHistory2017 } from './historyDemo.ts';
import { insertDemoInitiatives } from './initiativesDemo.ts';
import { completeRegister } from './registerComplete.ts';
import { ONESTOP_DEMO_ACCOUNTS } from './onestopDemoData.ts';
import { insertDemoOnestop } from './onestopDemo.ts';
import { insertDemoStatistics } from './statisticsDemo.ts';
import { insertDemoScorecards } from './scorecardsDemo.ts';
import { insertDemoWorkProgrammes } from './workProgrammesDemo.ts';
import { STAT_DEMO_ACCOUNTS } from './statisticsDemoData.ts';
import { insertDemoProposals } from './proposalsDemo.ts';
import { DEMO_COUNCIL } from './decisionsDemoData.ts';
import { DEMO_UNITS, type Level } from './demoUnits.ts';
import { insertDemoCouncil, NEW_COUNCIL_ACCOUNTS } from './decisionsDemoCouncil.ts';
import { Rng, citizenId, joinName, randomDate, randomName, type GeneratedName } from './names.ts';

/**
 * The demo department: Sở Công Thương tỉnh Thái Nguyên with its divisions,
 * the market-surveillance sub-department and its teams, the promotion centre,
 * ~300 staff and the enterprises / cooperatives it commends. Deterministic
 * (seeded PRNG) so screenshots, browser tests and bug reports agree.
 *
 * Idempotent: when the database already holds any organisation, nothing is
 * written and the result is all zeros, so a server may call it on every start.
 */

export const DEMO_PASSWORD = 'Thidua@2026';
const SEED = 20_261_126;

/** People whose names the demo relies on: account holders and a well-known search target. */
const FIXED = (
  [
    ['SCT', 'Giám đốc Sở', 'Lê Quang Tiến', 'male'],
    ['SCT', 'Phó Giám đốc Sở', 'Trần Thị Thanh Hà', 'female'],
    ['VP', 'Chuyên viên', 'Nguyễn Thị Thu Trang', 'female'],
    ['QLCN', 'Chuyên viên', 'Hoàng Minh Tuấn', 'male'],
    ['QLCN', 'Phó Trưởng phòng', 'Nguyễn Văn An', 'male'],
    ['KHTC', 'Chuyên viên', 'Vũ Thị Lan Anh', 'female'],
  ] as const
).map(([unit, position, full, gender]) => ({
  unit,
  position,
  name: { ...splitFullName(full), gender } as GeneratedName,
}));

/** Names a generated person must not take: the fixed ones, and one a browser test creates. */
const RESERVED = new Set([...FIXED.map((f) => joinName(f.name)), 'Đặng Thị Hồng Nhung']);

export const DEMO_ACCOUNTS: { username: string; role: Role; orgCode: string; displayName: string }[] = [
  { username: 'canbo.tdkt', role: 'emulation_officer', orgCode: 'SCT', displayName: 'Nguyễn Thị Thu Trang' },
  { username: 'canbo.donvi', role: 'unit_officer', orgCode: 'QLCN', displayName: 'Hoàng Minh Tuấn' },
  { username: 'hoidong', role: 'council_member', orgCode: 'SCT', displayName: 'Trần Thị Thanh Hà' },
  { username: 'lanhdao', role: 'leader', orgCode: 'SCT', displayName: 'Lê Quang Tiến' },
  { username: 'xem', role: 'viewer', orgCode: 'SCT', displayName: 'Vũ Thị Lan Anh' },
  ...ONESTOP_DEMO_ACCOUNTS,
  ...STAT_DEMO_ACCOUNTS,
];

const BIRTH_RANGE: Record<Level, [number, number]> = {
  leader: [1966, 1976],
  senior: [1966, 1988],
  staff: [1976, 2000],
};

function status(rng: Rng, level: Level, birthYear: number): PersonStatus {
  if (level === 'leader') return 'working';
  if (birthYear <= 1967 && rng.chance(0.3)) return 'retired';
  const x = rng.next();
  return x < 0.03 ? 'on_leave' : x < 0.05 ? 'transferred' : 'working';
}

/** Builds the staff rows of every unit; pure apart from ids and timestamps. */
export function demoPeople(orgIds: Map<string, string>, now: string): PersonTable[] {
  const rng = new Rng(SEED);
  const usedIds = new Set<string>();
  const rows: PersonTable[] = [];
  for (const unit of DEMO_UNITS) {
    for (const [position, count, employment, level] of unit.staff) {
      const fixed = FIXED.filter((f) => f.unit === unit.code && f.position === position);
      for (let i = 0; i < count; i++) {
        let name = fixed[i]?.name;
        while (!name) {
          const maleShare = level === 'leader' ? 0.8 : (unit.maleShare ?? 0.52);
          const candidate = randomName(rng, rng.chance(maleShare) ? 'male' : 'female');
          if (!RESERVED.has(joinName(candidate))) name = candidate;
        }
        const [from, to] = BIRTH_RANGE[level];
        const dob = randomDate(rng, from, to);
        const birthYear = Number(dob.slice(0, 4));
        const startYear = Math.min(2024, birthYear + rng.int(22, 27));
        let cid: string | null = null;
        if (rng.chance(0.5)) {
          do cid = citizenId(rng, name.gender, dob);
          while (usedIds.has(cid));
          usedIds.add(cid);
        }
        rows.push({
          id: newId(),
          family_name: name.familyName,
          middle_name: name.middleName,
          given_name: name.givenName,
          ...derivedNameColumns(name),
          gender: name.gender,
          date_of_birth: dob,
          position,
          org_id: orgIds.get(unit.code)!,
          employment_type: employment,
          start_date: randomDate(rng, startYear, startYear),
          status: status(rng, level, birthYear),
          citizen_id: cid,
          created_at: now,
          updated_at: now,
          version: 1,
        });
      }
    }
  }
  return rows;
}

export interface SeedResult {
  orgs: number;
  people: number;
  accounts: { username: string; password: string; role: string; orgCode: string }[];
}

const EMPTY: SeedResult = { orgs: 0, people: 0, accounts: [] };

export async function seedDemo(db: Db, opts: { hashPassword: (p: string) => Promise<string> }): Promise<SeedResult> {
  const hasOrgs = async (q: Pick<Db['kysely'], 'selectFrom'>) =>
    (await q.selectFrom('organisations').select('id').limit(1).executeTakeFirst()) !== undefined;
  if (await hasOrgs(db.kysely)) return EMPTY;
  // Hash outside the transaction: argon2 takes tens of ms each and SQLite holds its write lock meanwhile.
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => opts.hashPassword(DEMO_PASSWORD)));
  const councilHashes = await Promise.all(NEW_COUNCIL_ACCOUNTS.map(() => opts.hashPassword(DEMO_PASSWORD)));

  return db.kysely.transaction().execute(async (trx) => {
    if (await hasOrgs(trx)) return EMPTY; // another process seeded meanwhile
    const now = nowIso();
    const stamp = { created_at: now, updated_at: now, version: 1 };
    const orgIds = new Map<string, string>();
    for (const { code, name, kind, parent } of DEMO_UNITS) {
      const parentId = parent ? orgIds.get(parent)! : null;
      const row: OrganisationTable = { id: newId(), parent_id: parentId, code, name, kind, active: 1, ...stamp };
      orgIds.set(code, row.id);
      await trx.insertInto('organisations').values(row).execute();
      await appendAudit(trx, SYSTEM_ACTOR, 'organisation.created', 'organisation', row.id, null, toOrganisation(row));
    }

    const people = demoPeople(orgIds, now);
    const history = demoHistory(people, orgIds, now); // before the insert: it sets the recruit's start date
    for (let i = 0; i < people.length; i += 500) {
      await trx
        .insertInto('people')
        .values(people.slice(i, i + 500))
        .execute();
    }
    await indexNames(trx, people, { fresh: true });
    const historyCounts = await insertDemoHistory(trx, history);
    const movementCounts = await insertDemoMovements(trx, orgIds, people, now);
    const decisionCounts = await insertDemoDecisions(trx, orgIds, people, history, now);
    await insertDemoHistory2017(trx, orgIds, now); // the campaigns of 2017–2021, on the decisions above (historyDemo.ts)

    const accounts: SeedResult['accounts'] = [];
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      const taken = await trx.selectFrom('users').select('id').where('username', '=', a.username).executeTakeFirst();
      if (taken) continue; // never overwrite a real account that happens to share the name
      const userId = newId();
      const orgId = orgIds.get(a.orgCode)!;
      await trx
        .insertInto('users')
        .values({
          id: userId,
          username: a.username,
          display_name: a.displayName,
          password_hash: hashes[i]!,
          active: 1,
          must_change_password: 0,
          last_login_at: null,
          ...stamp,
        })
        .execute();
      await trx
        .insertInto('role_grants')
        .values({ id: newId(), user_id: userId, role: a.role, org_id: orgId, created_at: now })
        .execute();
      await appendAudit(trx, SYSTEM_ACTOR, 'user.created', 'user', userId, null, {
        id: userId,
        username: a.username,
        displayName: a.displayName,
        active: true,
        mustChangePassword: false,
        grants: [{ role: a.role, orgId }],
      });
      accounts.push({ username: a.username, password: DEMO_PASSWORD, role: a.role, orgCode: a.orgCode });
    }
    // The council seats the accounts above, so it comes after them.
    for (const a of await insertDemoCouncil(trx, orgIds, people, councilHashes, now))
      accounts.push({ ...a, password: DEMO_PASSWORD });
    // The initiative rounds seat the council's members as reviewers, so they come last.
    const initiativeCounts = await insertDemoInitiatives(trx, orgIds, people, now);
    // Every decision cited above enters the register, numbered without gaps (registerComplete.ts).
    const register = await completeRegister(trx, now);
    // Dossiers in every state, through the workflow's steps; the decided one takes the next number.
    const proposalCounts = await insertDemoProposals(trx, orgIds, people);
    await insertDemoOnestop(trx, orgIds); // the one-stop desk: catalog and two years of dossiers (onestopDemo.ts)
    await insertDemoStatistics(trx, orgIds); // sector figures 2015–2026 and the registries (statisticsDemo.ts)
    await insertDemoScorecards(trx, orgIds); // bloc scoring and the PAR index, on the one-stop figures (scorecardsDemo.ts)
    // The 2026 work programme, its quarter IV and December programmes (workProgrammesDemo.ts).
    const workProgrammeCounts = await insertDemoWorkProgrammes(trx, orgIds);
    await appendAudit(trx, SYSTEM_ACTOR, 'demo.seeded', 'organisation', orgIds.get('SCT')!, null, {
      people: people.length,
      history: historyCounts,
      movements: movementCounts,
      decisions: { ...decisionCounts, completed: register.added },
      initiatives: initiativeCounts,
      proposals: proposalCounts,
      workProgrammes: workProgrammeCounts,
      council: DEMO_COUNCIL,
      organisations: orgIds.size,
      accounts: DEMO_ACCOUNTS.map((a) => a.username),
    });
    return { orgs: orgIds.size, people: people.length, accounts };
  });
}
