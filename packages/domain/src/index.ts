export * from './text.ts';
export * from './roles.ts';
export * from './dates.ts';
export * from './awards/index.ts';
export * from './movements/index.ts';
export * from './proposals/index.ts';
export * from './initiatives/index.ts';
export * from './workflow/index.ts';
