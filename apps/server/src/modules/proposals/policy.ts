import type { Role } from '@thidua/domain';

/** Who drafts and submits a unit's dossier: its officer, or the emulation office. */
export const PROPOSERS: readonly Role[] = ['admin', 'emulation_officer', 'unit_officer'];
/** Who receives, returns, posts and forwards dossiers. */
export const OFFICE: readonly Role[] = ['admin', 'emulation_officer'];
/** Who issues decisions. */
export const LEADERS: readonly Role[] = ['admin', 'leader'];
