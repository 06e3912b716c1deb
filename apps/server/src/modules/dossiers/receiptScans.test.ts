import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/harness.ts';
import { makeDesk, receipt, type Desk } from './testkit.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const BOUNDARY = '----thidua-receipt';

/** The wizard's request: the receipt as JSON in "request", one file part "scan-<seq>" per scan. */
function receiptBody(request: unknown, scans: { seq: number; name: string; content: Buffer }[]) {
  const parts: Buffer[] = [
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="request"\r\n\r\n${JSON.stringify(request)}\r\n`,
    ),
  ];
  for (const s of scans)
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="scan-${s.seq}"; filename="${s.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      s.content,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

describe.each(DIALECTS)('a receipt with its scans in one request (%s)', (dialect) => {
  let k: Desk;
  beforeAll(async () => {
    k = await makeDesk(dialect);
  });
  afterAll(() => k.h.close());

  const counts = async () => {
    const n = async (table: 'dossiers' | 'files' | 'dossier_code_counters') =>
      Number(
        (
          await k.h.db.kysely
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n,
      );
    return { dossiers: await n('dossiers'), files: await n('files'), counters: await n('dossier_code_counters') };
  };
  const send = (request: unknown, scans: { seq: number; name: string; content: Buffer }[]) => {
    const { body, headers } = receiptBody(request, scans);
    return k.clerk.send('POST', '/api/v1/dossiers/receipt', body, headers);
  };

  it('creates, attaches and accepts in one transaction: a scanned row counts as handed in', async () => {
    const before = await counts();
    const res = await send(receipt(k.procedure.id, { provided: [1] }), [
      { seq: 2, name: 'Bản sao đăng ký.pdf', content: PDF },
      { seq: 3, name: 'Phụ lục.pdf', content: PDF },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.status).toBe('accepted');
    expect(d.ratingToken).toEqual(expect.any(String));
    expect(d.checklist.map((x: { provided: boolean }) => x.provided)).toEqual([true, true, true]);
    const ids = d.checklist.map((x: { fileId: string | null }) => x.fileId);
    expect(ids[0]).toBeNull();
    const files = await k.h.db.kysely
      .selectFrom('files')
      .select(['id', 'filename', 'owner_type', 'owner_id'])
      .where('id', 'in', ids.slice(1))
      .execute();
    expect(files.map((f) => [f.id === ids[1] ? 2 : 3, f.filename, f.owner_type, f.owner_id]).sort()).toEqual([
      [2, 'Bản sao đăng ký.pdf', 'dossier', d.id],
      [3, 'Phụ lục.pdf', 'dossier', d.id],
    ]);
    const after = await counts();
    expect(after.dossiers - before.dossiers).toBe(1);
    expect(after.files - before.files).toBe(2);
  });

  it('writes nothing when acceptance is refused: sending it again makes one dossier, not two', async () => {
    const before = await counts();
    // The first required document neither ticked nor scanned: acceptance refused, no dossier, no file.
    const refused = await send(receipt(k.procedure.id, { provided: [] }), [
      { seq: 2, name: 'Bản sao.pdf', content: PDF },
    ]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/thành phần/iu);
    expect(await counts()).toEqual(before);
    const again = await send(receipt(k.procedure.id, { provided: [1] }), [
      { seq: 2, name: 'Bản sao.pdf', content: PDF },
    ]);
    expect(again.statusCode, again.body).toBe(200);
    const after = await counts();
    expect(after.dossiers - before.dossiers).toBe(1);
    expect(after.files - before.files).toBe(1);
  });

  it('refuses a file that is not what it claims, naming its row; nothing written', async () => {
    const before = await counts();
    const res = await send(receipt(k.procedure.id), [{ seq: 2, name: 'Bản vẽ.pdf', content: Buffer.from('không') }]);
    expect(res.statusCode).toBe(415);
    expect(res.json().errors[0].path).toBe('scans.2');
    expect(res.json().detail).toMatch(/^Thành phần số 2: /u);
    expect(await counts()).toEqual(before);
  });

  it('refuses a scan for a row the version lacks, a bad request and a plain JSON body', async () => {
    const before = await counts();
    const unknown = await send(receipt(k.procedure.id), [{ seq: 9, name: 'a.pdf', content: PDF }]);
    expect(unknown.statusCode).toBe(409);
    expect(unknown.json().errors[0].path).toBe('provided');
    const bad = await send({ ...receipt(k.procedure.id), channel: 'fax' }, []);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('channel');
    const twice = await send(receipt(k.procedure.id), [
      { seq: 2, name: 'a.pdf', content: PDF },
      { seq: 2, name: 'b.pdf', content: PDF },
    ]);
    expect(twice.statusCode).toBe(400);
    const json = await k.clerk.send('POST', '/api/v1/dossiers/receipt', receipt(k.procedure.id));
    expect(json.statusCode).toBe(415);
    const officer = receiptBody(receipt(k.procedure.id), []);
    expect((await k.officer.send('POST', '/api/v1/dossiers/receipt', officer.body, officer.headers)).statusCode).toBe(
      403,
    );
    expect(await counts()).toEqual(before);
  });
});
