/** Sector statistics engines (docs/statistics.md): aggregation, derived-indicator formulas, validation rules. */
export * from './submissionWorkflow.ts';
export * from './growth.ts';
export * from './formula.ts';
export * from './aggregate.ts';
export * from './rules.ts';
