import type { Client, Harness } from './harness.ts';
import { multipart } from './harness.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

async function ok(res: Promise<import('./harness.ts').Response>, what: string) {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`fuzz records: ${what} → ${r.statusCode} ${r.body.slice(0, 300)}`);
  return r.json() as { id: string; version: number; status?: string };
}

/**
 * The demo department has no proposals, council sessions, attachments or notifications: add a few,
 * so that the fuzzer's existing ids reach those records' handlers rather than stopping at 404.
 */
export async function addRecords(h: Harness, unit: Client, office: Client): Promise<void> {
  const org = await h.db.kysely
    .selectFrom('organisations')
    .select('id')
    .where('code', '=', 'QLCN')
    .executeTakeFirstOrThrow();
  const people = await h.db.kysely
    .selectFrom('people')
    .select('id')
    .where('org_id', '=', org.id)
    .orderBy('id')
    .limit(2)
    .execute();
  const body = (title: string) => ({
    orgId: org.id,
    title,
    year: 2026,
    items: people.map((p) => ({
      subjectKind: 'individual',
      subjectId: p.id,
      awardCode: 'commendation_certificate',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ',
    })),
  });
  await ok(unit.send('POST', '/api/v1/proposals', body('Đề nghị khen thưởng (nháp)')), 'draft proposal');
  let sent = await ok(unit.send('POST', '/api/v1/proposals', body('Đề nghị khen thưởng năm 2026')), 'proposal');
  const file = multipart(PDF, 'to-trinh.pdf');
  await ok(
    unit.send('POST', `/api/v1/proposals/${sent.id}/attachments`, file.body, { 'content-type': file.type }),
    'attachment',
  );
  const act = (c: Client, action: string) =>
    ok(c.send('POST', `/api/v1/proposals/${sent.id}/transitions`, { action, version: sent.version }), action);
  sent = await act(unit, 'submit');
  sent = await act(office, 'accept');
  sent = await act(office, 'to_council');
  await ok(
    office.send('POST', '/api/v1/council/sessions', {
      title: 'Phiên họp xét khen thưởng năm 2026',
      heldOn: '2026-11-20',
      proposalIds: [sent.id],
    }),
    'council session',
  );
}
