export * from './review.ts';
export * from './rounds.ts';
