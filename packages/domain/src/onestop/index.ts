export * from './catalog.ts';
export * from './procedureWorkflow.ts';
export * from './dossierWorkflow.ts';
export * from './dossier.ts';
export * from './defaults.ts';
export * from './satisfaction.ts';
export * from './simplification.ts';
export * from './report.ts';
