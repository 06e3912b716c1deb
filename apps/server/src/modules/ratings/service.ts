import type { z } from 'zod';
import type { RatingsGrid, RatingsQuery, SaveRatingsRequest } from '@thidua/contracts';
import type { Rating } from '@thidua/domain';
import { RATING_LABELS } from '@thidua/domain';
import type { RatingTable } from '../../db/schema.ts';
import { nowIso } from '../../db/index.ts';
import { appendAuditMany, type Actor, type AuditInput } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { AppError, staleVersion, type FieldError } from '../../platform/errors.ts';
import { deleteVersioned, holdVersions, updateVersioned } from '../../platform/versioned.ts';
import type { Deps } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { ratableOrgs, readableRatings } from './policy.ts';

export const GRID_LIMIT = 5000;
type Grid = z.infer<typeof RatingsGrid>;

/** The grid of a unit for a year: its collectives first, then its people in Vietnamese name order. */
export async function ratingsGrid(deps: Deps, user: RequestUser, q: z.output<typeof RatingsQuery>): Promise<Grid> {
  const tree = await deps.tree.fresh();
  const visible = readableRatings(user, tree);
  const writable = ratableOrgs(user, tree);
  if (!tree.has(q.orgId) || !visible(q.orgId))
    throw new AppError(404, 'not_found', 'Không tìm thấy đơn vị (hoặc đơn vị ngoài phạm vi được phân quyền).', [
      { path: 'orgId', message: 'Không tìm thấy' },
    ]);
  const orgIds = (q.subtree === 'false' ? [q.orgId] : tree.subtree(q.orgId)).filter(visible);
  const db = deps.db.kysely;
  const people = await db
    .selectFrom('people')
    .select(['id', 'full_name', 'org_id'])
    .where('org_id', 'in', orgIds)
    .where('status', 'in', ['working', 'on_leave'])
    .orderBy('sort_key')
    .orderBy('id')
    .limit(GRID_LIMIT + 1)
    .execute();
  // A grid cut at the limit would leave people out without a word: refuse and say how to narrow it.
  if (people.length > GRID_LIMIT)
    throw new AppError(
      413,
      'too_many_rows',
      `Đơn vị này có hơn ${GRID_LIMIT.toLocaleString('vi-VN')} cán bộ: bảng xếp loại không hiển thị hết. Hãy chọn từng đơn vị trực thuộc (bỏ chọn "Gồm cả đơn vị trực thuộc").`,
      [{ path: 'orgId', message: 'Đơn vị quá lớn cho một bảng' }],
    );
  const ratings = await db
    .selectFrom('ratings')
    .selectAll()
    .where('org_id', 'in', orgIds)
    .where('year', '=', q.year)
    .execute();
  const bySubject = new Map(ratings.map((r) => [r.subject_id, r]));
  const row = (kind: 'individual' | 'collective', id: string, name: string, orgId: string) => {
    const r = bySubject.get(id);
    return {
      subjectKind: kind,
      subjectId: id,
      name,
      orgId,
      orgName: tree.name(orgId),
      rating: (r?.rating as Rating | undefined) ?? null,
      note: r?.note ?? '',
      version: r?.version ?? null,
      canEdit: writable(orgId),
    };
  };
  const items = [
    ...orgIds.map((id) => row('collective', id, tree.name(id), id)),
    ...people.map((p) => row('individual', p.id, p.full_name, p.org_id)),
  ];
  // `missing`: what is still to enter (a unit's home counts it), the grid and its Excel alike.
  return { year: q.year, items: q.missing === 'true' ? items.filter((r) => r.rating === null) : items };
}

/**
 * Saves a grid (or a paste from Excel) all at once: every row is checked first
 * (subject, access, version), and nothing is written unless all pass.
 */
export async function saveRatings(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof SaveRatingsRequest>,
  opts: { dryRun?: boolean } = {},
): Promise<{ saved: number; unchanged: number }> {
  const tree = await deps.tree.fresh();
  const writable = ratableOrgs(user, tree);
  const db = deps.db.kysely;
  const personIds = input.items.filter((i) => i.subjectKind === 'individual').map((i) => i.subjectId);
  const personOrg = new Map<string, string>();
  for (let i = 0; i < personIds.length; i += 500) {
    const found = await db
      .selectFrom('people')
      .select(['id', 'org_id'])
      .where('id', 'in', personIds.slice(i, i + 500))
      .execute();
    for (const p of found) personOrg.set(p.id, p.org_id);
  }
  const subjectIds = input.items.map((i) => i.subjectId);
  const existing = new Map<string, RatingTable>();
  for (let i = 0; i < subjectIds.length; i += 500) {
    const found = await db
      .selectFrom('ratings')
      .selectAll()
      .where('year', '=', input.year)
      .where('subject_id', 'in', subjectIds.slice(i, i + 500))
      .execute();
    for (const r of found) existing.set(r.subject_id, r);
  }

  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const plan: { item: (typeof input.items)[number]; orgId: string; before?: RatingTable }[] = [];
  input.items.forEach((item, i) => {
    const orgId =
      item.subjectKind === 'individual'
        ? personOrg.get(item.subjectId)
        : tree.has(item.subjectId)
          ? item.subjectId
          : undefined;
    const before = existing.get(item.subjectId);
    if (!orgId) errors.push({ path: `items.${i}.subjectId`, message: 'Không tìm thấy cán bộ hoặc đơn vị này' });
    else if (!writable(orgId))
      errors.push({ path: `items.${i}.subjectId`, message: 'Ngoài phạm vi đơn vị được phân quyền' });
    else if (seen.has(item.subjectId))
      errors.push({ path: `items.${i}.subjectId`, message: 'Dòng bị lặp lại trong cùng một lần lưu' });
    else if ((before?.version ?? null) !== item.version)
      errors.push({ path: `items.${i}.version`, message: 'Xếp loại này vừa được người khác sửa; hãy tải lại' });
    else plan.push({ item, orgId, ...(before ? { before } : {}) });
    seen.add(item.subjectId);
  });
  if (errors.length) {
    const stale = errors.every((e) => e.path.endsWith('.version'));
    throw new AppError(
      stale ? 409 : 400,
      stale ? 'stale_version' : 'invalid_ratings',
      `Chưa lưu được: ${errors.length} dòng có lỗi (${errors
        .slice(0, 3)
        .map((e) => e.message)
        .join('; ')}). Không dòng nào được ghi.`,
      errors,
    );
  }

  if (opts.dryRun) return { saved: 0, unchanged: 0 };
  const now = nowIso();
  const audit: AuditInput[] = [];
  let unchanged = 0;
  await db.transaction().execute(async (trx) => {
    // Each row is written (or held, when unchanged) only at the version the user saw:
    // the row count decides, so of two simultaneous saves of one version only one lands.
    await holdVersions(
      trx,
      'ratings',
      plan.flatMap(({ item, before }, i) =>
        before && item.rating === before.rating && item.note === before.note
          ? [{ id: before.id, version: before.version, stalePath: `items.${i}.version` }]
          : [],
      ),
    );
    for (const [i, { item, orgId, before }] of plan.entries()) {
      const stalePath = `items.${i}.version`;
      const entityType = item.subjectKind === 'individual' ? 'person' : 'organisation';
      const view = (r: { rating: string; note: string } | undefined) =>
        r ? { year: input.year, rating: r.rating, label: RATING_LABELS[r.rating as Rating], note: r.note } : null;
      if (before && item.rating === before.rating && item.note === before.note) {
        unchanged++;
        continue;
      }
      if (!before && item.rating === null) {
        // Nothing to clear, but someone may have just rated it: that is a conflict too.
        const taken = await trx
          .selectFrom('ratings')
          .select('id')
          .where('subject_id', '=', item.subjectId)
          .where('year', '=', input.year)
          .executeTakeFirst();
        if (taken) throw staleVersion(stalePath);
        unchanged++;
        continue;
      }
      if (item.rating === null) {
        await deleteVersioned(trx, 'ratings', before!.id, before!.version, stalePath);
        audit.push({
          action: 'rating.cleared',
          entityType,
          entityId: item.subjectId,
          before: view(before),
          after: null,
        });
        continue;
      }
      const stored = { rating: item.rating, note: item.note };
      if (before)
        await updateVersioned(
          trx,
          'ratings',
          before.id,
          before.version,
          { ...stored, org_id: orgId, updated_at: now },
          stalePath,
        );
      else {
        // A first save: of several at once, the unique (subject, year) key lets one insert and the rest see 409.
        const res = await trx
          .insertInto('ratings')
          .values({
            id: newId(),
            subject_kind: item.subjectKind,
            subject_id: item.subjectId,
            org_id: orgId,
            year: input.year,
            ...stored,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .onConflict((oc) => oc.columns(['subject_id', 'year']).doNothing())
          .executeTakeFirst();
        if (Number(res.numInsertedOrUpdatedRows) !== 1) throw staleVersion(stalePath);
      }
      audit.push({
        action: 'rating.set',
        entityType,
        entityId: item.subjectId,
        before: view(before),
        after: view(stored),
      });
    }
    await appendAuditMany(trx, actor, audit);
  });
  return { saved: audit.length, unchanged };
}
