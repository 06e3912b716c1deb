import type { RequestUser } from '../../../platform/access.ts';
import { clockOf, type Deps } from '../../../platform/context.ts';
import { todayVn } from '../../../platform/clock.ts';
import { notFound } from '../../../platform/errors.ts';
import { canReadCycle, headingOf, loadCycle, loadMembers } from './data.ts';
import { getMinutes } from './minutes.ts';
import { buildMinutesDoc } from './minutesDoc.ts';
import { loadRanking, rankingWorkbook } from './rankingXlsx.ts';
import { buildSheetDoc } from './sheetDoc.ts';
import { loadSheet } from './sheetModel.ts';
import { sheetWorkbook } from './sheetXlsx.ts';

/**
 * The documents of a cycle, each refused as "not found" to a user who may not read the cycle (a unit officer
 * sees his own unit's sheet, the office and the leaders every one).
 */

type Doc = { filename: string; content: Buffer };

/** Members' organisations of a cycle, to judge who reads it; 404 when the cycle or the user's right is missing. */
async function assertCycleReader(deps: Deps, user: RequestUser, id: string, memberOrg?: string | null) {
  const members = await loadMembers(deps.db.kysely, id);
  const orgs = memberOrg === undefined ? members.map((m) => m.orgId) : [memberOrg];
  if (!(await canReadCycle(deps, user, orgs))) throw notFound('kỳ chấm điểm');
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
  await assertCycleReader(deps, user, id, sheet.member.orgId);
  const date = dateOf(deps, sheet.cycle.publishedOn);
  const content = format === 'docx' ? await buildSheetDoc(sheet, date) : await sheetWorkbook(deps, sheet, date);
  return { filename: safe(`Bảng điểm ${sheet.cycle.year} - ${sheet.member.name}.${format}`), content };
}

export async function rankingDocument(deps: Deps, user: RequestUser, id: string): Promise<Doc> {
  const ranking = await loadRanking(deps, id);
  await assertCycleReader(deps, user, id);
  const content = await rankingWorkbook(deps, ranking, dateOf(deps, ranking.cycle.publishedOn));
  return { filename: safe(`Xếp hạng - ${ranking.cycle.name}.xlsx`), content };
}

export async function readMinutes(deps: Deps, user: RequestUser, id: string) {
  await assertCycleReader(deps, user, id);
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
