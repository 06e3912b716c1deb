import { ROLE_GROUPS, type Role } from '@thidua/domain';
import { ANY_ROLE, hasAnyRole, type RequestUser } from '../../platform/access.ts';
import { forbidden } from '../../platform/errors.ts';

/** Everyone signed in reads the catalog: the indicators are what every figure on every page means. */
export const READERS: readonly Role[] = ANY_ROLE;
/** The planning division keeps the catalog (docs/statistics.md, "Roles"). */
export const WRITERS: readonly Role[] = ROLE_GROUPS.statPlanners;

export const canKeepCatalog = (user: RequestUser) => hasAnyRole(user, WRITERS);

export function assertCatalogWriter(user: RequestUser): void {
  if (!canKeepCatalog(user))
    throw forbidden('Chỉ Phòng Kế hoạch – Tổng hợp (cán bộ tổng hợp thống kê) cập nhật danh mục thống kê.');
}
