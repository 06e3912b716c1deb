import type { Role } from '@thidua/domain';

/** Who drafts and submits a unit's dossier: its officer, or the emulation office. */
export const PROPOSERS: readonly Role[] = ['admin', 'emulation_officer', 'unit_officer'];
export { LEADERS, OFFICE } from '../../platform/access.ts';
