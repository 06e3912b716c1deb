export * from './keys.ts';
export * from './periods.ts';
export * from './spans.ts';
