import { ManualClock } from '../../platform/clock.ts';
import {
  ADMIN_PASSWORD,
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type DialectName,
  type Harness,
} from '../../test/harness.ts';
import { makeProcedure, type MadeProcedure } from '../../test/factories/onestop.ts';

/** The desk's cast for the dossier tests: a clerk, two officers of one division, a leader, a viewer. */
export interface Desk {
  h: Harness;
  clock: ManualClock;
  admin: Client;
  clerk: Client;
  officer: Client;
  officer2: Client;
  leader: Client;
  viewer: Client;
  ids: { officer: string; officer2: string; leader: string; division: string; root: string };
  procedure: MadeProcedure;
}

const PW = 'Mot-cua@2026';

/** Monday 2 March 2026, 09:00 in Vietnam: a working day with no holiday in the next month. */
export const START = '2026-03-02T09:00:00+07:00';

export async function makeDesk(dialect: DialectName): Promise<Desk> {
  const clock = new ManualClock(START);
  const h = await makeHarness(dialect, { clock });
  const admin = await asAdmin(h);
  const root = await rootOrgId(h);
  const division = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý thương mại')).id;
  await makeUser(admin, 'motcua', [{ role: 'onestop_clerk', orgId: root }], PW);
  const officer = (await makeUser(admin, 'thuly', [{ role: 'onestop_officer', orgId: division }], PW)).id;
  const officer2 = (await makeUser(admin, 'thuly2', [{ role: 'onestop_officer', orgId: division }], PW)).id;
  const leader = (await makeUser(admin, 'lanhdao', [{ role: 'leader', orgId: root }], PW)).id;
  await makeUser(admin, 'xem', [{ role: 'viewer', orgId: root }], PW);
  return {
    h,
    clock,
    admin,
    clerk: await signIn(h.app, 'motcua', PW),
    officer: await signIn(h.app, 'thuly', PW),
    officer2: await signIn(h.app, 'thuly2', PW),
    leader: await signIn(h.app, 'lanhdao', PW),
    viewer: await signIn(h.app, 'xem', PW),
    ids: { officer, officer2, leader, division, root },
    procedure: await makeProcedure(h.db.kysely),
  };
}

/** A counter receipt of the desk's procedure with every document handed in. */
export const receipt = (procedureId: string, over: Record<string, unknown> = {}) => ({
  procedureId,
  channel: 'counter',
  applicant: { kind: 'citizen', name: 'Trần Thị Bình', idNo: '001085012345', phone: '0912 345 678' },
  provided: [1, 2, 3],
  accept: true,
  ...over,
});

/** Takes a step as `c` and expects it to pass; returns the dossier after it. */
export async function step(c: Client, id: string, body: Record<string, unknown>) {
  const res = await c.send('POST', `/api/v1/dossiers/${id}/transitions`, body);
  if (res.statusCode !== 200) throw new Error(`${String(body.action)} ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Moves the desk's clock on and signs everyone in again (a session idles out over days). */
export async function advance(k: Desk, ms: number): Promise<void> {
  k.clock.advance(ms);
  k.admin = await signIn(k.h.app, 'admin', ADMIN_PASSWORD);
  k.clerk = await signIn(k.h.app, 'motcua', PW);
  k.officer = await signIn(k.h.app, 'thuly', PW);
  k.officer2 = await signIn(k.h.app, 'thuly2', PW);
  k.leader = await signIn(k.h.app, 'lanhdao', PW);
  k.viewer = await signIn(k.h.app, 'xem', PW);
}
