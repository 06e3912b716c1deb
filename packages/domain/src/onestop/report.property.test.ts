import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkCalendar, workingDaysBetween } from '../calendar/calendar.ts';
import { vnDateOf } from '../calendar/due.ts';
import { SEED_CALENDAR_DAYS, SEED_CALENDAR_YEARS } from '../calendar/seed/holidays.ts';
import { type DossierFacts, REPORT_GROUPINGS, classifyDossier, computeReport, workingDaysSum } from './report.ts';

const cal = new WorkCalendar(SEED_CALENDAR_YEARS, SEED_CALENDAR_DAYS);
const START = Date.parse('2026-01-01T00:00:00+07:00');
const DAY_MIN = 1440;
/** Instants over 2026, to the minute. */
const at = (min: number) => new Date(START + min * 60_000).toISOString();
const arbDay = fc
  .integer({ min: 0, max: 364 })
  .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const arbSpan = fc.tuple(arbDay, arbDay).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

const arbDossier: fc.Arbitrary<DossierFacts> = fc
  .record({
    received: fc.option(fc.integer({ min: 0, max: 300 * DAY_MIN }), { nil: null }),
    dueAfter: fc.option(fc.integer({ min: 0, max: 40 * DAY_MIN }), { nil: null }),
    endAfter: fc.option(fc.integer({ min: 0, max: 60 * DAY_MIN }), { nil: null }),
    closed: fc.boolean(),
    channel: fc.constantFrom('counter', 'online', 'post'),
    field: fc.constantFrom('electricity', 'chemicals', 'gas'),
    procedureId: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
  })
  .map((r) => {
    const due = r.received !== null && r.dueAfter !== null ? at(r.received + r.dueAfter) : null;
    const end = r.received !== null && r.endAfter !== null ? at(r.received + r.endAfter) : null;
    return {
      receivedAt: r.received === null ? null : at(r.received),
      originalDueAt: due,
      dueAt: due,
      finishedAt: r.closed ? null : end,
      closedAt: r.closed ? end : null,
      channel: r.channel,
      field: r.field,
      procedureId: r.procedureId,
    };
  });

const COUNTS = [
  'received',
  'carriedOver',
  'receivedOnline',
  'receivedOffline',
  'finished',
  'finishedEarly',
  'finishedOnTime',
  'finishedLate',
  'inProcess',
  'inProcessWithinTime',
  'inProcessOverdue',
] as const;

describe('Biểu 06 (properties)', () => {
  it('every counted dossier has one arrival and one outcome; the columns and rows add up', () => {
    fc.assert(
      fc.property(
        fc.array(arbDossier, { maxLength: 60 }),
        arbSpan,
        fc.constantFrom('date', 'instant' as const),
        fc.constantFrom(...REPORT_GROUPINGS),
        (dossiers, span, classifyBy, groupBy) => {
          const counted = dossiers.filter((d) => classifyDossier(d, span, classifyBy)).length;
          const { rows, total } = computeReport(dossiers, span, {
            groupBy,
            classifyBy,
            calendar: cal,
            labelOf: (k) => k,
          });
          for (const r of [...rows, total]) {
            expect(r.received).toBe(r.carriedOver + r.receivedOnline + r.receivedOffline);
            expect(r.received).toBe(r.finished + r.inProcess);
            expect(r.finished).toBe(r.finishedEarly + r.finishedOnTime + r.finishedLate);
            expect(r.inProcess).toBe(r.inProcessWithinTime + r.inProcessOverdue);
            expect(r.onTimeRate === null).toBe(r.finished + r.inProcess === 0);
            if (r.onTimeRate !== null) expect(r.onTimeRate).toBeGreaterThanOrEqual(0);
            if (r.onTimeRate !== null) expect(r.onTimeRate).toBeLessThanOrEqual(1);
          }
          expect(total.received).toBe(counted);
          for (const k of COUNTS) expect(total[k]).toBe(rows.reduce((s, r) => s + r[k], 0));
        },
      ),
    );
  });

  it('never counts a dossier received after the span or gone before it', () => {
    fc.assert(
      fc.property(arbDossier, arbSpan, (d, span) => {
        const cls = classifyDossier(d, span);
        if (!d.receivedAt || vnDateOf(d.receivedAt) > span.to) expect(cls).toBeNull();
        const gone = d.finishedAt ?? d.closedAt;
        if (gone && vnDateOf(gone) < span.from) expect(cls).toBeNull();
        if (d.closedAt && vnDateOf(d.closedAt) <= span.to) expect(cls).toBeNull();
        if (cls?.arrival === 'carriedOver') expect(vnDateOf(d.receivedAt!) < span.from).toBe(true);
      }),
    );
  });

  it('the working days summed from date counts equal the sum over each dossier', () => {
    const arbPair = fc.tuple(arbDay, fc.integer({ min: 0, max: 90 }));
    fc.assert(
      fc.property(fc.array(arbPair, { maxLength: 40 }), (pairs) => {
        const received = new Map<string, number>();
        const finished = new Map<string, number>();
        let direct = 0;
        for (const [day, n] of pairs) {
          const end = new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
          received.set(day, (received.get(day) ?? 0) + 1);
          finished.set(end, (finished.get(end) ?? 0) + 1);
          direct += workingDaysBetween(cal, day, end);
        }
        expect(workingDaysSum(cal, received, finished)).toBe(direct);
      }),
    );
  });
});
