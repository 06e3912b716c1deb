import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/harness.ts';
import { advance, makeDesk, receipt, step, type Desk } from './testkit.ts';

/** The transfer cut-off (§3.4, `onestop.transferCutoff` 15:00): paper after it goes the next working day. */
describe.each(DIALECTS)('transfer cut-off of paper dossiers (%s)', (dialect) => {
  let k: Desk;
  beforeAll(async () => {
    k = await makeDesk(dialect);
  });
  afterAll(() => k.h.close());

  /** Accepts a dossier at a Vietnam time at the counter (or online, received then accepted). */
  async function acceptAt(at: string, channel = 'counter') {
    k.clock.set(at);
    await advance(k, 0);
    if (channel === 'counter') {
      const res = await k.clerk.send('POST', '/api/v1/dossiers', receipt(k.procedure.id));
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    }
    const res = await k.clerk.send('POST', '/api/v1/dossiers', receipt(k.procedure.id, { channel, accept: false }));
    expect(res.statusCode, res.body).toBe(200);
    return step(k.clerk, res.json().id, { action: 'accept', version: res.json().version });
  }

  it('accepted at 14:59: transfer by the end of the same day; the next step says so; null once transferred', async () => {
    const d = await acceptAt('2026-03-06T14:59:00+07:00');
    expect(d.status).toBe('accepted');
    expect(d.transferDueAt).toBe('2026-03-06T10:00:00.000Z');
    expect(d.nextStep.text).toContain('chuyển trước 17:00 ngày 06/03/2026');
    const moved = await step(k.clerk, d.id, {
      action: 'transfer',
      version: d.version,
      orgId: k.ids.division,
      assigneeId: k.ids.officer,
    });
    expect(moved.status).toBe('in_process');
    expect(moved.transferDueAt).toBeNull();
  });

  it('accepted at 15:01 on a Friday: by the end of the next Monday', async () => {
    const d = await acceptAt('2026-03-06T15:01:00+07:00');
    expect(d.transferDueAt).toBe('2026-03-09T10:00:00.000Z');
    expect(d.nextStep.text).toContain('chuyển trước 17:00 ngày 09/03/2026');
    const again = (await k.clerk.get(`/api/v1/dossiers/${d.id}`)).json();
    expect(again.transferDueAt).toBe('2026-03-09T10:00:00.000Z');
  });

  it('a postal dossier after the cut-off on the Friday before Tết: the first working day after the holiday', async () => {
    // Tết 2026 of the seeded calendar: Monday 16 to Friday 20 February.
    const d = await acceptAt('2026-02-13T15:30:00+07:00', 'post');
    expect(d.transferDueAt).toBe('2026-02-23T10:00:00.000Z');
    expect(d.nextStep.text).toContain('chuyển trước 17:00 ngày 23/02/2026');
  });

  it('an online dossier: at once, whatever the hour', async () => {
    const d = await acceptAt('2026-03-06T16:30:00+07:00', 'online');
    expect(d.transferDueAt).toBe(d.receivedAt);
    expect(d.nextStep.text).toContain('ngay (hồ sơ trực tuyến)');
  });
});
