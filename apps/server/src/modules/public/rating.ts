import { createHash, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SatisfactionLevel } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { databaseConflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { CODE_MAX } from './lookup.ts';

/** Who the audit log names for a rating: nobody signed in, the holder of the slip's token. */
export const PUBLIC_ACTOR: Actor = { id: null, name: 'người nộp hồ sơ (trang công khai)' };

/** A dossier can be rated once its result is ready or handed over. */
const RATEABLE = new Set(['finished', 'returned']);

export type RatingState =
  | { kind: 'invalid' }
  | { kind: 'closed'; code: string }
  | { kind: 'rated'; code: string; procedureName: string; rating: string }
  | { kind: 'open'; id: string; code: string; procedureName: string };

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * What the slip's token opens. The token is the authority (a cross-site form cannot know it, so the
 * form needs no other anti-forgery token): a wrong token and an unknown code read alike.
 */
export async function ratingState(db: Kysely<Database>, code: string, token: string): Promise<RatingState> {
  const row = await db
    .selectFrom('dossiers')
    .innerJoin('procedure_versions', 'procedure_versions.id', 'dossiers.procedure_version_id')
    .leftJoin('dossier_ratings', 'dossier_ratings.dossier_id', 'dossiers.id')
    .select([
      'dossiers.id',
      'dossiers.code',
      'dossiers.status',
      'dossiers.rating_token_hash',
      'procedure_versions.name as procedure_name',
      'dossier_ratings.rating',
    ])
    .where('dossiers.code', '=', code.slice(0, CODE_MAX))
    .executeTakeFirst();
  const stored = row?.rating_token_hash && /^[0-9a-f]{64}$/u.test(row.rating_token_hash) ? row.rating_token_hash : null;
  const matches = timingSafeEqual(
    digest(token.slice(0, 200)),
    stored ? Buffer.from(stored, 'hex') : digest('\u0000none'),
  );
  if (!row || !stored || !token || !matches) return { kind: 'invalid' };
  if (row.rating) return { kind: 'rated', code: row.code, procedureName: row.procedure_name, rating: row.rating };
  if (!RATEABLE.has(row.status)) return { kind: 'closed', code: row.code };
  return { kind: 'open', id: row.id, code: row.code, procedureName: row.procedure_name };
}

export type RateOutcome = Exclude<RatingState, { kind: 'open' }> | { kind: 'saved'; code: string; at: string };

/** Records the rating once per dossier, with its audit entry, in one transaction. */
export async function rate(
  db: Kysely<Database>,
  input: { code: string; token: string; rating: SatisfactionLevel; comment: string },
  now: Date,
): Promise<RateOutcome> {
  const state = await ratingState(db, input.code, input.token);
  if (state.kind !== 'open') return state;
  const at = now.toISOString();
  const comment = input.comment.trim().slice(0, 1000);
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('dossier_ratings')
        .values({ id: newId(), dossier_id: state.id, rating: input.rating, comment, at })
        .execute();
      await appendAudit(trx, PUBLIC_ACTOR, 'dossier.rated', 'dossier', state.id, null, {
        code: state.code,
        rating: input.rating,
        comment,
      });
    });
  } catch (e) {
    // Two submissions at once: the dossier's unique rating row lets one through.
    if (databaseConflict(e as { code?: unknown })?.code === 'duplicate')
      return { kind: 'rated', code: state.code, procedureName: state.procedureName, rating: input.rating };
    throw e;
  }
  return { kind: 'saved', code: state.code, at };
}
