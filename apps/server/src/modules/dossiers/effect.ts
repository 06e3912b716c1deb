import type { z } from 'zod';
import type { Transaction, Updateable } from 'kysely';
import type { DossierTransitionRequest } from '@thidua/contracts';
import type { Database } from '../../db/schema.ts';
import type { DossierTable, ProcedureVersionTable } from '../../db/schema-onestop.ts';
import { conflict } from '../../platform/errors.ts';
import type { Clockwork } from './due.ts';

/** What one step of a dossier works on, inside its transaction. */
export interface StepInput {
  trx: Transaction<Database>;
  d: DossierTable;
  version: ProcedureVersionTable;
  input: z.output<typeof DossierTransitionRequest>;
  now: string;
  /** The calendar from now on (loaded once, when a step needs a due time). */
  clockwork: () => Promise<Clockwork>;
}

/** What a step sets on the dossier besides its status, and what it produced (kept in the transition's data). */
export interface StepEffect {
  set?: Omit<Updateable<DossierTable>, 'id' | 'version' | 'status'>;
  data?: Record<string, unknown>;
}

export type StepHandler = (s: StepInput) => Promise<StepEffect>;

/** An instant the user picked that does not fit, on the field he picked it in. */
export const refusedField = (path: string, message: string) =>
  conflict('transition_refused', message, [{ path, message }]);

/** The later of two instants (either may be missing). */
export const later = (a: string | null, b: string | null): string | null => (!a ? b : !b ? a : a > b ? a : b);
