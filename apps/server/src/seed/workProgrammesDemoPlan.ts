import { addDays, type TaskStatus } from '@thidua/domain';
import { WP_DEMO_TODAY, WP_DEMO_YEAR, WP_DROP_REASON, WP_EXTENSION_REASONS } from './workProgrammesDemoData.ts';

/**
 * The demo's task lines (workProgrammesDemoData.ts) read into plans, and each plan's life walked day by day
 * through TASK_WORKFLOW up to the demo's today: the steps it took (the clock's `mark_overdue` the day after a
 * deadline passed unfinished, as the sweep records it), its status, deadline and percent now.
 */

export interface TaskPlan {
  unit: string;
  start: string;
  deadline: string;
  title: string;
  product: string;
  outcome:
    | { kind: 'done'; on: string }
    | { kind: 'ext'; to: string; asked: string; done: string | null; reason: string }
    | { kind: 'ask'; to: string; asked: string; reason: string }
    | { kind: 'open'; percent: number }
    | { kind: 'new' }
    | { kind: 'drop' };
  source: string | null;
  partners: string[];
  movement: string | null;
  procedure: string | null;
  indicator: string | null;
  high: boolean;
  added: boolean;
}

export type Who = 'unit' | 'leader' | 'office' | 'system';
export interface Step {
  action: string;
  to: TaskStatus;
  day: string;
  who: Who;
  reason?: string;
}

export interface TaskLife {
  steps: Step[];
  status: TaskStatus;
  deadline: string;
  completedOn: string | null;
  percent: number;
}

const d = (mmdd: string) => `${WP_DEMO_YEAR}-${mmdd}`;

export function parseTasks(lines: string): TaskPlan[] {
  let reasons = 0;
  return lines
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [unit, start, deadline, outcome, title, product, extras = ''] = line.split(' | ').map((s) => s.trim());
      const x = new Map<string, string>(
        extras
          .split(' ')
          .filter(Boolean)
          .map((e): [string, string] => [e.split('=')[0]!, e.split('=')[1] ?? '']),
      );
      const plan: TaskPlan = {
        unit: unit!,
        start: d(start!),
        deadline: d(deadline!),
        title: title!,
        product: product!,
        outcome: { kind: 'new' },
        source: x.get('src') ?? null,
        partners: x.get('pt')?.split(',') ?? [],
        movement: x.get('mv') ?? null,
        procedure: x.get('pr') ?? null,
        indicator: x.get('ind') ?? null,
        high: x.has('hi'),
        added: x.has('add'),
      };
      const [kind, rest = ''] = outcome!.split(/:(.*)/su);
      if (kind === 'done') plan.outcome = { kind, on: d(rest) };
      else if (kind === 'open') plan.outcome = { kind, percent: Number(rest) };
      else if (kind === 'drop' || kind === 'new') plan.outcome = { kind };
      else if (kind === 'ext' || kind === 'ask') {
        const [ask, done] = rest.split(',done:');
        const [to, asked] = ask!.split('@');
        const reason = WP_EXTENSION_REASONS[reasons++ % WP_EXTENSION_REASONS.length]!;
        plan.outcome =
          kind === 'ext'
            ? { kind, to: d(to!), asked: d(asked!), done: done ? d(done) : null, reason }
            : { kind, to: d(to!), asked: d(asked!), reason };
      } else throw new Error(`Kết quả không hiểu được: ${line}`);
      return plan;
    });
}

const SWEPT: readonly TaskStatus[] = ['assigned', 'in_progress', 'extended'];

/** The plan's steps in order; `dropOn`: the amendment's day, for the dropped one. */
export function lifeOf(p: TaskPlan, dropOn: string): TaskLife {
  const steps: Step[] = [];
  let status: TaskStatus = 'assigned';
  let deadline = p.deadline;
  const step = (action: string, to: TaskStatus, day: string, who: Who, reason?: string) => {
    // The sweep runs every night: a deadline passed before this step marks the task overdue first.
    if (SWEPT.includes(status) && day > deadline && action !== 'mark_overdue')
      step('mark_overdue', 'overdue', addDays(deadline, 1), 'system');
    steps.push({ action, to, day, who, ...(reason ? { reason } : {}) });
    status = to;
  };
  const o = p.outcome;
  let completedOn: string | null = null;
  let percent = 0;
  if (o.kind !== 'new' && p.start <= WP_DEMO_TODAY) step('start', 'in_progress', p.start, 'unit');
  if (o.kind === 'done') {
    step('complete', 'done', o.on, 'unit');
    completedOn = o.on;
    percent = 100;
  } else if (o.kind === 'ext' || o.kind === 'ask') {
    step('request_extension', 'extension_requested', o.asked, 'unit', o.reason);
    percent = 70;
    if (o.kind === 'ext') {
      step('approve_extension', 'extended', addDays(o.asked, 3), 'leader');
      deadline = o.to;
      percent = 85;
      if (o.done) {
        step('complete', 'done', o.done, 'unit');
        completedOn = o.done;
        percent = 100;
      }
    }
  } else if (o.kind === 'drop') step('drop', 'dropped', dropOn, 'office', WP_DROP_REASON);
  else if (o.kind === 'open') percent = o.percent;
  // Up to the demo's today: the night's sweep of a deadline passed.
  if (SWEPT.includes(status) && WP_DEMO_TODAY > deadline) {
    steps.push({ action: 'mark_overdue', to: 'overdue', day: addDays(deadline, 1), who: 'system' });
    status = 'overdue';
  }
  if (o.kind === 'drop') percent = 30;
  return { steps, status, deadline, completedOn, percent };
}

/** The months a unit reported on (YYYY-MM): from the start's month to the completion's, or to today's. */
export function reportMonths(p: TaskPlan, life: TaskLife): string[] {
  if (life.steps.length === 0) return [];
  const last = (life.completedOn ?? (life.status === 'dropped' ? life.steps.at(-1)!.day : WP_DEMO_TODAY)).slice(0, 7);
  const out: string[] = [];
  for (let m = p.start.slice(0, 7); m <= last; ) {
    out.push(m);
    const [y, mo] = m.split('-').map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  return out;
}
