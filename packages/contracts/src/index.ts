// Zod speaks Vietnamese before any schema is used.
import './zodVi.ts';
export { vietnameseIssue } from './zodVi.ts';
export * from './common.ts';
export * from './auth.ts';
export * from './org.ts';
export * from './audit.ts';
export * from './awards.ts';
export * from './ratings.ts';
export * from './history.ts';
export * from './eligibility.ts';
export * from './movements.ts';
export * from './blocs.ts';
export * from './notifications.ts';
export * from './proposals.ts';
export * from './decisions.ts';
export * from './initiatives.ts';
export * from './settingsForm.ts';
export * from './settings.ts';
