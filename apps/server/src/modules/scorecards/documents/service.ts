import type { RequestUser } from '../../../platform/access.ts';
import { clockOf, type Deps } from '../../../platform/context.ts';
import { todayVn } from '../../../platform/clock.ts';
import { notFound } from '../../../platform/errors.ts';
import { canReadSheet, seesWholeCycle } from '../policy.ts';
import { headingOf, loadCycle, loadMembers } from './data.ts';
import { getMinutes } from './minutes.ts';
import { buildMinutesDoc } from './minutesDoc.ts';
import { loadRanking, rankingWorkbook } from './rankingXlsx.ts';
import { buildSheetDoc } from './sheetDoc.ts';
import { loadSheet } from './sheetModel.ts';
import { sheetWorkbook } from './sheetXlsx.ts';

/**
 * The documents of a cycle, each refused as "not found" to a user who may not read it (policy.ts): a sheet is
 * read as the sheet page is, the ranking and the minutes as the whole cycle is.
 */

type Doc = { filename: string; content: Buffer };

/** A cycle's status; 404 when the cycle is missing or hidden from the user (policy.ts). */
async function cycleStatus(deps: Deps, id: string): Promise<string> {
  const row = await deps.db.kysely.selectFrom('scorecards').select('status').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('kỳ chấm điểm');
  return row.status;
}

/** The whole cycle (its ranking, its minutes): the office and the leaders, everyone once published. */
async function assertWholeCycle(deps: Deps, user: RequestUser, id: string) {
  if (!seesWholeCycle(user, await cycleStatus(deps, id))) throw notFound('kỳ chấm điểm');
}

/** The date the documents are dated: the day of publication once published, else today. */
const dateOf = (deps: Deps, publishedOn: string | null) => publishedOn ?? todayVn(clockOf(deps));

const safe = (s: string) => s.replace(/[\\/:*?"<>|]+/gu, ' ').trim();

export async function sheetDocument(
  deps: Deps,
  user: RequestUser,
  id: string,
  memberId: string,
  format: 'docx' | 'xlsx',
): Promise<Doc> {
  const sheet = await loadSheet(deps, id, memberId);
  if (!canReadSheet(user, await deps.tree.fresh(), sheet.cycle.status, { org_id: sheet.member.orgId }))
    throw notFound('thành viên của kỳ chấm điểm');
  const date = dateOf(deps, sheet.cycle.publishedOn);
  const content = format === 'docx' ? await buildSheetDoc(sheet, date) : await sheetWorkbook(deps, sheet, date);
  return { filename: safe(`Bảng điểm ${sheet.cycle.year} - ${sheet.member.name}.${format}`), content };
}

export async function rankingDocument(deps: Deps, user: RequestUser, id: string): Promise<Doc> {
  await assertWholeCycle(deps, user, id);
  const ranking = await loadRanking(deps, id);
  const content = await rankingWorkbook(deps, ranking, dateOf(deps, ranking.cycle.publishedOn));
  return { filename: safe(`Xếp hạng - ${ranking.cycle.name}.xlsx`), content };
}

export async function readMinutes(deps: Deps, user: RequestUser, id: string) {
  await assertWholeCycle(deps, user, id);
  return getMinutes(deps, id);
}

export async function minutesDocument(deps: Deps, user: RequestUser, id: string): Promise<Doc> {
  const minutes = await readMinutes(deps, user, id);
  const db = deps.db.kysely;
  const cycle = await loadCycle(db, id);
  const content = await buildMinutesDoc({
    cycle,
    heading: await headingOf(deps, cycle),
    members: await loadMembers(db, id),
    minutes,
  });
  return { filename: safe(`Biên bản bình xét, suy tôn - ${cycle.name}.docx`), content };
}
