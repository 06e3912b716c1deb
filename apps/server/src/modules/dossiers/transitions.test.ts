import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_ACTIONS, type DossierAction, type DossierStatus } from '@thidua/domain';
import { DIALECTS, type Client } from '../../test/harness.ts';
import { makeDossier } from '../../test/factories/onestop.ts';
import { START, makeDesk, step, type Desk } from './testkit.ts';

interface Case {
  from: DossierStatus;
  by: (k: Desk) => Client;
  body?: (k: Desk) => Record<string, unknown>;
  stepSeq?: number;
  form?: string;
}

/** Each action of DOSSIER_WORKFLOW from a status it starts from, by an actor of its kind. */
const CASES: Record<DossierAction, Case> = {
  accept: { from: 'submitted', by: (k) => k.clerk, form: '01' },
  request_completion: { from: 'submitted', by: (k) => k.clerk, body: () => ({ reason: 'Thiếu đơn' }), form: '02' },
  refuse: { from: 'submitted', by: (k) => k.clerk, body: () => ({ reason: 'Không thuộc thẩm quyền' }), form: '03' },
  transfer: { from: 'accepted', by: (k) => k.clerk, body: (k) => ({ assigneeId: k.ids.officer }) },
  assign: { from: 'in_process', by: (k) => k.leader, body: (k) => ({ assigneeId: k.ids.officer2 }) },
  complete_step: { from: 'in_process', by: (k) => k.officer },
  send_leg: { from: 'in_process', by: (k) => k.officer, body: () => ({ agency: 'Công an tỉnh' }) },
  record_leg: { from: 'in_process', by: (k) => k.officer },
  request_supplement: {
    from: 'in_process',
    by: (k) => k.officer,
    body: () => ({ reason: 'Thiếu bản vẽ', deadline: '2026-03-20' }),
    form: '02',
  },
  resume: { from: 'supplement', by: (k) => k.clerk },
  request_payment: { from: 'in_process', by: (k) => k.officer, body: () => ({ reason: 'Lệ phí', amount: 500000 }) },
  confirm_payment: { from: 'financial', by: (k) => k.clerk },
  apologise: {
    from: 'in_process',
    by: (k) => k.officer,
    body: () => ({ reason: 'Chờ kiểm tra thực tế', newDueAt: '2026-04-30' }),
    form: '04',
  },
  finish: { from: 'in_process', stepSeq: 3, by: (k) => k.officer, body: () => ({ result: 'granted' }) },
  return_result: { from: 'finished', by: (k) => k.clerk },
  withdraw: { from: 'supplement', by: (k) => k.clerk, body: () => ({ reason: 'Người nộp xin rút' }) },
  stop: { from: 'in_process', by: (k) => k.leader, body: () => ({ reason: 'Hồ sơ giả mạo' }), form: '05' },
};

describe.each(DIALECTS)('every dossier step is recorded (%s)', (dialect) => {
  let k: Desk;
  beforeAll(async () => {
    k = await makeDesk(dialect);
  });
  afterAll(() => k.h.close());

  const history = (id: string) =>
    k.h.db.kysely
      .selectFrom('transitions')
      .selectAll()
      .where('entity_type', '=', 'dossier')
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute();

  it.each(DOSSIER_ACTIONS)(
    '%s writes its transition, with the legal basis and its form, and an audit entry',
    async (action) => {
      const c = CASES[action];
      const made = await makeDossier(k.h.db.kysely, {
        procedure: k.procedure,
        status: c.from,
        receivedAt: new Date(START).toISOString(),
        assigneeId: k.ids.officer,
        ...(c.stepSeq ? { stepSeq: c.stepSeq } : {}),
      });
      let version = made.version;
      let extra: Record<string, unknown> = {};
      if (action === 'record_leg') {
        const sent = await step(k.officer, made.id, { action: 'send_leg', version, agency: 'Sở Xây dựng' });
        version = sent.version;
        extra = { legId: sent.legs[0].id, answer: 'Đồng ý' };
      }
      const before = await history(made.id);
      const d = await step(c.by(k), made.id, { action, version, ...c.body?.(k), ...extra });
      const after = await history(made.id);
      expect(after).toHaveLength(before.length + 1);
      const last = after.at(-1)!;
      expect([last.action, last.from_status, last.to_status]).toEqual([action, c.from, d.status]);
      const data = JSON.parse(last.data);
      expect(data.legalBasis).toBe(k.procedure.legalBasis);
      if (c.form) expect(data.form).toBe(c.form);
      const audit = await k.h.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'dossier')
        .where('entity_id', '=', made.id)
        .execute();
      expect(audit.map((a) => a.action)).toContain(`dossier.${action}`);
      if (action === 'withdraw') expect(d.pauses.every((p: { toAt: string | null }) => p.toAt)).toBe(true);
      if (action === 'assign') expect([d.assigneeId, d.steps[0].assigneeId]).toEqual([k.ids.officer2, k.ids.officer2]);
    },
  );
});
