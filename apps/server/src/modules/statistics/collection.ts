import { inGroup } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';

/**
 * What a user may start in the sector statistics and registries (`/auth/me`): enter figures (a reporter, for
 * the units of their subtree; the planning division for any), keep the catalog and approve (the planning
 * division), accept and lock a period (leaders). Everyone signed in reads the figures and registries.
 */
export function statisticsCollectionAbilities(user: RequestUser) {
  const held = user.grants.map((g) => g.role);
  return {
    statistics: {
      enter: inGroup(held, 'statEntry'),
      plan: inGroup(held, 'statPlanners'),
      accept: inGroup(held, 'statAcceptors'),
    },
    registries: { edit: inGroup(held, 'statPlanners') },
  };
}
