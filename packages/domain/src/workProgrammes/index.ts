export * from './workflows.ts';
export * from './results.ts';
export * from './defaults.ts';
