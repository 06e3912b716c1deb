import { searchKey } from './text.ts';

/** The catalog's vocabularies (group, level, kind, subject) in Vietnamese and English. */
export const AWARD_GROUP_LABELS: Record<string, { vi: string; en: string }> = {
  title: { vi: 'Danh hiệu thi đua', en: 'Emulation title' },
  order: { vi: 'Huân chương', en: 'Order' },
  medal: { vi: 'Huy chương', en: 'Medal' },
  honorary_title: { vi: 'Danh hiệu vinh dự Nhà nước', en: 'State honorary title' },
  prize: { vi: 'Giải thưởng', en: 'Prize' },
  commemorative_medal: { vi: 'Kỷ niệm chương', en: 'Commemorative medal' },
  certificate_of_merit: { vi: 'Bằng khen', en: 'Certificate of merit' },
  commendation_certificate: { vi: 'Giấy khen', en: 'Commendation certificate' },
};
export const AWARD_LEVEL_LABELS: Record<string, { vi: string; en: string }> = {
  state: { vi: 'Nhà nước', en: 'State' },
  national: { vi: 'Toàn quốc', en: 'National' },
  ministry_province: { vi: 'Bộ, ngành, tỉnh', en: 'Ministry / province' },
  grassroots: { vi: 'Cơ sở', en: 'Grassroots' },
  basic: { vi: 'Cơ sở (đơn vị)', en: 'Basic unit' },
};
export const AWARD_KIND_LABELS: Record<string, { vi: string; en: string }> = {
  emulation_title: { vi: 'Danh hiệu thi đua', en: 'Emulation title' },
  commendation_form: { vi: 'Hình thức khen thưởng', en: 'Form of commendation' },
};
export const AWARD_SUBJECT_LABELS: Record<string, { vi: string; en: string }> = {
  individual: { vi: 'Cá nhân', en: 'Individual' },
  collective: { vi: 'Tập thể', en: 'Collective' },
  household: { vi: 'Hộ gia đình', en: 'Household' },
};

/** The groups of a subject's periods (discipline, review, leave) in Vietnamese and English. */
export const PERIOD_CATEGORY_LABELS: Record<string, { vi: string; en: string }> = {
  discipline: { vi: 'Kỷ luật', en: 'Discipline' },
  review: { vi: 'Đang bị xem xét', en: 'Under review' },
  leave: { vi: 'Nghỉ chế độ', en: 'Leave' },
};

/** What the catalog page filters by; the page and its Excel export filter alike. */
export interface CatalogFilter {
  kind?: string;
  group?: string;
  subject?: string;
  /** Words of the name, diacritics and case ignored. */
  q?: string;
  /** Also the awards for the armed forces, foreigners, localities or other sectors (hidden unless asked for). */
  all?: boolean;
}

/** The awards of a catalog a filter keeps, in the catalog's own order. */
export function filterCatalog<
  T extends { kind: string; group: string; subjects: readonly string[]; name: string; audience: string | null },
>(items: readonly T[], f: CatalogFilter): T[] {
  const words = searchKey(f.q ?? '')
    .split(' ')
    .filter(Boolean);
  return items.filter(
    (a) =>
      (f.all || !a.audience) &&
      (!f.kind || a.kind === f.kind) &&
      (!f.group || a.group === f.group) &&
      (!f.subject || a.subjects.includes(f.subject)) &&
      words.every((w) => searchKey(a.name).includes(w)),
  );
}
