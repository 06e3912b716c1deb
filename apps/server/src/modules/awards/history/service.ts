/**
 * The award history's public face for other modules: the subject resolver, the
 * bulk loader the eligibility engine reads, and the use cases the routes call.
 */
export { readableSubjectIds, resolveSubject, type Subject } from './subjects.ts';
export { loadSubjectData, type LoadShared, type SubjectData } from './load.ts';
export { getHistory } from './view.ts';
export { createAwardRecord, updateAwardRecord, deleteAwardRecord } from './records.ts';
export { createPeriod, updatePeriod, deletePeriod } from './periods.ts';
