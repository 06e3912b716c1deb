import type { Role } from '@thidua/domain';
import { ANY_ROLE } from '../../platform/access.ts';

/** Everyone signed in reads the one-stop statistics (docs/one-stop.md "Statistics"). */
export const REPORT_READERS: readonly Role[] = ANY_ROLE;
