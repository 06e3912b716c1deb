/** Emulation blocs and clusters (reference §7): members per year with a rotating leader and deputy. */
export const BLOC_KINDS = ['bloc', 'cluster'] as const;
export type BlocKind = (typeof BLOC_KINDS)[number];
export const BLOC_KIND_LABELS: Record<BlocKind, string> = { bloc: 'Khối thi đua', cluster: 'Cụm thi đua' };

/** Who organises the bloc: the province's council, the ministry, or the department for its own units. */
export const BLOC_ORGANISERS = ['province', 'ministry', 'department'] as const;
export type BlocOrganiser = (typeof BLOC_ORGANISERS)[number];
export const BLOC_ORGANISER_LABELS: Record<BlocOrganiser, string> = {
  province: 'Hội đồng TĐKT tỉnh',
  ministry: 'Bộ Công Thương',
  department: 'Sở Công Thương',
};

export const BLOC_ROLES = ['leader', 'deputy', 'member'] as const;
export type BlocRole = (typeof BLOC_ROLES)[number];
export const BLOC_ROLE_LABELS: Record<BlocRole, string> = {
  leader: 'Khối trưởng',
  deputy: 'Khối phó',
  member: 'Thành viên',
};

/** One leader and at most one deputy a year, each a member; a Vietnamese message per fault. */
export function blocYearErrors(members: readonly { name: string; role: BlocRole }[]): string[] {
  const errors: string[] = [];
  const leaders = members.filter((m) => m.role === 'leader');
  const deputies = members.filter((m) => m.role === 'deputy');
  if (leaders.length !== 1)
    errors.push(
      leaders.length ? `Mỗi năm chỉ có một khối trưởng (đang có ${leaders.length}).` : 'Chưa chọn khối trưởng.',
    );
  if (deputies.length > 1) errors.push(`Mỗi năm chỉ có một khối phó (đang có ${deputies.length}).`);
  const seen = new Set<string>();
  for (const m of members) {
    const key = m.name.normalize('NFC').toLowerCase();
    if (seen.has(key)) errors.push(`"${m.name}" được ghi hai lần.`);
    seen.add(key);
  }
  return errors;
}
