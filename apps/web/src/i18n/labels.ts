import { useMemo } from 'react';
import {
  EMPLOYMENT_TYPES,
  EMPLOYMENT_TYPE_LABELS,
  GENDERS,
  GENDER_LABELS,
  ORG_KINDS,
  ORG_KIND_LABELS,
  PERSON_STATUSES,
  PERSON_STATUS_LABELS,
  ROLES,
  ROLE_LABELS,
} from '@thidua/domain';
import { useI18n } from './index.tsx';
import {
  ACTION_LABELS,
  EMPLOYMENT_TYPE_LABELS_EN,
  ENTITY_LABELS,
  GENDER_LABELS_EN,
  ORG_KIND_LABELS_EN,
  PERSON_STATUS_LABELS_EN,
  ROLE_LABELS_EN,
} from './labelsEn.ts';

type Labels<T extends string> = Record<T, string>;

function options<T extends string>(codes: readonly T[], labels: Labels<T>) {
  return codes.map((value) => ({ value, label: labels[value] }));
}

/** Labels and select options of the domain enums, in the current language. */
export function useLabels() {
  const { lang } = useI18n();
  return useMemo(() => {
    const vi = lang === 'vi';
    const role = vi ? ROLE_LABELS : ROLE_LABELS_EN;
    const orgKind = vi ? ORG_KIND_LABELS : ORG_KIND_LABELS_EN;
    const employmentType = vi ? EMPLOYMENT_TYPE_LABELS : EMPLOYMENT_TYPE_LABELS_EN;
    const gender = vi ? GENDER_LABELS : GENDER_LABELS_EN;
    const personStatus = vi ? PERSON_STATUS_LABELS : PERSON_STATUS_LABELS_EN;
    const pick = (table: Record<string, { vi: string; en: string }>, code: string) => table[code]?.[lang] ?? code;
    return {
      role,
      orgKind,
      employmentType,
      gender,
      personStatus,
      entity: (code: string) => pick(ENTITY_LABELS, code),
      action: (code: string) =>
        ACTION_LABELS[code]?.[lang] ?? ACTION_LABELS[code.split('.').pop() ?? '']?.[lang] ?? code,
      entityOptions: Object.keys(ENTITY_LABELS).map((value) => ({ value, label: pick(ENTITY_LABELS, value) })),
      roleOptions: options(ROLES, role),
      orgKindOptions: options(ORG_KINDS, orgKind),
      employmentTypeOptions: options(EMPLOYMENT_TYPES, employmentType),
      genderOptions: options(GENDERS, gender),
      personStatusOptions: options(PERSON_STATUSES, personStatus),
    };
  }, [lang]);
}
