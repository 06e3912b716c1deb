export * from './workflows.ts';
export * from './results.ts';
