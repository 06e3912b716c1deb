import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  rootOrgId,
  type Client,
  type Harness,
} from '../../test/harness.ts';

// The log names who acted and what they acted on, not account names and internal ids alone.
describe.each(DIALECTS)('the audit log as a reader sees it (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
  });
  afterAll(() => h.close());

  it("gives each entry the actor's full name and the record's own name", async () => {
    const org = await makeOrg(admin, await rootOrgId(h), 'NK', 'Phòng Nhật ký');
    const person = await makePerson(admin, org.id, { familyName: 'Trần', middleName: 'Thị', givenName: 'Bích' });
    const page = (await admin.get('/api/v1/audit?pageSize=10')).json();
    const created = page.items.find((e: { entityId: string }) => e.entityId === person.id);
    const admins = await h.db.kysely
      .selectFrom('users')
      .select('display_name')
      .where('username', '=', 'admin')
      .execute();
    expect(created).toMatchObject({
      action: 'person.created',
      actorName: 'admin',
      actorDisplayName: admins[0]!.display_name,
      entityType: 'person',
      entityLabel: 'Trần Thị Bích',
    });
    expect(page.items.find((e: { entityId: string }) => e.entityId === org.id).entityLabel).toBe('Phòng Nhật ký');
  });
});
