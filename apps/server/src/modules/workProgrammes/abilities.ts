import { inGroup } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';

/**
 * What a user may start in the work programmes (`/auth/me`): draft, issue and amend programmes (the office);
 * report progress on a task (the office for any unit, a unit officer for his own); decide a request for a new
 * deadline (the leaders). Everyone signed in reads the programmes and their tasks.
 */
export function workProgrammeAbilities(user: RequestUser) {
  const held = user.grants.map((g) => g.role);
  return {
    workProgrammes: {
      manage: inGroup(held, 'programmeOffice'),
      report: inGroup(held, 'programmeReporters'),
      decide: inGroup(held, 'programmeLeaders'),
    },
  };
}
