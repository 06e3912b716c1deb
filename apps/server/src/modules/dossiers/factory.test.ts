import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_STATUSES } from '@thidua/domain';
import { DIALECTS, makeHarness, type Harness } from '../../test/harness.ts';
import { makeDossier, makeProcedure } from '../../test/factories/onestop.ts';

describe.each(DIALECTS)('one-stop factories (%s)', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(dialect);
  });
  afterAll(() => h.close());

  it('puts a dossier into every status with its history and consistent times', async () => {
    const procedure = await makeProcedure(h.db.kysely);
    for (const status of DOSSIER_STATUSES) {
      const d = await makeDossier(h.db.kysely, { procedure, status, receivedAt: '2026-03-02T02:00:00.000Z' });
      const row = await h.db.kysely.selectFrom('dossiers').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
      expect(row.status).toBe(status);
      const steps = await h.db.kysely
        .selectFrom('transitions')
        .select(['seq', 'to_status'])
        .where('entity_type', '=', 'dossier')
        .where('entity_id', '=', d.id)
        .orderBy('seq')
        .execute();
      expect(steps.at(-1)!.to_status).toBe(status);
      expect(Number(row.version)).toBe(steps.length);
      if (!['submitted', 'refused'].includes(status)) {
        expect(row.received_at).toBe('2026-03-02T02:00:00.000Z');
        expect(row.due_at).toBe('2026-03-16T10:00:00.000Z');
      } else expect(row.received_at).toBeNull();
    }
  });
});
