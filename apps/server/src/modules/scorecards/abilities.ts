import { inGroup } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';

/**
 * What a user may start in the scorecards (`/auth/me`): keep templates, run cycles and appraise (the office);
 * self-assess a member sheet (the office for any member, a unit officer for his own unit); keep the PAR-index
 * history (the office). Everyone signed in reads published rankings.
 */
export function scorecardAbilities(user: RequestUser) {
  const held = user.grants.map((g) => g.role);
  return {
    scorecards: {
      manage: inGroup(held, 'scorecardOffice'),
      selfAssess: inGroup(held, 'scorecardMembers'),
      parEdit: inGroup(held, 'scorecardOffice'),
    },
  };
}
