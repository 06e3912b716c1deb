/**
 * Records put straight into a given state, with the status history that state implies written to
 * `transitions` (one row per step, numbered as `applyTransition` numbers them), so a test needs no walk
 * through the workflow — and no earlier `it` — to reach it.
 */
export * from './factories/people.ts';
export * from './factories/movements.ts';
export * from './factories/proposals.ts';
export * from './factories/initiatives.ts';
export * from './factories/decisions.ts';
export * from './factories/scorecards.ts';
