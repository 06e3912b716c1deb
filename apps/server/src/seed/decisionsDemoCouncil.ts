import type { Transaction } from 'kysely';
import type { Database, PersonTable } from '../db/schema.ts';
import { appendAudit, SYSTEM_ACTOR } from '../platform/audit.ts';
import { newId } from '../platform/ids.ts';
import { COUNCIL_TERM_FROM, DEMO_COUNCIL_SEATS, type CouncilSeat } from './decisionsDemoData.ts';

/**
 * The council of the demo department: the Director chairs it, his deputy is
 * the standing member, the Chánh Văn phòng its secretary, the heads of KHTC
 * and QLCN members. Seats of new accounts are held by the people of those
 * posts, so the names agree with the staff list and recusal finds them.
 */

export const NEW_COUNCIL_ACCOUNTS = DEMO_COUNCIL_SEATS.filter((s) => !s.existing);

function holder(seat: CouncilSeat, people: PersonTable[], orgIds: Map<string, string>): PersonTable {
  const org = orgIds.get(seat.orgCode)!;
  const found = people.filter(
    (p) =>
      p.org_id === org &&
      ('name' in seat.person ? p.full_name === seat.person.name : p.position === seat.person.position),
  );
  if (found.length !== 1)
    throw new Error(`demo council: expected one holder for ${seat.username}, found ${found.length}`);
  return found[0]!;
}

/**
 * Creates the council's new accounts (hashes made outside the transaction, in NEW_COUNCIL_ACCOUNTS order),
 * grants council_member to the chair's existing account and seats all five. Audited like the demo accounts.
 */
export async function insertDemoCouncil(
  trx: Transaction<Database>,
  orgIds: Map<string, string>,
  people: PersonTable[],
  hashes: string[],
  now: string,
): Promise<{ username: string; role: string; orgCode: string }[]> {
  const stamp = { created_at: now, updated_at: now, version: 1 };
  const sct = orgIds.get('SCT')!;
  const created: { username: string; role: string; orgCode: string }[] = [];
  for (const seat of DEMO_COUNCIL_SEATS) {
    const person = holder(seat, people, orgIds);
    let user = await trx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('username', '=', seat.username)
      .executeTakeFirst();
    if (!seat.existing) {
      if (user) continue; // never overwrite a real account that happens to share the name
      user = { id: newId(), display_name: person.full_name };
      await trx
        .insertInto('users')
        .values({
          id: user.id,
          username: seat.username,
          display_name: person.full_name,
          password_hash: hashes[NEW_COUNCIL_ACCOUNTS.indexOf(seat)]!,
          active: 1,
          must_change_password: 0,
          last_login_at: null,
          ...stamp,
        })
        .execute();
      await trx
        .insertInto('role_grants')
        .values({ id: newId(), user_id: user.id, role: 'council_member', org_id: sct, created_at: now })
        .execute();
      await appendAudit(trx, SYSTEM_ACTOR, 'user.created', 'user', user.id, null, {
        id: user.id,
        username: seat.username,
        displayName: person.full_name,
        active: true,
        mustChangePassword: false,
        grants: [{ role: 'council_member', orgId: sct }],
      });
      created.push({ username: seat.username, role: 'council_member', orgCode: 'SCT' });
    } else {
      if (!user) continue;
      const grants = await trx
        .selectFrom('role_grants')
        .select(['role', 'org_id'])
        .where('user_id', '=', user.id)
        .execute();
      const before = grants.map((g) => ({ role: g.role, orgId: g.org_id }));
      if (!grants.some((g) => g.role === 'council_member')) {
        // The Director sits as chair: he votes, so he needs the council role beside "leader".
        await trx
          .insertInto('role_grants')
          .values({ id: newId(), user_id: user.id, role: 'council_member', org_id: sct, created_at: now })
          .execute();
        await appendAudit(
          trx,
          SYSTEM_ACTOR,
          'user.updated',
          'user',
          user.id,
          { roles: before },
          { roles: [...before, { role: 'council_member', orgId: sct }] },
        );
      }
    }
    const member = {
      userId: user.id,
      personId: person.id,
      role: seat.role,
      orgId: orgIds.get(seat.orgCode)!,
      termFrom: COUNCIL_TERM_FROM,
      termTo: null,
    };
    const id = newId();
    await trx
      .insertInto('council_members')
      .values({
        id,
        user_id: member.userId,
        person_id: member.personId,
        role: member.role,
        org_id: member.orgId,
        term_from: member.termFrom,
        term_to: null,
        ...stamp,
      })
      .execute();
    await appendAudit(trx, SYSTEM_ACTOR, 'council.member_added', 'council_member', id, null, member);
  }
  return created;
}
