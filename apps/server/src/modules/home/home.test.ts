import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/demo.ts';
import {
  ADMIN_PASSWORD,
  DIALECTS,
  makeHarness,
  makeUser,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

interface Tile {
  key: string;
  group: 'waiting' | 'figures';
  title: string;
  count: number;
  unit: 'count' | 'percent' | 'amount';
  measure: string | null;
  link: string;
  trend: { previous: number | null; label: string } | null;
}

/** The list API each web list page reads (the page's path → the API's); the query string is passed as it is. */
const API: Record<string, string> = {
  '/proposals': '/api/v1/proposals',
  '/tasks': '/api/v1/tasks',
  '/one-stop': '/api/v1/dossiers',
  '/decisions': '/api/v1/decisions',
  '/initiatives': '/api/v1/initiatives',
  '/movements': '/api/v1/movements',
  '/scorecards': '/api/v1/scorecards',
  '/work-programmes': '/api/v1/work-programmes',
  '/statistics/submissions': '/api/v1/stat-submissions',
};

/** What the list a tile's link opens holds, read through the list's own API as the page would. */
async function listTotal(c: Client, tile: Tile): Promise<number> {
  const [path, query = ''] = tile.link.split('?');
  const api = API[path!];
  if (api) {
    const res = await c.get(`${api}?${query}`);
    expect(res.statusCode, `${tile.key}: ${api}?${query}`).toBe(200);
    return res.json().total as number;
  }
  if (path === '/initiative-reviews') {
    const q = (await c.get('/api/v1/initiative-reviews')).json();
    const open = new Set(q.rounds.filter((r: { canScore: boolean }) => r.canScore).map((r: { id: string }) => r.id));
    return q.items.filter((i: { sheet: unknown; roundId: string }) => !i.sheet && open.has(i.roundId)).length;
  }
  const movement = path!.match(/^\/movements\/([^/]+)(?:\/registrations\/([^/]+))?$/u);
  if (movement) {
    const overview = (await c.get(`/api/v1/movements/${movement[1]}/registrations`)).json();
    const missing = overview.items.filter((i: { registered: boolean }) => !i.registered);
    // The unit's own form: that unit is one not registered yet.
    if (movement[2]) {
      expect(missing.map((i: { orgId: string }) => i.orgId)).toContain(movement[2]);
      return 1;
    }
    return missing.length;
  }
  if (path === '/council' || path!.startsWith('/council/sessions/')) {
    const me = (await c.get('/api/v1/auth/me')).json();
    const sessions = (await c.get('/api/v1/council/sessions')).json().items as { id: string; status: string }[];
    let seated = 0;
    for (const s of sessions.filter((x) => x.status === 'open')) {
      const view = (await c.get(`/api/v1/council/sessions/${s.id}`)).json();
      if (view.members.some((m: { name: string }) => m.name === me.displayName)) seated += 1;
    }
    if (path !== '/council') expect(seated).toBe(1);
    return seated;
  }
  throw new Error(`${tile.key}: no list known for ${tile.link}`);
}

const ACCOUNTS = [
  { username: 'admin', password: ADMIN_PASSWORD },
  ...DEMO_ACCOUNTS.map((a) => ({ username: a.username, password: DEMO_PASSWORD })),
];

/** Each role's home on the demo department (docs/reports.md "Homes"): every tile's count is its list's total. */
describe.each(DIALECTS)('each role’s home (%s)', (dialect) => {
  let h: Harness;
  const homes = new Map<string, Tile[]>();
  const clients = new Map<string, Client>();

  beforeAll(async () => {
    h = await makeHarness(dialect, { seedDemo: true, clock: new ManualClock('2026-11-26T10:30:00+07:00') });
    for (const a of ACCOUNTS) {
      const c = await signIn(h.app, a.username, a.password);
      clients.set(a.username, c);
      const res = await c.get('/api/v1/home');
      expect(res.statusCode, a.username).toBe(200);
      homes.set(a.username, res.json().tiles);
    }
  }, 300_000);
  afterAll(() => h?.close());

  it('gives every count-tile the total of the list its link opens, for every demo account', async () => {
    for (const [username, tiles] of homes) {
      const c = clients.get(username)!;
      for (const tile of tiles.filter((t) => t.unit === 'count'))
        expect(await listTotal(c, tile), `${username} ${tile.key}`).toBe(tile.count);
    }
  });

  it('gives each role its own tiles: the leader signatures and figures, the office queues, a unit its deadlines', () => {
    const keys = (u: string) => homes.get(u)!.map((t) => t.key);
    expect(keys('lanhdao')).toEqual(
      expect.arrayContaining(['proposals.signing', 'tasks.extensions', 'decisions.year', 'initiatives.recognised']),
    );
    expect(homes.get('lanhdao')!.find((t) => t.key === 'decisions.year')!.trend!.label).toBe('2025');
    expect(keys('canbo.tdkt')).toEqual(expect.arrayContaining(['proposals.submitted', 'proposals.posting']));
    expect(keys('canbo.tdkt')).not.toContain('decisions.year');
    // The demo's launched movement still misses two units' registrations.
    expect(homes.get('canbo.tdkt')!.find((t) => t.key.startsWith('movements.unregistered.'))?.count).toBe(2);
    expect(keys('canbo.donvi')).toEqual(expect.arrayContaining(['proposals.returned', 'tasks.mine.overdue']));
    expect(keys('thuly')).toEqual(['dossiers.mine', 'dossiers.dueSoon', 'dossiers.overdue']);
    expect(keys('motcua')).toEqual(['dossiers.receipt', 'dossiers.result', 'dossiers.dueSoon', 'dossiers.overdue']);
    expect(keys('hoidong')).toContain('council.sessions');
    expect(keys('thongke').every((k) => k.startsWith('statistics.approve.'))).toBe(true);
    expect(keys('thongke').length).toBeGreaterThan(0);
    expect(keys('lanhdao').some((k) => k.startsWith('statistics.accept.'))).toBe(true);
    expect(keys('xem')).toEqual([]);
  });

  it('sets each headline figure against the same span of the year before (1 January to 26 November 2025)', async () => {
    const leader = clients.get('lanhdao')!;
    const tile = homes.get('lanhdao')!.find((t) => t.key === 'decisions.year')!;
    const lastYear = (await leader.get('/api/v1/decisions?year=2025&level=here&pageSize=500')).json();
    const upTo = lastYear.items.filter((d: { signedOn: string }) => d.signedOn <= '2025-11-26').length;
    expect(tile.trend).toEqual({ previous: upTo, label: '2025' });
    const rate = homes.get('lanhdao')!.find((t) => t.key === 'onestop.onTimeRate')!;
    expect(rate.unit).toBe('percent');
    expect(rate.count).toBeGreaterThanOrEqual(0);
    expect(rate.count).toBeLessThanOrEqual(100);
    // The sector's headline: industrial production value so far this year, as the sector dashboard shows it.
    const sector = homes.get('lanhdao')!.find((t) => t.key === 'statistics.headline')!;
    const board = (await leader.get('/api/v1/analytics/dashboard')).json();
    const first = board.items.find((i: { ytd: number | null }) => i.ytd !== null);
    expect(sector).toMatchObject({ unit: 'amount', count: first.ytd, measure: first.indicator.unit });
    expect(sector.trend?.previous).toBe(first.ytdPrevYear);
  });

  it('puts what waits first and the headline figures after, and links only to the web app', () => {
    for (const tiles of homes.values()) {
      const groups = tiles.map((t) => t.group);
      expect(groups).toEqual([...groups].sort((a, b) => (a === b ? 0 : a === 'waiting' ? -1 : 1)));
      for (const t of tiles) expect(t.link).toMatch(/^\/[a-z-]/u);
    }
  });

  it('tells the officer of a unit not registered for a launched movement, and opens his unit’s form', async () => {
    const office = homes.get('canbo.tdkt')!.find((t) => t.key.startsWith('movements.unregistered.'))!;
    const movementId = office.link.split('/')[2]!;
    const overview = (await clients.get('canbo.tdkt')!.get(`/api/v1/movements/${movementId}/registrations`)).json();
    const unit = overview.items.find((i: { registered: boolean }) => !i.registered).orgId as string;
    await makeUser(clients.get('admin')!, 'dv.chuadangky', [{ role: 'unit_officer', orgId: unit }], 'Don-vi@2026');
    const officer = await signIn(h.app, 'dv.chuadangky', 'Don-vi@2026');
    const tiles = (await officer.get('/api/v1/home')).json().tiles as Tile[];
    const tile = tiles.find((t) => t.key === `movements.toRegister.${movementId}`)!;
    expect(tile).toMatchObject({ count: 1, link: `/movements/${movementId}/registrations/${unit}` });
    for (const t of tiles.filter((x) => x.unit === 'count')) expect(await listTotal(officer, t), t.key).toBe(t.count);
  });

  it('refuses without a session', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/home' })).statusCode).toBe(401);
  });
});
