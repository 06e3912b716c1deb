import { classify, roundPoints, type ClassificationBand } from '@thidua/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import { PAR_TOTAL_MAX, type ParYear } from './scorecardsDemoData.ts';
import type { SheetResult, Who } from './scorecardsDemoWrite.ts';

const vn = (day: string, hour = 9) => `${day}T${String(hour - 7).padStart(2, '0')}:00:00.000Z`;

/**
 * The PAR index as the province announced it, one row per year, typed by the office from each decision: the final
 * score is the appraised score plus the survey's, classified as the product bands it.
 */
export async function insertDemoParHistory(
  trx: Transaction<Database>,
  orgId: string,
  years: readonly ParYear[],
  office: Who,
  bands: readonly ClassificationBand[],
): Promise<number> {
  await trx
    .insertInto('par_index_results')
    .values(
      years.map((y) => {
        const final = roundPoints(y.appraised + y.survey);
        const [number, date, signer] = y.decision;
        return {
          id: newId(),
          org_id: orgId,
          year: y.year,
          self_score: y.self,
          appraised_score: y.appraised,
          survey_score: y.survey,
          final_score: final,
          rank: y.rank,
          of_count: y.of,
          classification: classify(final, PAR_TOTAL_MAX, bands),
          decision_number: number,
          decision_date: date,
          decision_signer: signer,
          scorecard_id: null,
          note: `Nhập theo Quyết định số ${number} của UBND tỉnh (${office.name}).`,
          created_at: vn(date, 15),
          updated_at: vn(date, 15),
          version: 1,
        };
      }),
    )
    .execute();
  return years.length;
}

/**
 * The acclamation meeting ("bình xét, suy tôn") of a published bloc cycle: three representatives per member,
 * one ballot each; the leading member takes all but one vote, the runner-up that one. A secret ballot on paper
 * (the representatives have no accounts here), counted by a committee of three members' representatives.
 */
export async function insertDemoMinutes(
  trx: Transaction<Database>,
  scorecardId: string,
  m: { heldOn: string; place: string; chair: string; secretary: string; perMember: number; proposal: string },
  results: readonly SheetResult[],
): Promise<void> {
  const present = results.length * m.perMember;
  const leader = results.find((r) => r.rank === 1)!;
  const votes = results.map((r) => ({
    memberId: r.memberId,
    votes: r.rank === 1 ? present - 1 : r === results.find((x) => x.rank === 2) ? 1 : 0,
  }));
  await trx
    .insertInto('scorecard_minutes')
    .values({
      scorecard_id: scorecardId,
      held_on: m.heldOn,
      place: m.place,
      chair: m.chair,
      secretary: m.secretary,
      attendees: results.map((r) => `Đại diện lãnh đạo và cán bộ làm công tác thi đua của ${r.name}`).join('\n'),
      present,
      ballots: present,
      votes: JSON.stringify(votes),
      voting_method: 'paper_ballot',
      tellers: results
        .slice(-3)
        .map((r, i) => `đại diện ${r.name}${i === 0 ? ' (Trưởng ban)' : ''}`)
        .join(', '),
      conclusion:
        `Căn cứ kết quả chấm điểm và bỏ phiếu kín (${present - 1}/${present} phiếu), các thành viên thống nhất ` +
        `suy tôn ${leader.name} là đơn vị dẫn đầu (${leader.final.toLocaleString('vi-VN')} điểm); ${m.proposal}`,
      created_at: vn(m.heldOn, 16),
      updated_at: vn(m.heldOn, 16),
      version: 1,
    })
    .execute();
}
