export * from './stages.ts';
export * from './progress.ts';
export * from './blocs.ts';
