import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_OFFICE_HOURS,
  DOSSIER_CODE_PATTERN,
  DOSSIER_STATUSES,
  SEED_CALENDAR_DAYS,
  SEED_CALENDAR_YEARS,
  WorkCalendar,
  dueAt,
  vnDateOf,
  type TimeUnit,
} from '@thidua/domain';
import { openDb, type Db } from '../db/index.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { DIALECTS, freshPostgres } from '../test/harness.ts';
import { seedDemo } from './demo.ts';
import { ONESTOP_DEMO_NOW } from './onestopDemo.ts';

const fakeHash = (p: string) => Promise.resolve(`plain:${p}`);
const cal = new WorkCalendar(SEED_CALENDAR_YEARS, SEED_CALENDAR_DAYS);

// The demo's one-stop desk tells one story: what a clerk, an officer or the report reads from it must agree.
describe.each(DIALECTS)('the one-stop demo on %s', (dialect) => {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;
  type Rows = Awaited<ReturnType<typeof load>>;
  let r: Rows;

  const load = async () => {
    const k = db.kysely;
    return {
      procedures: await k.selectFrom('procedures').selectAll().execute(),
      versions: await k.selectFrom('procedure_versions').selectAll().execute(),
      dossiers: await k.selectFrom('dossiers').selectAll().execute(),
      transitions: await k
        .selectFrom('transitions')
        .selectAll()
        .where('entity_type', 'in', ['dossier', 'procedure'])
        .orderBy('entity_id')
        .orderBy('seq')
        .execute(),
      steps: await k.selectFrom('dossier_steps').selectAll().execute(),
      pauses: await k.selectFrom('dossier_pauses').selectAll().execute(),
      legs: await k.selectFrom('dossier_legs').selectAll().execute(),
      ratings: await k.selectFrom('dossier_ratings').selectAll().execute(),
      counters: await k.selectFrom('dossier_code_counters').selectAll().execute(),
      users: await k.selectFrom('users').select(['id', 'username', 'display_name']).execute(),
    };
  };

  beforeAll(async () => {
    if (dialect === 'postgres') {
      const fresh = await freshPostgres();
      drop = fresh.drop;
      db = openDb({ databaseUrl: fresh.url });
    } else db = openDb({});
    await migrateToLatest(db);
    await seedDemo(db, { hashPassword: fakeHash });
    r = await load();
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  const byEntity = () => {
    const m = new Map<string, Rows['transitions']>();
    for (const t of r.transitions) m.set(t.entity_id, [...(m.get(t.entity_id) ?? []), t]);
    return m;
  };

  it('has a catalog of about sixty procedures, each with its published (or abolished) current version', () => {
    expect(r.procedures.length).toBeGreaterThanOrEqual(55);
    expect(new Set(r.procedures.map((p) => p.code)).size).toBe(r.procedures.length);
    expect(r.procedures.every((p) => /^\d\.\d{6}$/u.test(p.code))).toBe(true);
    const versions = new Map(r.versions.map((v) => [v.id, v]));
    const history = byEntity();
    for (const p of r.procedures) {
      const current = versions.get(p.current_version_id!)!;
      expect(current.procedure_id).toBe(p.id);
      expect(current.status).toBe(p.status === 'abolished' ? 'abolished' : 'published');
      const mine = r.versions.filter((v) => v.procedure_id === p.id).sort((a, b) => a.seq - b.seq);
      expect(mine.at(-1)!.id).toBe(current.id);
      for (const [i, v] of mine.entries()) {
        if (i < mine.length - 1) expect(v.status).toBe('superseded');
        if (i > 0) {
          // An amendment shortens the time and cuts the compliance cost; the old version ends the day before.
          expect(Number(v.time_amount)).toBeLessThan(Number(mine[i - 1]!.time_amount));
          expect(Number(v.compliance_cost)).toBeLessThan(Number(mine[i - 1]!.compliance_cost));
          expect(mine[i - 1]!.effective_to! < v.effective_from!).toBe(true);
        }
        const steps = JSON.parse(v.steps) as { amount: number }[];
        expect(steps.reduce((s, x) => s + x.amount, 0)).toBeLessThanOrEqual(Number(v.time_amount));
        expect(v.decision_signer).toBe('Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên');
      }
      const steps = history.get(p.id)!;
      expect(steps.map((t) => t.action)).toEqual([
        null,
        'publish',
        ...mine.slice(1).map(() => 'amend'),
        ...(p.status === 'abolished' ? ['abolish'] : []),
      ]);
      expect(Number(p.version)).toBe(steps.length);
    }
    expect(r.procedures.filter((p) => p.status === 'abolished').length).toBeGreaterThanOrEqual(3);
    expect(r.procedures.filter((p) => p.inter_agency === 1)).toHaveLength(1);
  });

  it('has dossiers in every status, a realistic mix of channels and outcomes', () => {
    const statuses = new Set(r.dossiers.map((d) => d.status));
    for (const s of DOSSIER_STATUSES) expect(statuses.has(s), s).toBe(true);
    expect(r.dossiers.length).toBeGreaterThan(2000);
    const online = r.dossiers.filter((d) => d.channel === 'online').length / r.dossiers.length;
    expect(online).toBeGreaterThan(0.3);
    expect(online).toBeLessThan(0.45);
    expect(r.dossiers.some((d) => d.channel === 'post')).toBe(true);
    const done = r.dossiers.filter((d) => d.finished_at);
    const late = done.filter((d) => vnDateOf(d.finished_at!) > vnDateOf(d.original_due_at!)).length / done.length;
    expect(late).toBeGreaterThan(0.08);
    expect(late).toBeLessThan(0.12);
    const open = r.dossiers.filter((d) => ['accepted', 'in_process', 'supplement', 'financial'].includes(d.status));
    expect(open.some((d) => d.original_due_at! < ONESTOP_DEMO_NOW)).toBe(true);
    expect(open.some((d) => d.original_due_at! > ONESTOP_DEMO_NOW)).toBe(true);
    const returned = r.dossiers.filter((d) => d.status === 'returned').length;
    expect(r.ratings.length / returned).toBeGreaterThan(0.5);
    expect(r.ratings.length / returned).toBeLessThan(0.7);
  });

  it("keeps each dossier's timestamps, due times and status consistent with its transitions", () => {
    const history = byEntity();
    const versions = new Map(r.versions.map((v) => [v.id, v]));
    const pausesOf = new Map<string, Rows['pauses']>();
    for (const p of r.pauses) pausesOf.set(p.dossier_id, [...(pausesOf.get(p.dossier_id) ?? []), p]);
    const names = new Set([...r.users.map((u) => u.display_name), 'Cổng Dịch vụ công quốc gia']);
    const atOf = (ts: Rows['transitions'], action: string) => ts.find((t) => t.action === action)?.at ?? null;
    for (const d of r.dossiers) {
      const ts = history.get(d.id)!;
      const where = `${d.code} ${d.status}`;
      expect(
        ts.map((t) => t.seq),
        where,
      ).toEqual(ts.map((_, i) => i + 1));
      expect(ts[0]!.at, where).toBe(d.submitted_at);
      expect(ts.at(-1)!.to_status, where).toBe(d.status);
      expect(Number(d.version), where).toBe(ts.length);
      for (const [i, t] of ts.entries()) {
        expect(t.from_status).toBe(i ? ts[i - 1]!.to_status : null);
        if (i) expect(t.at >= ts[i - 1]!.at, where).toBe(true);
        expect(names.has(t.actor_name), t.actor_name).toBe(true);
      }
      expect(d.received_at, where).toBe(atOf(ts, 'accept'));
      expect(d.finished_at, where).toBe(atOf(ts, 'finish'));
      expect(d.returned_at, where).toBe(atOf(ts, 'return_result'));
      expect(d.closed_at, where).toBe(atOf(ts, 'refuse') ?? atOf(ts, 'withdraw') ?? atOf(ts, 'stop'));
      if (d.finished_at) expect(d.received_at! <= d.finished_at, where).toBe(true);
      if (d.returned_at) expect(d.finished_at! <= d.returned_at, where).toBe(true);
      if (!d.received_at) continue;
      for (const due of [d.due_at, d.original_due_at]) expect(cal.isWorkingDay(vnDateOf(due!)), where).toBe(true);
      // The legal due time is the engine's, from the receipt over the pauses that have ended.
      const v = versions.get(d.procedure_version_id)!;
      const closed = (pausesOf.get(d.id) ?? []).filter((p) => p.to_at).map((p) => ({ from: p.from_at, to: p.to_at }));
      const open = (pausesOf.get(d.id) ?? []).filter((p) => !p.to_at);
      expect(open.length, where).toBe(['supplement', 'financial'].includes(d.status) ? 1 : 0);
      expect(d.original_due_at, where).toBe(
        dueAt(d.received_at, Number(v.time_amount), v.time_unit as TimeUnit, closed, cal, DEFAULT_OFFICE_HOURS),
      );
      expect(Number(d.apologies)).toBeLessThanOrEqual(1);
      if (Number(d.apologies)) expect(d.due_at! > d.original_due_at!, where).toBe(true);
      else expect(d.due_at, where).toBe(d.original_due_at);
    }
  });

  it('pins each dossier to the version in force on the day it was submitted', () => {
    const versions = new Map(r.versions.map((v) => [v.id, v]));
    for (const d of r.dossiers) {
      const v = versions.get(d.procedure_version_id)!;
      const day = vnDateOf(d.submitted_at);
      expect(v.procedure_id).toBe(d.procedure_id);
      expect(v.effective_from! <= day && (!v.effective_to || day <= v.effective_to), d.code).toBe(true);
    }
  });

  it('hands the steps to the demo officers with their own due times, and legs on the inter-agency procedure', () => {
    const ids = new Map(r.users.map((u) => [u.username, u.id]));
    const assigned = new Set(r.steps.map((s) => s.assignee_id).filter(Boolean));
    for (const u of ['thuly', 'thuly2', 'lanhdao']) expect(assigned.has(ids.get(u)!), u).toBe(true);
    for (const s of r.steps.filter((x) => x.started_at)) expect(cal.isWorkingDay(vnDateOf(s.due_at!))).toBe(true);
    const mine = r.dossiers.filter((d) => d.assignee_id === ids.get('thuly') && d.status === 'in_process');
    expect(mine.length).toBeGreaterThan(0);
    const inter = new Set(r.procedures.filter((p) => p.inter_agency === 1).map((p) => p.id));
    const withLegs = new Set(r.legs.map((l) => l.dossier_id));
    expect(withLegs.size).toBeGreaterThan(10);
    for (const d of r.dossiers.filter((x) => withLegs.has(x.id))) expect(inter.has(d.procedure_id)).toBe(true);
  });

  it('numbers dossiers per day under the counters', () => {
    const codes = r.dossiers.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    const highest = new Map<string, number>();
    for (const d of r.dossiers) {
      expect(d.code).toMatch(DOSSIER_CODE_PATTERN);
      const [, ymd, n] = /-(\d{6})-(\d+)$/u.exec(d.code)!;
      const day = `20${ymd!.slice(0, 2)}-${ymd!.slice(2, 4)}-${ymd!.slice(4, 6)}`;
      expect(day).toBe(vnDateOf(d.submitted_at));
      highest.set(day, Math.max(highest.get(day) ?? 0, Number(n)));
    }
    const counters = new Map(r.counters.map((c) => [c.day, Number(c.last)]));
    for (const [day, n] of highest) expect(counters.get(day) ?? 0, day).toBeGreaterThanOrEqual(n);
  });
});
