import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/harness.ts';
import { makeProcedure } from '../../test/factories/onestop.ts';
import { START, makeDesk, receipt, step, type Desk } from './testkit.ts';

describe.each(DIALECTS)('dossier receipt at the desk (%s)', (dialect) => {
  let k: Desk;
  beforeAll(async () => {
    k = await makeDesk(dialect);
  });
  afterAll(() => k.h.close());

  const count = async (table: 'dossiers' | 'dossier_code_counters') =>
    Number(
      (
        await k.h.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    );

  it('accepts a complete counter receipt: code of the agency, day and number, due in 10 working days, token once', async () => {
    const res = await k.clerk.send('POST', '/api/v1/dossiers', receipt(k.procedure.id));
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.code).toBe('000.00.00.H00-260302-0001');
    expect(d.status).toBe('accepted');
    expect(d.portalCode).toBe(2);
    expect(d.receivedAt).toBe(new Date(START).toISOString());
    // Monday 2 March + 10 working days: the afternoon of Monday 16 March.
    expect(d.dueAt).toBe('2026-03-16T10:00:00.000Z');
    expect(d.originalDueAt).toBe(d.dueAt);
    expect(d.checklist.map((x: { provided: boolean }) => x.provided)).toEqual([true, true, true]);
    expect(d.transitions.map((t: { action: string | null }) => t.action)).toEqual([null, 'accept']);
    const row = await k.h.db.kysely.selectFrom('dossiers').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(row.rating_token_hash).toBe(createHash('sha256').update(d.ratingToken).digest('hex'));
    expect(row.applicant_phone).toBe('0912345678');
    const again = await k.clerk.get(`/api/v1/dossiers/${d.id}`);
    expect(again.json().ratingToken).toBeUndefined();
    const next = await k.clerk.send('POST', '/api/v1/dossiers', receipt(k.procedure.id, { accept: false }));
    expect(next.json().code).toBe('000.00.00.H00-260302-0002');
    expect(next.json().status).toBe('submitted');
    const accepted = await step(k.clerk, next.json().id, { action: 'accept', version: next.json().version });
    expect(accepted.dueAt).toBe('2026-03-16T10:00:00.000Z');
  });

  it('numbers concurrent receipts one after another, never twice', async () => {
    const before = await count('dossiers');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        k.clerk.send(
          'POST',
          '/api/v1/dossiers',
          receipt(k.procedure.id, { applicant: { kind: 'citizen', name: `Người nộp ${i}` } }),
        ),
      ),
    );
    expect(answers.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    const numbers = answers.map((r) => Number(r.json().code.slice(-4))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(8);
    expect(numbers[7]! - numbers[0]!).toBe(7);
    expect(await count('dossiers')).toBe(before + 8);
  });

  it('refuses to accept without every required document, naming them, and writes nothing', async () => {
    const before = [await count('dossiers'), await count('dossier_code_counters')];
    const res = await k.clerk.send('POST', '/api/v1/dossiers', receipt(k.procedure.id, { provided: [1, 3] }));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('Giấy chứng nhận đăng ký doanh nghiệp');
    expect([await count('dossiers'), await count('dossier_code_counters')]).toEqual(before);
    // Without acceptance it waits in "submitted", the checklist as ticked.
    const waiting = await k.clerk.send(
      'POST',
      '/api/v1/dossiers',
      receipt(k.procedure.id, { provided: [1], accept: false }),
    );
    expect(waiting.json().abilities.unavailable).toEqual([
      { action: 'accept', reason: expect.stringContaining('Giấy chứng nhận đăng ký doanh nghiệp') },
    ]);
  });

  it('refuses acceptance when the calendar lacks a year the due date needs, naming it, and writes nothing', async () => {
    const before = await count('dossiers');
    const years = () => k.h.db.kysely.deleteFrom('calendar_years').where('year', '=', 2026).execute();
    await years();
    try {
      const res = await k.clerk.send('POST', '/api/v1/dossiers', receipt(k.procedure.id));
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('calendar_year_missing');
      expect(res.json().detail).toContain('2026');
      expect(await count('dossiers')).toBe(before);
    } finally {
      await k.h.db.kysely.insertInto('calendar_years').values({ year: 2026, created_at: START }).execute();
    }
  });

  it('receives only for a published procedure, validates the applicant in Vietnamese, and only at the desk', async () => {
    const abolished = await makeProcedure(k.h.db.kysely);
    await k.h.db.kysely.updateTable('procedures').set({ status: 'abolished' }).where('id', '=', abolished.id).execute();
    const res = await k.clerk.send('POST', '/api/v1/dossiers', receipt(abolished.id));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('chưa công bố hoặc đã bãi bỏ');
    const bad = await k.clerk.send(
      'POST',
      '/api/v1/dossiers',
      receipt(k.procedure.id, { applicant: { kind: 'citizen', name: '', email: 'x@' } }),
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { message: string }) => e.message)
        .join(' '),
    ).toContain('Tên người nộp');
    expect((await k.officer.send('POST', '/api/v1/dossiers', receipt(k.procedure.id))).statusCode).toBe(403);
    expect((await k.viewer.send('POST', '/api/v1/dossiers', receipt(k.procedure.id))).statusCode).toBe(403);
  });

  it('finds a dossier by its code or the applicant without diacritics', async () => {
    const made = await k.clerk.send(
      'POST',
      '/api/v1/dossiers',
      receipt(k.procedure.id, { applicant: { kind: 'enterprise', name: 'Công ty TNHH Đông Á', idNo: '3301234567' } }),
    );
    const d = made.json();
    for (const q of ['cong ty dong a', '3301234567', d.code]) {
      const list = (await k.clerk.get(`/api/v1/dossiers?q=${encodeURIComponent(q)}`)).json();
      expect(
        list.items.map((x: { id: string }) => x.id),
        q,
      ).toEqual([d.id]);
    }
  });
});
