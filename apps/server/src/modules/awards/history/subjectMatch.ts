import { parseVnDate, searchKey } from '@thidua/domain';
import type { RequestUser } from '../../../platform/access.ts';
import { canWriteHistoryOf } from '../policy.ts';
import type { Deps } from '../../../platform/context.ts';

export interface SubjectCells {
  row: number;
  subjectKind: string;
  name: string;
  dateOfBirth: string;
  orgCode: string;
}

export interface MatchedSubject {
  kind: 'individual' | 'collective';
  subjectId: string;
  /** The subject's unit now (a person's own unit, or the collective itself). */
  orgId: string;
}

type Err = (row: number, column: string, message: string) => void;

const KIND_OF = new Map<string, MatchedSubject['kind']>([
  ['ca nhan', 'individual'],
  ['tap the', 'collective'],
]);

/**
 * Ties rows of a clerk's sheet to people and collectives: a person by name in
 * the unit (plus date of birth when the unit has namesakes), a collective by
 * its unit code and name. Never guesses: an unknown or ambiguous row is an error.
 */
export async function subjectMatcher(deps: Deps, user: RequestUser, rows: readonly SubjectCells[]) {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const orgs = await db.selectFrom('organisations').select(['id', 'code', 'name']).execute();
  const orgByCode = new Map(orgs.map((o) => [o.code.toLowerCase(), o]));
  const unitIds = [...new Set(rows.map((r) => orgByCode.get(r.orgCode.toLowerCase())?.id).filter(Boolean))] as string[];
  const people: { id: string; full_name: string; date_of_birth: string | null; org_id: string }[] = [];
  for (let i = 0; i < unitIds.length; i += 500)
    people.push(
      ...(await db
        .selectFrom('people')
        .select(['id', 'full_name', 'date_of_birth', 'org_id'])
        .where('org_id', 'in', unitIds.slice(i, i + 500))
        .execute()),
    );
  const byName = new Map<string, typeof people>();
  for (const p of people) {
    const k = `${p.org_id}|${searchKey(p.full_name)}`;
    byName.set(k, [...(byName.get(k) ?? []), p]);
  }

  return (r: SubjectCells, err: Err): MatchedSubject | undefined => {
    const kind = KIND_OF.get(searchKey(r.subjectKind));
    if (!kind) err(r.row, 'Đối tượng', 'Ghi "Cá nhân" hoặc "Tập thể"');
    const org = orgByCode.get(r.orgCode.toLowerCase());
    if (!r.orgCode) err(r.row, 'Mã đơn vị', 'Không được để trống');
    else if (!org) err(r.row, 'Mã đơn vị', `Không có đơn vị mã "${r.orgCode}"`);
    else if (!canWriteHistoryOf(user, tree, org.id)) {
      err(r.row, 'Mã đơn vị', `Bạn không có quyền nhập cho đơn vị "${r.orgCode}"`);
      return undefined;
    }
    let dob: string | null = null;
    if (r.dateOfBirth) {
      dob = parseVnDate(r.dateOfBirth);
      if (!dob) err(r.row, 'Ngày sinh', 'Ngày không hợp lệ (dd/mm/yyyy)');
    }
    if (!kind || !org) return undefined;
    if (kind === 'collective') {
      if (r.name && searchKey(r.name) !== searchKey(org.name)) {
        err(r.row, 'Họ và tên / Tên tập thể', `Tên tập thể khác tên đơn vị mã "${org.code}" ("${org.name}")`);
        return undefined;
      }
      return { kind, subjectId: org.id, orgId: org.id };
    }
    const same = (byName.get(`${org.id}|${searchKey(r.name)}`) ?? []).filter((p) => !dob || p.date_of_birth === dob);
    if (!r.name) err(r.row, 'Họ và tên / Tên tập thể', 'Không được để trống');
    else if (!same.length)
      err(
        r.row,
        'Họ và tên / Tên tập thể',
        `Không tìm thấy "${r.name}"${dob ? ' với ngày sinh này' : ''} ở đơn vị "${org.code}"`,
      );
    else if (same.length > 1)
      err(r.row, 'Ngày sinh', `Đơn vị có ${same.length} người tên "${r.name}": ghi thêm ngày sinh để phân biệt`);
    else return { kind, subjectId: same[0]!.id, orgId: same[0]!.org_id };
    return undefined;
  };
}
