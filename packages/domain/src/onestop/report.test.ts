import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../calendar/calendar.ts';
import { SEED_CALENDAR_DAYS, SEED_CALENDAR_YEARS } from '../calendar/seed/holidays.ts';
import { type DossierFacts, classifyDossier, computeReport, spanInstants } from './report.ts';

const cal = new WorkCalendar(SEED_CALENDAR_YEARS, SEED_CALENDAR_DAYS);
/** A Vietnam wall-clock time as a stored instant. */
const vn = (s: string) => new Date(`${s}+07:00`).toISOString();
const span = { from: '2026-03-03', to: '2026-03-31' };

interface Spec {
  received?: string;
  due?: string;
  finished?: string;
  closed?: string;
  channel?: string;
  field?: string;
}
const dossier = (s: Spec): DossierFacts => ({
  receivedAt: s.received ? vn(s.received) : null,
  originalDueAt: s.due ? vn(s.due) : null,
  dueAt: s.due ? vn(s.due) : null,
  finishedAt: s.finished ? vn(s.finished) : null,
  closedAt: s.closed ? vn(s.closed) : null,
  channel: s.channel ?? 'counter',
  field: s.field ?? 'electricity',
  procedureId: s.field === 'chemicals' ? 'p-chem' : 'p-elec',
});

/**
 * Span Tue 03/03/2026 – Tue 31/03/2026. Tết 2026 is 16–20/02 (days off). Working days from
 * receipt to finish are counted over (receipt date, finish date].
 */
const SET: Record<string, DossierFacts> = {
  // Received the day before `from`, still open, due after the span: carried over, within time.
  d1: dossier({ received: '2026-03-02T16:00:00', due: '2026-04-10T17:00:00' }),
  // Received at the first instant of the span online, finished 16:59 on the due date: on time; 5 days.
  d2: dossier({
    received: '2026-03-03T00:00:00',
    channel: 'online',
    finished: '2026-03-10T16:59:00',
    due: '2026-03-10T17:00:00',
  }),
  // By post, finished the morning after the due date: late; 6 days.
  d3: dossier({
    received: '2026-03-03T09:00:00',
    channel: 'post',
    finished: '2026-03-11T08:00:00',
    due: '2026-03-10T17:00:00',
  }),
  // Finished a week before the due date: early; 1 day.
  d4: dossier({
    received: '2026-03-04T09:00:00',
    finished: '2026-03-05T10:00:00',
    due: '2026-03-12T17:00:00',
    field: 'chemicals',
  }),
  // Open, due on the last day of the span: within time by date (overdue by instant).
  d5: dossier({ received: '2026-03-10T09:00:00', channel: 'online', due: '2026-03-31T17:00:00' }),
  // Open, due the day before the last: overdue.
  d6: dossier({ received: '2026-03-10T09:00:00', due: '2026-03-30T17:00:00' }),
  // Finished one minute before the span: not counted.
  d7: dossier({ received: '2026-02-20T09:00:00', finished: '2026-03-02T23:59:00', due: '2026-02-27T17:00:00' }),
  // Carried over, finished at the span's first instant, late; 7 days (23–27/02, 02–03/03).
  d8: dossier({ received: '2026-02-20T09:00:00', finished: '2026-03-03T00:00:00', due: '2026-02-27T17:00:00' }),
  // Refused inside the span: leaves the counts.
  d9: dossier({ received: '2026-03-20T09:00:00', closed: '2026-03-25T10:00:00', due: '2026-04-03T17:00:00' }),
  // Withdrawn after the span: in process at its end, overdue.
  d10: dossier({
    received: '2026-03-05T09:00:00',
    channel: 'online',
    closed: '2026-04-02T10:00:00',
    due: '2026-03-20T17:00:00',
  }),
  // Received on the last afternoon, finished after the span: in process, within time.
  d11: dossier({
    received: '2026-03-31T16:00:00',
    channel: 'online',
    finished: '2026-04-01T10:00:00',
    due: '2026-04-07T17:00:00',
  }),
  // Received at the first instant after the span: not counted.
  d12: dossier({ received: '2026-04-01T00:00:00', due: '2026-04-08T17:00:00' }),
  // Finished late in the evening of its due date: on time by date (late by instant); 11 days.
  d13: dossier({
    received: '2026-03-16T09:00:00',
    finished: '2026-03-31T23:59:59',
    due: '2026-03-31T17:00:00',
    field: 'chemicals',
  }),
  // Submitted, never accepted: not counted.
  d14: dossier({}),
  // Carried over but stopped before the span: not counted.
  d15: dossier({ received: '2026-02-10T09:00:00', closed: '2026-03-02T10:00:00', due: '2026-03-20T17:00:00' }),
};

describe('Biểu 06 classification (hand-checked)', () => {
  it('puts each dossier in its class at the boundaries', () => {
    const c = (k: string, by: 'date' | 'instant' = 'date') => classifyDossier(SET[k]!, span, by);
    expect(c('d1')).toEqual({ arrival: 'carriedOver', outcome: 'withinTime' });
    expect(c('d2')).toEqual({ arrival: 'online', outcome: 'onTime' });
    expect(c('d3')).toEqual({ arrival: 'offline', outcome: 'late' });
    expect(c('d4')).toEqual({ arrival: 'offline', outcome: 'early' });
    expect(c('d5')).toEqual({ arrival: 'online', outcome: 'withinTime' });
    expect(c('d5', 'instant')).toEqual({ arrival: 'online', outcome: 'overdue' });
    expect(c('d6')).toEqual({ arrival: 'offline', outcome: 'overdue' });
    expect(c('d7')).toBeNull();
    expect(c('d8')).toEqual({ arrival: 'carriedOver', outcome: 'late' });
    expect(c('d9')).toBeNull();
    expect(c('d10')).toEqual({ arrival: 'online', outcome: 'overdue' });
    expect(c('d11')).toEqual({ arrival: 'online', outcome: 'withinTime' });
    expect(c('d12')).toBeNull();
    expect(c('d13')).toEqual({ arrival: 'offline', outcome: 'onTime' });
    expect(c('d13', 'instant')).toEqual({ arrival: 'offline', outcome: 'late' });
    expect(c('d14')).toBeNull();
    expect(c('d15')).toBeNull();
  });

  const labels: Record<string, string> = { electricity: 'Điện', chemicals: 'Hóa chất' };
  const report = (by: 'date' | 'instant' = 'date', groupBy: 'field' | 'procedure' = 'field') =>
    computeReport(Object.values(SET), span, {
      groupBy,
      classifyBy: by,
      calendar: cal,
      labelOf: (k) => labels[k] ?? k,
    });

  it('adds the rows and the total up as computed by hand', () => {
    const { rows, total } = report();
    expect(total).toMatchObject({
      received: 10,
      carriedOver: 2,
      receivedOnline: 4,
      receivedOffline: 4,
      finished: 5,
      finishedEarly: 1,
      finishedOnTime: 2,
      finishedLate: 2,
      inProcess: 5,
      inProcessWithinTime: 3,
      inProcessOverdue: 2,
      onTimeRate: 0.6,
      // (5 + 6 + 1 + 7 + 11) / 5
      averageDays: 6,
    });
    expect(rows.map((r) => [r.key, r.label])).toEqual([
      ['electricity', 'Điện'],
      ['chemicals', 'Hóa chất'],
    ]);
    expect(rows[0]).toMatchObject({ received: 8, carriedOver: 2, receivedOnline: 4, receivedOffline: 2 });
    expect(rows[0]).toMatchObject({ finishedOnTime: 1, finishedLate: 2, inProcessWithinTime: 3, inProcessOverdue: 2 });
    expect(rows[0]).toMatchObject({ onTimeRate: 0.5, averageDays: 6 });
    expect(rows[1]).toMatchObject({ received: 2, receivedOffline: 2, finishedEarly: 1, finishedOnTime: 1 });
    expect(rows[1]).toMatchObject({ onTimeRate: 1, averageDays: 6 });
  });

  it('by instant: the evening finish is late and the last-day due is overdue', () => {
    expect(report('instant').total).toMatchObject({
      finishedOnTime: 1,
      finishedLate: 3,
      inProcessWithinTime: 2,
      inProcessOverdue: 3,
      onTimeRate: 0.4,
    });
  });

  it('groups by procedure, and has no rate without anything to divide by', () => {
    expect(report('date', 'procedure').rows.map((r) => [r.key, r.received])).toEqual([
      ['p-chem', 2],
      ['p-elec', 8],
    ]);
    const none = computeReport([SET.d7!], span, { groupBy: 'field', calendar: cal, labelOf: (k) => k });
    expect(none.rows).toEqual([]);
    expect(none.total).toMatchObject({ received: 0, onTimeRate: null, averageDays: null });
  });

  it('refuses a span that ends before it starts', () => {
    expect(() => spanInstants({ from: '2026-03-02', to: '2026-03-01' })).toThrow(RangeError);
    expect(spanInstants({ from: '2026-03-01', to: '2026-03-01' })).toEqual({
      start: '2026-02-28T17:00:00.000Z',
      lastDay: '2026-02-28T17:00:00.000Z',
      end: '2026-03-01T17:00:00.000Z',
    });
  });
});
