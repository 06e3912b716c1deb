export * from './workflow.ts';
export * from './voting.ts';
export * from './posting.ts';
