import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/demo.ts';
import { insertPerson, insertProposal } from '../../test/factories.ts';
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
  if (path === '/ratings') {
    // The ratings grid is one unit's year, not paged: the rows it shows are the count.
    const res = await c.get(`/api/v1/ratings?${query}`);
    expect(res.statusCode, `${tile.key}: /api/v1/ratings?${query}`).toBe(200);
    return res.json().items.length as number;
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
    expect(keys('canbo.tdkt')).toEqual(expect.arrayContaining(['proposals.submitted', 'proposals.postingEnds']));
    expect(keys('canbo.tdkt')).not.toContain('decisions.year');
    // The demo's launched movement still misses two units' registrations.
    expect(homes.get('canbo.tdkt')!.find((t) => t.key.startsWith('movements.unregistered.'))?.count).toBe(2);
    expect(keys('canbo.donvi')).toEqual(expect.arrayContaining(['proposals.returned', 'tasks.mine.overdue']));
    // His unit's ratings of 2026 (due from November): the demo has them all, so the tile reads zero.
    expect(homes.get('canbo.donvi')!.find((t) => t.key.startsWith('ratings.missing.'))).toMatchObject({ count: 0 });
    expect(homes.get('canbo.donvi')!.find((t) => t.key.startsWith('ratings.missing.'))!.link).toMatch(
      /^\/ratings\?orgId=[^&]+&year=2026&missing=true$/u,
    );
    // The reporter's two data sets are sent (October waits for approval, Q3 for acceptance): two zeros.
    expect(homes.get('baocao')!.map((t) => [t.key, t.count])).toEqual([
      ['statistics.due.BC_QUY_VDT', 0],
      ['statistics.due.BC_THANG_CT', 0],
    ]);
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

  it('computes the one-stop on-time rate as the report does, this year and the same span of last year', async () => {
    const leader = clients.get('lanhdao')!;
    const rate = homes.get('lanhdao')!.find((t) => t.key === 'onestop.onTimeRate')!;
    const report = async (from: string, to: string) => {
      const res = await leader.get(`/api/v1/one-stop/report?from=${from}&to=${to}&groupBy=field`);
      expect(res.statusCode).toBe(200);
      const r = res.json().total.onTimeRate as number | null;
      return r === null ? null : Math.round(r * 1000) / 10;
    };
    expect(rate.count).toBe(await report('2026-01-01', '2026-11-26'));
    expect(rate.trend!.previous).toBe(await report('2025-01-01', '2025-11-26'));
  });

  // The tests below change the demo's data: they come last.

  it('shows the office the postings ending within the week or ended, exactly the rows its link opens', async () => {
    const office = clients.get('canbo.tdkt')!;
    const unit = (
      await h.db.kysely.selectFrom('organisations').select('id').where('code', '=', 'QLCN').executeTakeFirstOrThrow()
    ).id;
    const posted = async (to: string) =>
      insertProposal(h.db.kysely, {
        orgId: unit,
        year: 2026,
        status: 'posting',
        items: [],
        posting: { from: '2026-11-10', to },
      });
    await posted('2026-11-25'); // ended yesterday: the office may send it to the council now
    await posted('2026-12-03'); // ends within the week
    await posted('2026-12-20'); // ends later: not yet
    const tile = ((await office.get('/api/v1/home')).json().tiles as Tile[]).find(
      (t) => t.key === 'proposals.postingEnds',
    )!;
    expect(tile).toMatchObject({ count: 2, link: '/proposals?status=posting&postingEndsBy=2026-12-03' });
    expect(await listTotal(office, tile)).toBe(2);
    expect((await office.get('/api/v1/proposals?status=posting')).json().total).toBe(3);
    // The export holds the same dossiers (one row per item; these have none, so the sheet's rows are the heading's).
    expect((await office.get(`/api/v1/proposals/export.xlsx?${tile.link.split('?')[1]}`)).statusCode).toBe(200);
    const bad = await office.get('/api/v1/proposals?postingEndsBy=2026-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain('postingEndsBy');
  });

  it('counts a unit officer’s ratings still to enter, and a person joining his unit is one more', async () => {
    const officer = clients.get('canbo.donvi')!;
    const tileOf = async () =>
      ((await officer.get('/api/v1/home')).json().tiles as Tile[]).find((t) => t.key.startsWith('ratings.missing.'))!;
    const before = await tileOf();
    const unit = before.key.split('.')[2]!;
    const person = await insertPerson(h.db.kysely, unit, { familyName: 'Đỗ', middleName: 'Thị', givenName: 'Mới' });
    const after = await tileOf();
    expect(after.count).toBe(before.count + 1);
    expect(await listTotal(officer, after)).toBe(after.count);
    const grid = (await officer.get(`/api/v1/ratings?${after.link.split('?')[1]}`)).json();
    expect(grid.items.map((i: { subjectId: string }) => i.subjectId)).toContain(person.id);
    // Rated, the person leaves the list and the tile.
    const saved = await officer.send('PUT', '/api/v1/ratings', {
      year: 2026,
      items: [{ subjectKind: 'individual', subjectId: person.id, rating: 'good', note: '', version: null }],
    });
    expect(saved.statusCode).toBe(200);
    expect((await tileOf()).count).toBe(before.count);
  });

  it('tells a reporter his statistics due once a submission is returned to him, and his list shows his units only', async () => {
    const planner = clients.get('thongke')!;
    const reporter = clients.get('baocao')!;
    const tile = homes.get('baocao')!.find((t) => t.key === 'statistics.due.BC_THANG_CT')!;
    const params = new URLSearchParams(tile.link.split('?')[1]);
    expect(Object.fromEntries(params)).toMatchObject({ period: '2026-10', status: 'open', mine: 'true' });
    const list = `/api/v1/stat-submissions?dataset=${params.get('dataset')}&period=2026-10`;
    const row = (await planner.get(list)).json().items[0];
    const back = await planner.send('POST', '/api/v1/stat-submissions/transitions', {
      dataset: params.get('dataset'),
      unit: row.unitId,
      period: '2026-10',
      action: 'return',
      version: row.version,
      reason: 'Thiếu số liệu xuất khẩu',
    });
    expect(back.statusCode).toBe(200);
    const now = ((await reporter.get('/api/v1/home')).json().tiles as Tile[]).find((t) => t.key === tile.key)!;
    expect(now.count).toBe(1);
    expect(now.title).toContain('đã quá hạn nộp');
    expect(await listTotal(reporter, now)).toBe(1);
    // `mine` narrows to the units he reports for: a user reporting for another unit sees none of them.
    const other = (
      await h.db.kysely.selectFrom('organisations').select('id').where('code', '=', 'KHTC').executeTakeFirstOrThrow()
    ).id;
    await makeUser(clients.get('admin')!, 'bc.khac', [{ role: 'stat_reporter', orgId: other }], 'Bao-cao@2026');
    const stranger = await signIn(h.app, 'bc.khac', 'Bao-cao@2026');
    expect((await stranger.get(`${list}&status=open&mine=true`)).json().total).toBe(0);
    expect((await stranger.get(`${list}&status=open`)).json().total).toBe(1);
    expect(
      ((await stranger.get('/api/v1/home')).json().tiles as Tile[]).filter((t) => t.key.startsWith('statistics.due.')),
    ).toEqual([]);
  });

  it('refuses without a session', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/home' })).statusCode).toBe(401);
  });
});
