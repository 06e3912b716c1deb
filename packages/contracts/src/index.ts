export * from './common.ts';
export * from './auth.ts';
export * from './org.ts';
export * from './audit.ts';
export * from './awards.ts';
export * from './ratings.ts';
export * from './history.ts';
export * from './eligibility.ts';
