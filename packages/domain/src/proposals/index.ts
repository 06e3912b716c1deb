export * from './workflow.ts';
export * from './voting.ts';
export * from './workdays.ts';
