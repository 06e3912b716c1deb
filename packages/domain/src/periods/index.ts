export * from './keys.ts';
export * from './periods.ts';
