export * from './calendar.ts';
export * from './due.ts';
