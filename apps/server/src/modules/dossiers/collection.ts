import { inGroup } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';

/**
 * What a user may start at the one-stop desk (`/auth/me`): see the desk's queues (the section, the officers
 * who handle steps, the leaders), receive dossiers and keep the catalog (the one-stop section), read the
 * statistics (everyone signed in: they are public figures in the department's reports).
 */
export function onestopCollectionAbilities(user: RequestUser) {
  const held = user.grants.map((g) => g.role);
  return {
    desk: inGroup(held, 'onestopStaff'),
    receive: inGroup(held, 'onestopDesk'),
    catalogEdit: inGroup(held, 'onestopDesk'),
    report: true,
  };
}
