import type { z } from 'zod';
import { SummaryQuery, SummaryTexts, type SummaryData } from '@thidua/contracts';
import type { RequestUser } from '../../platform/access.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { agencyOf } from '../../platform/documents/official.ts';
import { AppError, forbidden, notFound, zodFieldErrors } from '../../platform/errors.ts';
import { computeSummary } from './summaryData.ts';
import { buildSummaryDoc } from './summaryDoc.ts';
import { canReadSummaryOf } from './summaryPolicy.ts';

export const EMPTY_TEXTS: SummaryTexts = SummaryTexts.parse({});

/** The query checked: 422 naming the field for a bad year or span (from ≤ to, at most 10 years). */
export function parseSummaryQuery(raw: unknown): z.output<typeof SummaryQuery> {
  const r = SummaryQuery.safeParse(raw);
  if (r.success) return r.data;
  const fields = zodFieldErrors(r.error.issues);
  throw new AppError(
    422,
    'validation_failed',
    'Khoảng báo cáo chưa hợp lệ: ' + fields.map((f) => `${f.path}: ${f.message}`).join('; '),
    fields,
  );
}

/** The unit asked for (the department without one), 404 when unknown, 403 outside the caller's grants. */
export async function summaryOrg(deps: Deps, user: RequestUser, orgId: string | undefined): Promise<string> {
  const tree = await deps.tree.fresh();
  const id = orgId ?? tree.roots()[0];
  if (!id || !tree.has(id)) throw notFound('cơ quan, đơn vị');
  if (!canReadSummaryOf(user, tree, id))
    throw forbidden('Bạn không có quyền xem báo cáo của đơn vị này (ngoài phạm vi đơn vị được phân quyền).');
  return id;
}

export async function liveSummary(deps: Deps, user: RequestUser, raw: unknown): Promise<SummaryData> {
  const q = parseSummaryQuery(raw);
  const orgId = await summaryOrg(deps, user, q.orgId);
  return computeSummary(deps, { orgId, from: q.from, to: q.to, asOf: q.asOf });
}

/** The department's first active leader signs (as the movements' reports do); blank when none is set up. */
async function leaderName(deps: Deps, root: string): Promise<string> {
  const row = await deps.db.kysely
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select('users.display_name')
    .where('role_grants.role', '=', 'leader')
    .where('role_grants.org_id', '=', root)
    .where('users.active', '=', 1)
    .orderBy('users.created_at')
    .executeTakeFirst();
  return row?.display_name ?? '';
}

export interface SummaryDocOptions {
  texts: SummaryTexts;
  number: string;
  draft: boolean;
  /** The signed date (ISO) of a signed report; today otherwise. */
  date?: string | undefined;
  signerName?: string | undefined;
}

const fileName = (d: SummaryData, draft: boolean) =>
  `${draft ? 'Dự thảo báo cáo' : 'Báo cáo'} tổng kết ${d.from === d.to ? d.from : `${d.from}-${d.to}`} - ${d.orgName}.docx`;

/** The DOCX of figures already computed (live, or frozen at signing). */
export async function summaryDocOf(deps: Deps, data: SummaryData, o: SummaryDocOptions) {
  const tree = await deps.tree.fresh();
  const root = tree.roots().find((r) => tree.isWithin(data.orgId, r)) ?? tree.roots()[0]!;
  const content = await buildSummaryDoc({
    data,
    texts: o.texts,
    heading: agencyOf(tree.name(root)),
    date: o.date ?? todayVn(clockOf(deps)),
    number: o.number,
    signer: { title: 'GIÁM ĐỐC', name: o.signerName ?? (await leaderName(deps, root)) },
    draft: o.draft,
  });
  return { filename: fileName(data, o.draft), content };
}

/** `GET /reports/summary.docx`: the report from the data as it is now, marked as a draft (nothing signed). */
export async function liveSummaryDoc(deps: Deps, user: RequestUser, raw: unknown) {
  const data = await liveSummary(deps, user, raw);
  return summaryDocOf(deps, data, { texts: EMPTY_TEXTS, number: '', draft: true });
}
