export * from './definition.ts';
export * from './all.ts';
