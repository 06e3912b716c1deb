export * from './sessionWorkflow.ts';
