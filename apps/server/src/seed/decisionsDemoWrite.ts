import { DEFAULT_SETTINGS, bonusAmount, findAward } from '@thidua/domain';
import type { Transaction } from 'kysely';
import { bulkInsert } from '../db/bulk.ts';
import { decisionSearchKey } from '../db/searchKeys.ts';
import type { AwardRecordTable, Database } from '../db/schema.ts';
import type { DecisionRecipientTable, DecisionTable } from '../db/schema-proposals.ts';
import { appendAudit, SYSTEM_ACTOR } from '../platform/audit.ts';
import { newId } from '../platform/ids.ts';
import { DIRECTOR, HIGHER_AWARDS } from './decisionsDemoData.ts';

/**
 * Writes the demo register (decisionsDemo.ts chooses who): numbers 1..k per
 * year in date order, recipients in draft.ts order, an award record per
 * recipient (or the history's own record attached) and the counters, as the
 * decisions service does when it issues one. The register's last pass
 * (registerComplete.ts) numbers them anew among every decision of the Sở the
 * demo cites, and audits each.
 */

export const SYMBOL = 'QĐ-SCT';
/** What the records of that era say of the signer (the history's convention for the Sở's decisions). */
const RECORD_SIGNER = 'Giám đốc Sở';
export const LAW_2013 =
  'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;';
// Decree 91/2017 took effect on 01/10/2017; before it, Decrees 42/2010 and 65/2014 detailed the law.
export const decreeLines = (on: string) =>
  on >= '2017-10-01'
    ? [
        'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      ]
    : [
        'Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng;',
        'Căn cứ Nghị định số 65/2014/NĐ-CP ngày 01 tháng 7 năm 2014 của Chính phủ quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng năm 2013;',
      ];

export interface Recipient {
  kind: 'individual' | 'collective';
  id: string;
  orgId: string;
  name: string;
  detail: string;
  /** draft.ts's key: collectives by name, then people by sort_key. */
  sort: string;
  /** An award record the history already holds (attached instead of created). */
  recordId?: string;
}

export interface Draft {
  on: string;
  year: number;
  awardCode: string;
  type: string;
  summary: string;
  basis: string[];
  recipients: Recipient[];
}

export interface WriteCounts {
  decisions: number;
  recipients: number;
  attached: number;
}

/** The bonus in force on the signing day, as draft.ts computes it; none where the catalog has no rule set. */
export function bonusOn(code: string, on: string, kind: 'individual' | 'collective'): number | null {
  try {
    return bonusAmount(findAward(code)!, on, DEFAULT_SETTINGS, kind)?.amount ?? null;
  } catch {
    return null; // the domain holds the bonus tables of Law 2022 (from 2024) only
  }
}

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

export async function writeRegister(
  trx: Transaction<Database>,
  drafts: Draft[],
  authority: string,
  now: string,
): Promise<WriteCounts> {
  const stamp = { created_at: now, updated_at: now, version: 1 };
  const decisions: DecisionTable[] = [];
  const recipients: DecisionRecipientTable[] = [];
  const records: AwardRecordTable[] = [];
  const seqs = new Map<number, number>();
  let attached = 0;
  for (const d of [...drafts].sort(byKey((x) => x.on))) {
    const year = Number(d.on.slice(0, 4));
    const seq = (seqs.get(year) ?? 0) + 1;
    seqs.set(year, seq);
    const decision: DecisionTable = {
      id: newId(),
      number: `${seq}/${SYMBOL}`,
      seq,
      symbol: SYMBOL,
      year,
      signed_on: d.on,
      signer: DIRECTOR,
      signer_title: 'GIÁM ĐỐC',
      authority,
      level: 'here',
      kind: 'award',
      summary: d.summary,
      search_key: decisionSearchKey({ number: `${seq}/${SYMBOL}`, summary: d.summary, signer: DIRECTOR }),
      legal_basis: JSON.stringify([
        LAW_2013,
        ...decreeLines(d.on),
        ...d.basis,
        `Xét đề nghị của Hội đồng Thi đua – Khen thưởng ${authority}.`,
      ]),
      status: 'issued',
      revokes_id: null,
      revoked_by_id: null,
      created_by: null,
      ...stamp,
    };
    decisions.push(decision);
    const conferred = {
      decision_number: decision.number,
      decision_date: d.on,
      decision_authority: authority,
      decision_id: decision.id,
    };
    for (const kind of ['individual', 'collective'] as const) {
      // The history's own records of this decision: same rows, now pointing at their register entry.
      const old = d.recipients.filter((r) => r.recordId && r.kind === kind).map((r) => r.recordId!);
      for (let i = 0; i < old.length; i += 500)
        await trx
          .updateTable('award_records')
          .set({ ...conferred, bonus: bonusOn(d.awardCode, d.on, kind) })
          .where('id', 'in', old.slice(i, i + 500))
          .execute();
      attached += old.length;
    }
    for (const [k, r] of [...d.recipients].sort(byKey((x) => x.sort)).entries()) {
      const bonus = bonusOn(d.awardCode, d.on, r.kind);
      const recordId = r.recordId ?? newId();
      if (!r.recordId)
        records.push({
          id: recordId,
          subject_kind: r.kind,
          subject_id: r.id,
          org_id: r.orgId,
          award_code: d.awardCode,
          year: d.year,
          from_year: d.year,
          commendation_type: d.type,
          ...conferred,
          decision_signer: RECORD_SIGNER,
          origin: 'here',
          note: '',
          flag: null,
          movement_id: null,
          bonus,
          ...stamp,
        });
      recipients.push({
        decision_id: decision.id,
        position: k + 1,
        subject_kind: r.kind,
        subject_id: r.id,
        org_id: r.orgId,
        name: r.name,
        detail: r.detail,
        award_code: d.awardCode,
        bonus,
        item_id: null,
        award_record_id: recordId,
      });
    }
  }
  await bulkInsert(trx, 'decisions', decisions);
  await bulkInsert(trx, 'award_records', records);
  await bulkInsert(trx, 'decision_recipients', recipients);
  // The counters continue after the last number of each year, so a decision issued now takes k + 1.
  // Later years (2022–2026) hold numbered decisions only as history records: continue after those too.
  const last = new Map(seqs);
  const numbered = await trx
    .selectFrom('award_records')
    .select(['decision_number', 'decision_date'])
    .where('decision_number', 'like', `%/${SYMBOL}`)
    .where('decision_date', 'is not', null)
    .execute();
  for (const r of numbered) {
    const year = Number(r.decision_date!.slice(0, 4));
    const n = Number(r.decision_number.split('/')[0]);
    if (Number.isInteger(n) && n > (last.get(year) ?? 0)) last.set(year, n);
  }
  await bulkInsert(
    trx,
    'decision_counters',
    [...last].map(([year, n]) => ({ symbol: SYMBOL, year, last: n })),
  );
  // Audited by the register's last pass (registerComplete.ts), once their numbers are final.
  return { decisions: decisions.length, recipients: recipients.length, attached };
}

/** The department's order and flag, recorded from the higher level as recordDecision does. */
export async function writeHigherAwards(trx: Transaction<Database>, dept: Recipient, now: string): Promise<number> {
  const stamp = { created_at: now, updated_at: now, version: 1 };
  for (const h of HIGHER_AWARDS) {
    const id = newId();
    const recordId = newId();
    const bonus = bonusOn(h.awardCode, h.on, 'collective');
    const decision: DecisionTable = {
      id,
      number: h.number,
      seq: null,
      symbol: h.number.split('/')[1]!,
      year: Number(h.on.slice(0, 4)),
      signed_on: h.on,
      signer: h.signer,
      signer_title: '',
      authority: h.authority,
      level: 'higher',
      kind: 'award',
      summary: `Về việc khen thưởng (${h.authority})`,
      search_key: decisionSearchKey({
        number: h.number,
        summary: `Về việc khen thưởng (${h.authority})`,
        signer: h.signer,
      }),
      legal_basis: '[]',
      status: 'issued',
      revokes_id: null,
      revoked_by_id: null,
      created_by: null,
      ...stamp,
    };
    await trx.insertInto('decisions').values(decision).execute();
    await trx
      .insertInto('award_records')
      .values({
        id: recordId,
        subject_kind: 'collective',
        subject_id: dept.id,
        org_id: dept.orgId,
        award_code: h.awardCode,
        year: h.year,
        from_year: h.year,
        commendation_type: 'periodic',
        decision_number: h.number,
        decision_date: h.on,
        decision_signer: h.signer,
        decision_authority: h.authority,
        origin: 'higher',
        note: '',
        flag: null,
        movement_id: null,
        decision_id: id,
        bonus,
        ...stamp,
      })
      .execute();
    const recipient: DecisionRecipientTable = {
      decision_id: id,
      position: 1,
      subject_kind: 'collective',
      subject_id: dept.id,
      org_id: dept.orgId,
      name: dept.name,
      detail: '',
      award_code: h.awardCode,
      bonus,
      item_id: null,
      award_record_id: recordId,
    };
    await trx.insertInto('decision_recipients').values(recipient).execute();
    await auditIssued(trx, [decision], [recipient]);
  }
  return HIGHER_AWARDS.length;
}

export async function auditIssued(
  trx: Transaction<Database>,
  decisions: DecisionTable[],
  recipients: DecisionRecipientTable[],
) {
  for (const d of decisions)
    await appendAudit(trx, SYSTEM_ACTOR, 'decision.issued', 'decision', d.id, null, {
      number: d.number,
      signedOn: d.signed_on,
      signer: d.signer,
      recipients: recipients
        .filter((r) => r.decision_id === d.id)
        .map((r) => ({ subjectId: r.subject_id, awardCode: r.award_code, bonus: r.bonus })),
    });
}
