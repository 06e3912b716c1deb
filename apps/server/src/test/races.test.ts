import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../db/index.ts';
import { registerErrorHandling } from '../platform/errors.ts';
import { votedProposal } from './factories.ts';
import { newId } from '../platform/ids.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  rootOrgId,
  type Client,
  type Harness,
  type Response,
} from './harness.ts';

/**
 * Optimistic locking under real concurrency: N clients send the same version at
 * once. Exactly one wins, the others get 409 (never 500), and what is stored is
 * what the winner was told and what the audit log's last entry says.
 */
const N = 8;
const ROUNDS = 5;
const RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const;

const codes = (rs: Response[]) => rs.map((r) => r.statusCode).sort((a, b) => a - b);
/** Exactly one 200; every other answer a refusal in problem+json (409 unless told otherwise), never a 5xx. */
const winnerOf = (rs: Response[], refusals = [409]) => {
  const all = codes(rs);
  expect(
    all.filter((c) => c === 200),
    rs.map((r) => r.body).join('\n'),
  ).toEqual([200]);
  expect(
    all.filter((c) => c !== 200).every((c) => refusals.includes(c)),
    String(all),
  ).toBe(true);
  for (const r of rs.filter((x) => x.statusCode !== 200)) {
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().detail).toMatch(/người khác|Thử lại|đã/u);
  }
  return rs.findIndex((r) => r.statusCode === 200);
};

describe.each(DIALECTS)('optimistic-lock races (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unit: string;
  let person: { id: string; version: number };

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    unit = (await makeOrg(admin, await rootOrgId(h), 'RC', 'Phòng Quản lý Công nghiệp')).id;
    person = await makePerson(admin, unit, { familyName: 'Trần', middleName: 'Thị', givenName: 'Hoa' });
  });
  afterAll(() => h.close());

  const lastAudit = async (entityType: string, entityId: string) =>
    (await admin.get(`/api/v1/audit?entityType=${entityType}&entityId=${entityId}`)).json().items[0];

  const ratingRow = async (subjectId: string, year: number) =>
    (await admin.get(`/api/v1/ratings?orgId=${unit}&year=${year}`))
      .json()
      .items.find((r: { subjectId: string }) => r.subjectId === subjectId) as {
      rating: string | null;
      note: string;
      version: number | null;
    };

  const putRating = (year: number, version: number | null, rating: string | null, note: string) =>
    admin.send('PUT', '/api/v1/ratings', {
      year,
      items: [{ subjectKind: 'individual', subjectId: person.id, rating, note, version }],
    });

  it('eight simultaneous first saves of one rating: one is stored, the others get 409', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const year = 2010 + round;
      const rs = await Promise.all(
        Array.from({ length: N }, (_, i) => putRating(year, null, RATINGS[i % 4]!, `lần đầu ${round}.${i}`)),
      );
      const w = winnerOf(rs);
      expect(rs[w]!.json()).toEqual({ saved: 1, unchanged: 0 });
      const stored = await ratingRow(person.id, year);
      expect(stored).toMatchObject({ rating: RATINGS[w % 4], note: `lần đầu ${round}.${w}`, version: 1 });
      expect(await lastAudit('person', person.id)).toMatchObject({
        action: 'rating.set',
        after: { year, rating: stored.rating, note: stored.note },
      });
    }
  });

  it('simultaneous edits, clears and no-op saves of one rating with the same version: one wins', async () => {
    const year = 2020;
    expect((await putRating(year, null, 'good', 'ban đầu')).statusCode).toBe(200);
    for (let round = 0; round < ROUNDS; round++) {
      const current = await ratingRow(person.id, year);
      // Request 0 resends what is stored, request 1 clears it, the rest change it.
      const wanted = Array.from({ length: N }, (_, i) =>
        i === 0
          ? { rating: current.rating, note: current.note }
          : i === 1
            ? { rating: null, note: '' }
            : { rating: RATINGS[(round + i) % 4]!, note: `sửa ${round}.${i}` },
      );
      const rs = await Promise.all(wanted.map((x) => putRating(year, current.version, x.rating, x.note)));
      // The no-op leaves the version as it is: it may also succeed, but only before the winner changed it.
      const w = winnerOf(rs.slice(1)) + 1;
      expect([200, 409]).toContain(rs[0]!.statusCode);
      const stored = await ratingRow(person.id, year);
      expect({ rating: stored.rating, note: stored.note }).toEqual(wanted[w]);
      const audit = await lastAudit('person', person.id);
      if (w === 1) expect(audit).toMatchObject({ action: 'rating.cleared', after: null });
      else {
        expect(stored.version).toBe(current.version! + 1);
        expect(audit).toMatchObject({ action: 'rating.set', after: { year, ...wanted[w] } });
      }
      // Put a rating back for the next round.
      if (stored.rating === null) expect((await putRating(year, null, 'good', 'lại')).statusCode).toBe(200);
    }
  });

  it('simultaneous edits of one person with the same version: one wins, no update is lost', async () => {
    let version = person.version;
    for (let round = 0; round < ROUNDS; round++) {
      const rs = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          admin.send('PATCH', `/api/v1/people/${person.id}`, { position: `Chức vụ ${round}.${i}`, version }),
        ),
      );
      const w = winnerOf(rs);
      const body = rs[w]!.json();
      expect(body).toMatchObject({ position: `Chức vụ ${round}.${w}`, version: version + 1 });
      expect((await admin.get(`/api/v1/people/${person.id}`)).json()).toMatchObject({
        position: body.position,
        version: body.version,
      });
      expect(await lastAudit('person', person.id)).toMatchObject({
        action: 'person.updated',
        after: { position: body.position },
      });
      version = body.version;
    }
  });

  it('simultaneous edits of one dossier with the same version: one wins, items are not doubled', async () => {
    const item = { subjectKind: 'individual', subjectId: person.id, awardCode: 'commendation_certificate' };
    const created = await admin.send('POST', '/api/v1/proposals', {
      orgId: unit,
      title: 'Đề nghị khen thưởng',
      year: 2026,
      items: [item],
    });
    expect(created.statusCode, created.body).toBe(200);
    let p = created.json() as { id: string; version: number; title: string; items: { id: string }[] };
    for (let round = 0; round < ROUNDS; round++) {
      const rs = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          admin.send('PUT', `/api/v1/proposals/${p.id}`, {
            orgId: unit,
            title: `Đề nghị ${round}.${i}`,
            year: 2026,
            version: p.version,
            items: [{ ...item, id: p.items[0]!.id, achievement: `Thành tích ${round}.${i}` }],
          }),
        ),
      );
      const w = winnerOf(rs);
      p = rs[w]!.json();
      expect(p).toMatchObject({ title: `Đề nghị ${round}.${w}`, items: [{ achievement: `Thành tích ${round}.${w}` }] });
      expect((await admin.get(`/api/v1/proposals/${p.id}`)).json()).toMatchObject({
        title: p.title,
        version: p.version,
        items: [{ achievement: `Thành tích ${round}.${w}` }],
      });
      expect(await lastAudit('proposal', p.id)).toMatchObject({
        action: 'proposal.updated',
        after: { title: p.title },
      });
    }
  });

  it('simultaneous issuing and revoking of one decision: one each, and the register has no gap', async () => {
    const proposalId = await votedProposal(h.db.kysely, { id: person.id, org_id: unit }, 2026);
    const issued = await Promise.all(
      Array.from({ length: N }, () =>
        admin.send('POST', '/api/v1/decisions', {
          proposalIds: [proposalId],
          signedOn: '2027-01-15',
          signer: 'Lương Thị Thuỳ Dương',
          confirmCount: 1,
        }),
      ),
    );
    // The losers find the dossier decided: refused as no longer voted, or as moved on.
    const w = winnerOf(issued, [400, 409]);
    const decision = issued[w]!.json() as { id: string; number: string };
    const kysely = h.db.kysely;
    const decisions = await kysely.selectFrom('decisions').select(['id', 'seq', 'kind']).orderBy('seq').execute();
    expect(decisions).toEqual([{ id: decision.id, seq: 1, kind: 'award' }]);

    const revoked = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.send('POST', `/api/v1/decisions/${decision.id}/revoke`, {
          reason: `Khen thưởng không đúng đối tượng (${i})`,
          signedOn: '2027-02-01',
          signer: 'Lương Thị Thuỳ Dương',
        }),
      ),
    );
    const v = winnerOf(revoked);
    const all = await kysely.selectFrom('decisions').select(['seq', 'kind', 'status']).orderBy('seq').execute();
    expect(all).toEqual([
      { seq: 1, kind: 'award', status: 'revoked' },
      { seq: 2, kind: 'revocation', status: 'issued' },
    ]);
    expect(await lastAudit('decision', decision.id)).toMatchObject({
      action: 'decision.revoked',
      after: { reason: `Khen thưởng không đúng đối tượng (${v})` },
    });
    const audit = await admin.get('/api/v1/audit/verify');
    expect(audit.json()).toMatchObject({ ok: true });
  });

  it("eight simultaneous first saves of a bloc's year and of a mail template: one is stored, the others get 409", async () => {
    const bloc = await admin.send('POST', '/api/v1/blocs', { name: 'Khối thi đua các sở kinh tế' });
    expect(bloc.statusCode, bloc.body).toBeLessThan(300);
    const blocId = bloc.json().id as string;
    const years = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.send('PUT', `/api/v1/blocs/${blocId}/years/2026`, {
          members: [{ orgId: unit, role: 'leader' }, { name: `Sở Tài chính ${i}` }],
          covenantNumber: `${i}/GT-KTĐ`,
          version: null,
        }),
      ),
    );
    const y = winnerOf(years);
    const stored = (await admin.get(`/api/v1/blocs/${blocId}`)).json();
    expect(JSON.stringify(stored)).toContain(`${y}/GT-KTĐ`);
    expect(await lastAudit('bloc', blocId)).toMatchObject({
      action: 'bloc.year_saved',
      after: { covenantNumber: `${y}/GT-KTĐ` },
    });

    const templates = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.send('PUT', '/api/v1/email-templates/movement.launched', {
          subject: `[Thi đua] {title} (${i})`,
          body: 'Kính gửi {name}: {body} {link}',
          version: null,
        }),
      ),
    );
    const t = winnerOf(templates);
    expect(templates[t]!.json()).toMatchObject({ subject: `[Thi đua] {title} (${t})`, version: 1 });
    expect(await lastAudit('email_template', 'movement.launched')).toMatchObject({
      after: { subject: `[Thi đua] {title} (${t})` },
    });
  });

  it('a unique or foreign-key violation that escapes a service is a 409 in Vietnamese, never a 500', async () => {
    // A bare app with the real error handler, so the database's own refusals reach it unchanged.
    const app = Fastify();
    registerErrorHandling(app);
    const org = (id: string, parentId: string | null) => {
      const now = nowIso();
      return h.db.kysely
        .insertInto('organisations')
        .values({
          id,
          parent_id: parentId,
          code: id,
          name: id,
          kind: 'division',
          active: 1,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
    };
    app.post('/duplicate', async () => {
      await org(unit, null);
      return {};
    });
    app.post('/orphan', async () => {
      await org(newId(), 'khong-co-don-vi-nay');
      return {};
    });
    for (const [url, code] of [
      ['/duplicate', 'duplicate'],
      ['/orphan', 'reference_conflict'],
    ] as const) {
      const res = await app.inject({ method: 'POST', url });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code, detail: expect.stringMatching(/Hãy tải lại/u) });
    }
    await app.close();
  });
});
