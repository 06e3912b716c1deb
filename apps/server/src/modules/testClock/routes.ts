import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { actorOf } from '../../platform/context.ts';
import { ADMIN } from '../../platform/access.ts';
import { appendAudit } from '../../platform/audit.ts';
import type { TestClock } from '../../platform/testClock.ts';

const ClockView = z.object({
  now: z.string().describe('Thời điểm máy chủ coi là "bây giờ" (UTC ISO)'),
  set: z.boolean().describe('true khi đã đặt giờ; false khi theo giờ thực'),
});
const SetClockRequest = z
  .object({
    now: z.iso
      .datetime({ offset: true, error: 'Thời điểm theo ISO-8601 có múi giờ, ví dụ 2027-01-29T15:30:00+07:00' })
      .nullable()
      .describe('Thời điểm mới (đồng hồ chạy tiếp từ đó); null để trở về giờ thực'),
  })
  .strict();

/**
 * Registered only when the server was started with THIDUA_TEST_CLOCK=1 (browser tests of deadlines):
 * otherwise these paths do not exist. Administrator only; each move is audited.
 */
export function testClockRoutes(deps: Deps, clock: TestClock) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const view = () => ({ now: clock.now().toISOString(), set: clock.isSet });
    r.get('/test/clock', {
      config: { access: ADMIN },
      schema: { tags: ['test'], summary: 'Đồng hồ kiểm thử: giờ máy chủ đang dùng', response: { 200: ClockView } },
      handler: async () => view(),
    });
    r.put('/test/clock', {
      config: { access: ADMIN },
      schema: {
        tags: ['test'],
        summary: 'Đồng hồ kiểm thử: đặt "bây giờ" của máy chủ (chỉ khi khởi động với THIDUA_TEST_CLOCK=1)',
        body: SetClockRequest,
        response: { 200: ClockView },
      },
      handler: async (req) => {
        const before = view();
        // Recorded first: the clock moves only once the audit entry is written.
        await deps.db.kysely
          .transaction()
          .execute((trx) =>
            appendAudit(trx, actorOf(req), 'test_clock.set', 'test_clock', 'server', before, { now: req.body.now }),
          );
        clock.set(req.body.now);
        return view();
      },
    });
  };
}
