import { addDays, dossierCode, type DossierStatus } from '@thidua/domain';
import type { Rng } from './names.ts';
import { versionOn, type DemoProcedure, type DemoVersion } from './onestopDemoCatalog.ts';
import { cutDossier, randomApplicant, type DossierRows } from './onestopDemoRows.ts';
import { atVn, Clock } from './onestopDemoClock.ts';
import { planDossier, type Channel, type Fate, type Outcome, type TimelineCtx } from './onestopDemoTimeline.ts';

/**
 * Dossiers day by day from `fromDay` to the day of `now`: each day's submissions (at the counter and by post
 * on working days, online any day) in the order they arrive, numbered per day as the desk numbers them
 * (§3.3), each planned whole and cut at `now`. With `showcase`, a few dossiers are held in the statuses a
 * natural mix rarely leaves open at one moment (awaiting receipt, accepted, paused for a supplement or a
 * payment, finished awaiting hand-over, withdrawn, stopped), so the demo shows every status.
 */

export interface GenerateOptions {
  fromDay: string;
  now: string;
  agencyCode: string;
  orgId: string;
  /** Mean submissions on a working day (a rest day gets about a quarter, online only). */
  perWorkingDay: number;
  showcase?: boolean;
  /** Filled with the last number used on each day (the code counters). */
  counters: Map<string, number>;
}

interface Submission {
  at: string;
  proc: DemoProcedure;
  version: DemoVersion;
  channel: Channel;
  fate: Fate;
  outcome: Outcome;
  pause: 'supplement' | 'financial' | null;
  hold?: DossierStatus;
}

interface Showcase {
  hold: DossierStatus;
  back: number;
  code: string;
  channel: Channel;
  minute: number;
  pause?: 'supplement' | 'financial';
  fate?: Fate;
}
const SHOWCASE: Showcase[] = [
  { hold: 'submitted', back: 0, code: '2.901001', channel: 'online', minute: 400 },
  { hold: 'submitted', back: 0, code: '2.901062', channel: 'online', minute: 430 },
  { hold: 'accepted', back: 0, code: '2.901041', channel: 'counter', minute: 485 },
  { hold: 'accepted', back: 0, code: '2.901062', channel: 'counter', minute: 515 },
  { hold: 'supplement', back: 7, code: '2.901001', channel: 'counter', minute: 560, pause: 'supplement' },
  { hold: 'supplement', back: 7, code: '2.901062', channel: 'online', minute: 600, pause: 'supplement' },
  { hold: 'financial', back: 7, code: '2.901021', channel: 'counter', minute: 500, pause: 'financial' },
  { hold: 'financial', back: 6, code: '2.901071', channel: 'counter', minute: 520, pause: 'financial' },
  { hold: 'finished', back: 20, code: '2.901051', channel: 'counter', minute: 540 },
  { hold: 'finished', back: 18, code: '2.901036', channel: 'post', minute: 580 },
  { hold: 'withdrawn', back: 12, code: '2.901011', channel: 'counter', minute: 820, fate: 'withdrawn' },
  { hold: 'stopped', back: 12, code: '2.901031', channel: 'counter', minute: 840, fate: 'stopped' },
  { hold: 'refused', back: 3, code: '2.901041', channel: 'online', minute: 900, fate: 'refused' },
];

function pickWeighted(rng: Rng, items: readonly DemoProcedure[]): DemoProcedure {
  const total = items.reduce((s, p) => s + p.weight, 0);
  let x = rng.next() * total;
  for (const p of items) if ((x -= p.weight) < 0) return p;
  return items.at(-1)!;
}

function channelOf(rng: Rng, p: DemoProcedure, working: boolean): Channel | null {
  const online = p.onlineLevel === 'full' ? 0.5 : p.onlineLevel === 'partial' ? 0.2 : 0;
  const x = rng.next();
  if (x < online) return 'online';
  if (!working) return null;
  return x < online + 0.06 ? 'post' : 'counter';
}

/** Each dossier's rows in the order of submission, one dossier at a time (a million need not be held at once). */
export function* generateDossiers(
  ctx: TimelineCtx,
  catalog: readonly DemoProcedure[],
  rng: Rng,
  o: GenerateOptions,
): Generator<DossierRows> {
  const clock = new Clock(ctx, rng);
  const counters = o.counters;
  const today = new Date(Date.parse(o.now) + 7 * 3_600_000).toISOString().slice(0, 10);
  const showcaseOn = new Map<string, Showcase[]>();
  if (o.showcase) {
    for (const s of SHOWCASE) {
      let day = today;
      for (let i = 0; i < s.back; ) {
        day = addDays(day, -1);
        if (clock.working(day)) i++;
      }
      showcaseOn.set(day, [...(showcaseOn.get(day) ?? []), s]);
    }
  }
  const byCode = new Map(catalog.map((p) => [p.code, p]));
  let salt = 0;
  for (let day = o.fromDay; day <= today; day = addDays(day, 1)) {
    const working = clock.working(day);
    const active = catalog.filter((p) => versionOn(p, day));
    const mean = working ? o.perWorkingDay : o.perWorkingDay / 4;
    const n = Math.round(mean * (0.5 + rng.next()));
    const subs: Submission[] = [];
    for (let i = 0; i < n; i++) {
      const proc = pickWeighted(rng, active);
      const channel = channelOf(rng, proc, working);
      if (!channel) continue;
      const at = channel === 'online' ? atVn(day, rng.int(330, 1380)) : clock.timeOn(day);
      const x = rng.next();
      const fate: Fate = x < 0.03 ? 'refused' : x < 0.042 ? 'withdrawn' : x < 0.048 ? 'stopped' : 'normal';
      const y = rng.next();
      const outcome: Outcome = y < 0.1 ? 'late' : y < 0.23 ? 'on_time' : 'early';
      const version = versionOn(proc, day)!;
      const z = rng.next();
      const pause = z < 0.09 ? 'supplement' : z < 0.12 && version.feeTotal > 0 ? 'financial' : null;
      subs.push({ at, proc, version, channel, fate, outcome, pause });
    }
    for (const s of showcaseOn.get(day) ?? []) {
      const proc = byCode.get(s.code)!;
      subs.push({
        at: atVn(day, s.minute),
        proc,
        version: versionOn(proc, day)!,
        channel: s.channel,
        fate: s.fate ?? 'normal',
        outcome: 'early',
        pause: s.pause ?? null,
        hold: s.hold,
      });
    }
    const due = subs.filter((s) => s.at <= o.now).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const daysAgo = (Date.parse(o.now) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
    for (const [i, s] of due.entries()) {
      const code = dossierCode(o.agencyCode, day, i + 1);
      // A few dossiers received some weeks ago are stuck with an officer: the overdue ones of the desk.
      const fate =
        s.fate === 'normal' && !s.hold && daysAgo > 25 && daysAgo < 150 && rng.chance(0.05) ? 'stuck' : s.fate;
      const plan = planDossier(ctx, rng, {
        proc: s.proc,
        version: s.version,
        submittedAt: s.at,
        channel: s.channel,
        fate,
        outcome: s.outcome,
        pause: s.pause,
        apology: rng.chance(0.4),
        granted: rng.chance(0.97),
        rated: rng.chance(0.6),
      });
      const held = s.hold
        ? plan.events.find((e, k) => e.to === s.hold && (k > 0 || s.hold === 'submitted'))
        : undefined;
      const cutoff = held && held.at < o.now ? held.at : o.now;
      const rows = cutDossier({
        proc: s.proc,
        version: s.version,
        orgId: o.orgId,
        code,
        channel: s.channel,
        applicant: randomApplicant(rng),
        plan,
        cutoff,
        ctx,
        salt: salt++,
      });
      if (rows) yield rows;
    }
    if (due.length) counters.set(day, due.length);
  }
}
