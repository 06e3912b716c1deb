import type { z } from 'zod';
import type { HomeTile } from '@thidua/contracts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { registrationOverview } from '../movements/registrations.ts';

type Tile = z.infer<typeof HomeTile>;

/**
 * Registrations missing for the movements open for registration (launched), read from each movement's own
 * follow-up list (`GET /movements/:id/registrations`, the units not registered first). The office gets one tile
 * per movement counting its units not registered, opening the movement; a unit officer one per movement his
 * units have not registered for, opening his unit's registration form (the movement when he has several). A
 * movement with nobody missing gets no tile: there may be several, and a zero per movement is noise.
 */
export async function registrationTiles(deps: Deps, user: RequestUser, office: boolean): Promise<Tile[]> {
  const movements = await deps.db.kysely
    .selectFrom('movements')
    .select(['id', 'name'])
    .where('status', '=', 'launched')
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
  if (!movements.length) return [];
  const tree = await deps.tree.fresh();
  const mine = new Set(user.grants.filter((g) => g.role === 'unit_officer').flatMap((g) => [...tree.subtree(g.orgId)]));
  const tiles = await Promise.all(
    movements.map(async (m): Promise<Tile | null> => {
      const missing = (await registrationOverview(deps, m.id)).items.filter((i) => !i.registered);
      const counted = office ? missing : missing.filter((i) => mine.has(i.orgId));
      if (!counted.length) return null;
      const only = !office && counted.length === 1 ? counted[0]! : null;
      return {
        key: `${office ? 'movements.unregistered' : 'movements.toRegister'}.${m.id}`,
        group: 'waiting',
        title: office ? `Đơn vị chưa đăng ký thi đua: ${m.name}` : `Đơn vị tôi chưa đăng ký thi đua: ${m.name}`,
        count: counted.length,
        unit: 'count',
        measure: null,
        link: only ? `/movements/${m.id}/registrations/${only.orgId}` : `/movements/${m.id}`,
        trend: null,
      };
    }),
  );
  return tiles.filter((t): t is Tile => t !== null);
}
