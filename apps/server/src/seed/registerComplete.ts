import {
  DISCIPLINE_LABELS,
  findAward,
  INITIATIVE_RECOGNITION,
  RULE_SETS,
  ruleSetFor,
  type DisciplineForm,
} from '@thidua/domain';
import type { Transaction } from 'kysely';
import { bulkInsert } from '../db/bulk.ts';
import { decisionSearchKey } from '../db/searchKeys.ts';
import type { Database } from '../db/schema.ts';
import type { DecisionRecipientTable, DecisionTable } from '../db/schema-proposals.ts';
import { newId } from '../platform/ids.ts';
import { auditIssued, bonusOn, decreeLines, LAW_2013, SYMBOL } from './decisionsDemoWrite.ts';
import { LAW_LINE } from '../modules/decisions/draft.ts';
import { DIRECTOR } from './decisionsDemoData.ts';

/**
 * The last pass of the demo seed: every decision the demo cites anywhere — an
 * award record's number, an initiative's recognition or province-wide
 * decision, a disciplinary period's decision — enters the register with its
 * recipients, and the Sở's own decisions (…/QĐ-SCT) are numbered 1..k per
 * year in the order they were signed, with every citing row rewritten to the
 * final number. Decisions of other issuers keep the number they arrived with
 * and are recorded (level `higher`: not numbered by this register). The
 * counters then continue after k, and each decision's issue is audited once,
 * with its final number.
 */

type Recipient = Omit<DecisionRecipientTable, 'decision_id' | 'position'> & { sort: string };
interface Entry {
  row: DecisionTable;
  isNew: boolean;
  recipients: Recipient[];
  records: string[];
  initiatives: string[];
  escalations: string[];
  periods: string[];
}

const own = (number: string) => number.endsWith(`/${SYMBOL}`);

/** The lines a decision of the Sở signed that day rests on, by its kind. */
function basisOf(kind: 'award' | 'recognition' | 'discipline', on: string, authority: string): string {
  const lines =
    kind === 'award'
      ? on >= RULE_SETS[0]!.validFrom
        ? [LAW_LINE, `Căn cứ ${ruleSetFor(on).instrument} quy định chi tiết một số điều của Luật Thi đua, khen thưởng;`]
        : [LAW_2013, ...decreeLines(on)]
      : kind === 'recognition'
        ? ['Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02 tháng 3 năm 2012 của Chính phủ ban hành Điều lệ Sáng kiến;']
        : [
            on >= '2020-09-18'
              ? 'Căn cứ Nghị định số 112/2020/NĐ-CP ngày 18 tháng 9 năm 2020 của Chính phủ về xử lý kỷ luật cán bộ, công chức, viên chức;'
              : 'Căn cứ Nghị định số 34/2011/NĐ-CP ngày 17 tháng 5 năm 2011 của Chính phủ quy định về xử lý kỷ luật đối với công chức;',
          ];
  const by =
    kind === 'award'
      ? `Xét đề nghị của Hội đồng Thi đua – Khen thưởng ${authority}.`
      : kind === 'recognition'
        ? `Xét đề nghị của Hội đồng sáng kiến ${authority}.`
        : 'Xét đề nghị của Chánh Văn phòng Sở.';
  return JSON.stringify([...lines, by]);
}
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function completeRegister(trx: Transaction<Database>, now: string): Promise<{ added: number }> {
  const stamp = { created_at: now, updated_at: now, version: 1 };
  const orgs = new Map((await trx.selectFrom('organisations').select(['id', 'name']).execute()).map((o) => [o.id, o]));
  const root = [...orgs.values()].find((o) => o.name.startsWith('Sở'))!;
  const people = new Map(
    (await trx.selectFrom('people').select(['id', 'full_name', 'sort_key', 'position', 'org_id']).execute()).map(
      (p) => [p.id, p],
    ),
  );
  const subject = (kind: string, id: string) => {
    if (kind === 'collective') {
      const name = orgs.get(id)?.name ?? '?';
      return { name, detail: '', sort: `0${name}` };
    }
    const p = people.get(id)!;
    return {
      name: p.full_name,
      detail: [p.position, orgs.get(p.org_id)?.name].filter(Boolean).join(', '),
      sort: `1${p.sort_key}`,
    };
  };

  const entries = new Map<string, Entry>();
  const existing = await trx.selectFrom('decisions').selectAll().execute();
  for (const d of existing)
    entries.set(`${d.number}|${d.signed_on}|${d.id}`, {
      row: d,
      isNew: false,
      recipients: [],
      records: [],
      initiatives: [],
      escalations: [],
      periods: [],
    });
  const entry = (
    number: string,
    on: string,
    split: string,
    make: () => Pick<DecisionTable, 'signer' | 'signer_title' | 'authority' | 'kind' | 'summary' | 'legal_basis'>,
  ): Entry => {
    // A decision already in the register (the higher ones of writeHigherAwards) takes its late-found recipients.
    const found = [...entries.values()].find((e) => e.row.number === number && e.row.signed_on === on);
    if (found && !own(number)) return found;
    const key = `${number}|${on}|${own(number) ? split : ''}`;
    let e = entries.get(key);
    if (!e) {
      const m = make();
      e = {
        row: {
          id: newId(),
          number,
          seq: null,
          symbol: number.split('/')[1]!,
          year: Number(on.slice(0, 4)),
          signed_on: on,
          level: own(number) ? 'here' : 'higher',
          search_key: '',
          status: 'issued',
          revokes_id: null,
          revoked_by_id: null,
          created_by: null,
          ...m,
          ...stamp,
        },
        isNew: true,
        recipients: [],
        records: [],
        initiatives: [],
        escalations: [],
        periods: [],
      };
      entries.set(key, e);
    }
    return e;
  };

  // 1. Award records not yet in the register: one decision per number, day and (for the Sở's) award.
  const loose = await trx
    .selectFrom('award_records')
    .selectAll()
    .where('decision_id', 'is', null)
    .where('decision_number', '!=', '')
    .where('decision_date', 'is not', null)
    .orderBy('id')
    .execute();
  for (const a of loose) {
    const award = findAward(a.award_code);
    const e = entry(a.decision_number, a.decision_date!, a.award_code, () => ({
      signer: own(a.decision_number) ? DIRECTOR : a.decision_signer,
      signer_title: own(a.decision_number) ? 'GIÁM ĐỐC' : '',
      authority: own(a.decision_number) ? root.name : a.decision_authority,
      kind: 'award',
      summary:
        award?.kind === 'emulation_title'
          ? `Về việc công nhận danh hiệu “${award.name}” năm ${a.year}`
          : `Về việc tặng ${award?.name ?? a.award_code} năm ${a.year}`,
      legal_basis: own(a.decision_number) ? basisOf('award', a.decision_date!, root.name) : '[]',
    }));
    const kind = a.subject_kind as 'individual' | 'collective';
    e.records.push(a.id);
    e.recipients.push({
      subject_kind: kind,
      subject_id: a.subject_id,
      org_id: a.org_id,
      ...subject(kind, a.subject_id),
      award_code: a.award_code,
      bonus: a.bonus ?? bonusOn(a.award_code, a.decision_date!, kind),
      item_id: null,
      award_record_id: a.id,
    });
  }

  // 2. Initiatives: the recognition (the Sở's, or the province's for one recognised there) and the
  // province-wide recognition of one the Sở recognised, each listing the authors.
  const initiatives = await trx.selectFrom('initiatives').selectAll().orderBy('id').execute();
  const authors = await trx.selectFrom('initiative_authors').selectAll().execute();
  const authorsOf = (id: string) => authors.filter((x) => x.initiative_id === id);
  const recognition = (number: string, on: string, level: 'grassroots' | 'wide') =>
    entry(number, on, 'initiative', () => ({
      signer: own(number) ? DIRECTOR : level === 'wide' ? 'Chủ tịch UBND tỉnh' : 'Bộ trưởng Bộ Công Thương',
      signer_title: own(number) ? 'GIÁM ĐỐC' : '',
      authority: own(number) ? root.name : number.endsWith('UBND') ? 'UBND tỉnh Thái Nguyên' : 'Bộ Công Thương',
      kind: 'recognition',
      summary: own(number)
        ? `Về việc công nhận sáng kiến năm ${on.slice(0, 4)}`
        : `Về việc công nhận phạm vi ảnh hưởng, hiệu quả áp dụng cấp tỉnh của sáng kiến năm ${on.slice(0, 4)}`,
      legal_basis: own(number) ? basisOf('recognition', on, root.name) : '[]',
    }));
  const authorRecipients = (i: (typeof initiatives)[number]) =>
    authorsOf(i.id).map((x) => ({
      subject_kind: 'individual',
      subject_id: x.person_id,
      org_id: people.get(x.person_id)?.org_id ?? i.org_id,
      ...subject('individual', x.person_id),
      detail: `Sáng kiến “${i.title}” (tỷ lệ đóng góp ${x.share}%)`,
      award_code: INITIATIVE_RECOGNITION,
      bonus: null,
      item_id: null,
      award_record_id: null,
    }));
  for (const i of initiatives) {
    if (i.decision_number && i.recognised_on) {
      const e = recognition(i.decision_number, i.recognised_on, own(i.decision_number) ? 'grassroots' : 'wide');
      e.initiatives.push(i.id);
      e.recipients.push(...authorRecipients(i));
    }
    if (i.escalation_decision && i.escalation_result_on && i.escalation_decision !== i.decision_number) {
      const e = recognition(i.escalation_decision, i.escalation_result_on, 'wide');
      e.escalations.push(i.id);
      e.recipients.push(...authorRecipients(i));
    }
  }

  // 3. Disciplinary decisions the periods cite.
  const periods = await trx
    .selectFrom('subject_periods')
    .selectAll()
    .where('decision_number', '!=', '')
    .orderBy('id')
    .execute();
  for (const p of periods) {
    const form = DISCIPLINE_LABELS[p.kind as DisciplineForm] ?? p.kind;
    const who = subject(p.subject_kind, p.subject_id);
    const e = entry(p.decision_number, p.from_date, `discipline|${p.id}`, () => ({
      signer: own(p.decision_number) ? DIRECTOR : 'Chi cục trưởng',
      signer_title: own(p.decision_number) ? 'GIÁM ĐỐC' : '',
      authority: own(p.decision_number) ? root.name : (orgs.get(p.org_id)?.name ?? ''),
      kind: 'discipline',
      summary: `Về việc thi hành kỷ luật bằng hình thức ${form.toLowerCase()} đối với ${who.name}`,
      legal_basis: own(p.decision_number) ? basisOf('discipline', p.from_date, root.name) : '[]',
    }));
    e.periods.push(p.id);
    e.recipients.push({
      subject_kind: p.subject_kind,
      subject_id: p.subject_id,
      org_id: p.org_id,
      ...who,
      award_code: p.kind,
      bonus: null,
      item_id: null,
      award_record_id: null,
    });
  }

  // 4. The Sở's decisions numbered 1..k per year by signing day (the register's own order within a day).
  const all = [...entries.values()];
  const years = new Map<number, Entry[]>();
  for (const e of all.filter((x) => own(x.row.number))) years.set(e.row.year, [...(years.get(e.row.year) ?? []), e]);
  for (const list of years.values()) {
    list.sort(
      (a, b) =>
        byKey(a.row.signed_on, b.row.signed_on) ||
        (a.row.seq ?? 1e9) - (b.row.seq ?? 1e9) ||
        byKey(a.row.kind, b.row.kind) ||
        byKey(a.row.summary, b.row.summary),
    );
    list.forEach((e, i) => {
      e.row.seq = i + 1;
      e.row.number = `${i + 1}/${SYMBOL}`;
    });
  }
  // Another issuer's number used on two days of one year (drawn at random) would be two decisions under one
  // number: the later one takes the next free number.
  const taken = new Set(all.filter((e) => !e.isNew).map((e) => `${e.row.number}|${e.row.year}`));
  for (const e of all.filter((x) => x.isNew && !own(x.row.number))) {
    const symbol = e.row.number.split('/')[1]!;
    let n = e.row.number.split('/')[0]!;
    while (taken.has(`${n}/${symbol}|${e.row.year}`)) n = String(Number(n) + 1);
    e.row.number = `${n}/${symbol}`;
    taken.add(`${e.row.number}|${e.row.year}`);
  }

  // 5. Write: new decisions and recipients, renumbered ones, and every citing row.
  const fresh = all.filter((e) => e.isNew);
  for (const e of all) e.row.search_key = decisionSearchKey(e.row);
  // The register's own entries give up their old numbers first: a new one may take one of them.
  for (const e of all.filter((x) => !x.isNew && own(x.row.number)))
    await trx
      .updateTable('decisions')
      .set({ number: `~${e.row.id}` })
      .where('id', '=', e.row.id)
      .execute();
  await bulkInsert(
    trx,
    'decisions',
    fresh.map((e) => e.row),
  );
  const recipients: DecisionRecipientTable[] = [];
  for (const e of fresh) {
    const sorted = e.row.kind === 'award' ? [...e.recipients].sort((a, b) => byKey(a.sort, b.sort)) : e.recipients;
    sorted.forEach(({ sort: _sort, ...r }, k) => recipients.push({ ...r, decision_id: e.row.id, position: k + 1 }));
  }
  await bulkInsert(trx, 'decision_recipients', recipients);
  for (const e of all) {
    if (!e.isNew && own(e.row.number))
      await trx
        .updateTable('decisions')
        .set({ number: e.row.number, seq: e.row.seq, search_key: e.row.search_key })
        .where('id', '=', e.row.id)
        .execute();
    const cite = { decision_number: e.row.number };
    if (!e.isNew) await trx.updateTable('award_records').set(cite).where('decision_id', '=', e.row.id).execute();
    for (let i = 0; i < e.records.length; i += 500)
      await trx
        .updateTable('award_records')
        .set({ ...cite, decision_id: e.row.id })
        .where('id', 'in', e.records.slice(i, i + 500))
        .execute();
    if (e.initiatives.length) await trx.updateTable('initiatives').set(cite).where('id', 'in', e.initiatives).execute();
    if (e.escalations.length)
      await trx
        .updateTable('initiatives')
        .set({ escalation_decision: e.row.number })
        .where('id', 'in', e.escalations)
        .execute();
    if (e.periods.length) await trx.updateTable('subject_periods').set(cite).where('id', 'in', e.periods).execute();
  }
  // A province-wide recognition recorded as the initiative's own decision cites the same number twice.
  for (const i of initiatives.filter((x) => x.escalation_decision && x.escalation_decision === x.decision_number)) {
    const now = await trx
      .selectFrom('initiatives')
      .select('decision_number')
      .where('id', '=', i.id)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('initiatives')
      .set({ escalation_decision: now.decision_number })
      .where('id', '=', i.id)
      .execute();
  }

  // 6. The counters continue after k; each decision's issue is audited with its final number.
  await trx.deleteFrom('decision_counters').where('symbol', '=', SYMBOL).execute();
  await bulkInsert(
    trx,
    'decision_counters',
    [...years].map(([year, list]) => ({ symbol: SYMBOL, year, last: list.length })),
  );
  const audited = await trx.selectFrom('audit_log').select('entity_id').where('entity_type', '=', 'decision').execute();
  const done = new Set(audited.map((a) => a.entity_id));
  const toAudit = all.filter((e) => !done.has(e.row.id)).map((e) => e.row);
  const ids = new Set(toAudit.map((d) => d.id));
  const theirs = await trx
    .selectFrom('decision_recipients')
    .selectAll()
    .where('decision_id', 'in', [...ids].concat(''))
    .execute();
  await auditIssued(trx, toAudit, theirs);
  return { added: fresh.length };
}
