import { searchKey, type MovementStatus } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { newId } from '../../platform/ids.ts';
import { type Db, writeSteps } from './steps.ts';

/** Emulation movements in a given stage. */

/** The steps that bring a movement from draft to each stage. */
const MOVEMENT_PATH: Record<string, { action: string; to: string }[]> = {
  draft: [],
  launched: [{ action: 'launch', to: 'launched' }],
  in_progress: [
    { action: 'launch', to: 'launched' },
    { action: 'start', to: 'in_progress' },
  ],
  interim_review: [
    { action: 'launch', to: 'launched' },
    { action: 'start', to: 'in_progress' },
    { action: 'interim', to: 'interim_review' },
  ],
  final_review: [
    { action: 'launch', to: 'launched' },
    { action: 'start', to: 'in_progress' },
    { action: 'final', to: 'final_review' },
  ],
  closed: [
    { action: 'launch', to: 'launched' },
    { action: 'start', to: 'in_progress' },
    { action: 'final', to: 'final_review' },
    { action: 'close', to: 'closed' },
  ],
};

/** An emulation movement of `year` in a given stage, its units taking part. */
export async function insertMovement(
  k: Db,
  opts: {
    stage: keyof typeof MOVEMENT_PATH;
    orgIds: string[];
    year?: number;
    name?: string;
    kind?: 'regular' | 'thematic';
    deadline?: string | null;
  },
): Promise<{ id: string; version: number }> {
  const id = newId();
  const now = nowIso();
  const year = opts.year ?? 2026;
  const name = opts.name ?? `Phong trào thi đua năm ${year}`;
  const steps = MOVEMENT_PATH[opts.stage]!;
  await k
    .insertInto('movements')
    .values({
      id,
      name,
      search_key: searchKey(name),
      kind: opts.kind ?? 'regular',
      year,
      launch_level: 'department',
      launch_doc_number: '',
      launch_doc_date: null,
      launch_doc_signer: '',
      objectives: '',
      content: '',
      criteria: '',
      starts_on: `${year}-01-01`,
      ends_on: `${year}-12-31`,
      registration_deadline: opts.deadline === undefined ? `${year}-03-31` : opts.deadline,
      report_every: 'quarter',
      status: opts.stage as MovementStatus,
      created_by: null,
      created_at: now,
      updated_at: now,
      version: steps.length + 1,
    })
    .execute();
  if (opts.orgIds.length)
    await k
      .insertInto('movement_orgs')
      .values(opts.orgIds.map((org_id) => ({ movement_id: id, org_id })))
      .execute();
  await writeSteps(k, 'movement', id, steps, now);
  return { id, version: steps.length + 1 };
}
