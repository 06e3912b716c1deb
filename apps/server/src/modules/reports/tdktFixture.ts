import { nowIso } from '../../db/index.ts';
import { newId } from '../../platform/ids.ts';
import { insertAwardRecord, insertMovement, insertPerson, insertUnit } from '../../test/factories.ts';
import { makeUser, type Client, type Harness } from '../../test/harness.ts';

/**
 * The small data set forms 0601–0605 are checked against (tdktForms.test.ts counts its cells by hand):
 * two units A and B under the department, their people, movements, awards, council and blocs.
 */
export async function seedTdktData(h: Harness, admin: Client, root: string): Promise<{ a: string; b: string }> {
  const k = h.db.kysely;
  const a = await insertUnit(k, root, 'PA', 'Phòng A');
  const b = await insertUnit(k, root, 'PB', 'Phòng B');

  // People: a head of division, a specialist, a worker, the emulation specialist, the officer behind an account.
  const person = async (org: string, given: string, position: string, over: Record<string, string> = {}) => {
    const p = await insertPerson(k, org, {
      familyName: over.family,
      middleName: over.middle,
      givenName: given,
      gender: over.gender,
      startDate: over.startDate,
    });
    await k
      .updateTable('people')
      .set({ position, employment_type: over.type ?? 'civil_servant' })
      .where('id', '=', p.id)
      .execute();
    return p;
  };
  const p1 = await person(a, 'Bình', 'Trưởng phòng');
  const p2 = await person(a, 'Chi', 'Chuyên viên', { gender: 'female' });
  const p3 = await person(b, 'Dũng', 'Nhân viên', { type: 'worker' });
  await person(a, 'Giang', 'Chuyên viên phụ trách thi đua, khen thưởng', {
    gender: 'female',
    startDate: '2018-03-01',
  });
  const hoaPerson = {
    family: 'Lê',
    middle: 'Thị',
    gender: 'female',
    startDate: '2000-01-01',
    type: 'public_employee',
  };
  await person(b, 'Hoa', 'Chuyên viên', hoaPerson);
  const hoa = await makeUser(admin, 'hoa.tdkt', [{ role: 'emulation_officer', orgId: root }]);
  await k.updateTable('users').set({ display_name: 'Lê Thị Hoa' }).where('id', '=', hoa.id).execute();
  await makeUser(admin, 'khong.ro', [{ role: 'emulation_officer', orgId: a }]);

  // Movements of 2025: the department's (whole, a year, closed), the province's (part, four months),
  // the centre's (whole, six years, at its interim review); a draft and one of 2024 are not counted.
  const movement = async (
    stage: 'closed' | 'in_progress' | 'interim_review' | 'draft',
    orgs: string[],
    set: Record<string, string>,
  ) => {
    const m = await insertMovement(k, { stage, orgIds: orgs, year: 2025, kind: set.kind as 'regular' });
    await k
      .updateTable('movements')
      .set({ launch_level: set.level!, starts_on: set.from!, ends_on: set.to! })
      .where('id', '=', m.id)
      .execute();
    return m.id;
  };
  const m1 = await movement('closed', [a, b], {
    kind: 'regular',
    level: 'department',
    from: '2025-01-01',
    to: '2025-12-31',
  });
  await movement('in_progress', [a], { kind: 'thematic', level: 'province', from: '2025-03-01', to: '2025-06-30' });
  await movement('interim_review', [a, b], {
    kind: 'thematic',
    level: 'national',
    from: '2025-05-01',
    to: '2030-12-31',
  });
  await movement('draft', [a, b], { kind: 'regular', level: 'department', from: '2025-02-01', to: '2025-12-31' });
  await movement('closed', [a, b], { kind: 'regular', level: 'department', from: '2024-01-01', to: '2024-12-31' });
  const now = nowIso();
  await k
    .insertInto('movement_exemplars')
    .values({
      id: newId(),
      movement_id: m1,
      subject_kind: 'individual',
      subject_id: p1.id,
      org_id: a,
      title: 'Điển hình',
      description: '',
      evidence: '',
      recorded_on: '2025-11-01',
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();

  // Awards.
  const award = async (
    subject: { id: string; org_id: string; kind?: 'individual' | 'collective' },
    code: string,
    year: number,
    type: string,
    more: Record<string, unknown> = {},
  ) => {
    const r = await insertAwardRecord(k, subject, { awardCode: code, year });
    await k
      .updateTable('award_records')
      .set({ commendation_type: type, ...more })
      .where('id', '=', r.id)
      .execute();
  };
  await award(p1, 'certificate_of_merit_provincial', 2025, 'periodic', { movement_id: m1 });
  await award(p2, 'certificate_of_merit_provincial', 2025, 'thematic', { movement_id: m1 });
  await award(p3, 'provincial_emulation_fighter', 2025, 'periodic');
  await award({ id: a, org_id: a, kind: 'collective' }, 'emulation_flag_provincial', 2025, 'periodic');
  await award({ id: newId(), org_id: b }, 'certificate_of_merit_ministerial', 2025, '');
  await award(p1, 'order_labour_3', 2025, 'ad_hoc');
  await award({ id: b, org_id: b, kind: 'collective' }, 'certificate_of_merit_pm', 2025, 'periodic');
  await award(p2, 'order_labour_3', 2024, 'periodic');
  await award(p3, 'advanced_worker', 2025, 'periodic');
  await award(p3, 'certificate_of_merit_provincial', 2025, 'periodic', { deleted_at: now, delete_reason: 'Nhầm' });

  // The council: chair, secretary and a member in office; a member whose term ended mid-2025.
  const seat = async (name: string, role: string, personId: string | null, termTo: string | null = null) => {
    const u = await makeUser(admin, name, [{ role: 'council_member', orgId: root }]);
    await k
      .insertInto('council_members')
      .values({
        id: newId(),
        user_id: u.id,
        person_id: personId,
        role,
        org_id: root,
        term_from: '2024-01-01',
        term_to: termTo,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
  };
  await seat('hd.chutich', 'chair', p1.id);
  await seat('hd.thuky', 'secretary', p2.id);
  await seat('hd.uyvien', 'member', null);
  await seat('hd.cu', 'member', null, '2025-06-30');
  // A cluster with members in 2025; a bloc listed for 2024 only.
  const bloc = async (kind: string, year: number, members: [string | null, string][]) => {
    const id = newId();
    await k
      .insertInto('blocs')
      .values({
        id,
        name: `Khối ${kind}`,
        kind,
        organiser: '',
        description: '',
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    const yid = newId();
    await k
      .insertInto('bloc_years')
      .values({
        id: yid,
        bloc_id: id,
        year,
        covenant_signed_on: null,
        covenant_number: '',
        covenant_content: '',
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await k
      .insertInto('bloc_members')
      .values(
        members.map(([org, role], position) => ({
          bloc_year_id: yid,
          position,
          org_id: org,
          name: org ?? 'Sở Xây dựng',
          role,
        })),
      )
      .execute();
  };
  await bloc('cluster', 2025, [
    [a, 'leader'],
    [null, 'member'],
  ]);
  await bloc('bloc', 2024, [[a, 'member']]);
  return { a, b };
}
