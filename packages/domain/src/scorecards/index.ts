export * from './types.ts';
export * from './tree.ts';
export * from './ranking.ts';
export * from './workflows.ts';
export * from './defaults.ts';
