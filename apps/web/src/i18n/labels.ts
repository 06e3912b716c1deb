import { useMemo } from 'react';
import {
  AWARD_ORIGINS,
  AWARD_ORIGIN_LABELS,
  COMMENDATION_TYPES,
  COMMENDATION_TYPE_LABELS,
  DISCIPLINE_FORMS,
  DISCIPLINE_LABELS,
  EMPLOYMENT_TYPES,
  EMPLOYMENT_TYPE_LABELS,
  GENDERS,
  GENDER_LABELS,
  INITIATIVE_KINDS,
  INITIATIVE_KIND_LABELS,
  LEAVE_KINDS,
  LEAVE_LABELS,
  ORG_KINDS,
  ORG_KIND_LABELS,
  PERSON_STATUSES,
  PERSON_STATUS_LABELS,
  RATINGS,
  RATING_LABELS,
  RECOGNITION_LABELS,
  RECOGNITION_LEVELS,
  REVIEW_KINDS,
  REVIEW_LABELS,
  ROLES,
  ROLE_LABELS,
} from '@thidua/domain';
import { useI18n } from './index.tsx';
import { AUDIT_ENTITY_LABELS, auditActionLabel } from './auditLabels.ts';
import {
  AWARD_GROUP_LABELS,
  AWARD_KIND_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_ORIGIN_LABELS_EN,
  AWARD_SUBJECT_LABELS,
  COMMENDATION_TYPE_LABELS_EN,
  DISCIPLINE_LABELS_EN,
  EMPLOYMENT_TYPE_LABELS_EN,
  GENDER_LABELS_EN,
  INITIATIVE_KIND_LABELS_EN,
  LEAVE_LABELS_EN,
  ORG_KIND_LABELS_EN,
  PERIOD_CATEGORY_LABELS,
  PERSON_STATUS_LABELS_EN,
  RATING_LABELS_EN,
  RECOGNITION_LABELS_EN,
  REVIEW_LABELS_EN,
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
    const rating = vi ? RATING_LABELS : RATING_LABELS_EN;
    const discipline: Labels<(typeof DISCIPLINE_FORMS)[number]> = vi ? DISCIPLINE_LABELS : DISCIPLINE_LABELS_EN;
    const review: Labels<(typeof REVIEW_KINDS)[number]> = vi ? REVIEW_LABELS : REVIEW_LABELS_EN;
    const leave: Labels<(typeof LEAVE_KINDS)[number]> = vi ? LEAVE_LABELS : LEAVE_LABELS_EN;
    const commendationType = vi ? COMMENDATION_TYPE_LABELS : COMMENDATION_TYPE_LABELS_EN;
    const origin = vi ? AWARD_ORIGIN_LABELS : AWARD_ORIGIN_LABELS_EN;
    const initiativeKind: Labels<(typeof INITIATIVE_KINDS)[number]> = vi
      ? INITIATIVE_KIND_LABELS
      : INITIATIVE_KIND_LABELS_EN;
    const recognition = vi ? RECOGNITION_LABELS : RECOGNITION_LABELS_EN;
    const pick = (table: Record<string, { vi: string; en: string }>, code: string) => table[code]?.[lang] ?? code;
    const periodKinds = {
      discipline: options(DISCIPLINE_FORMS, discipline),
      review: options(REVIEW_KINDS, review),
      leave: options(LEAVE_KINDS, leave),
    };
    return {
      role,
      orgKind,
      employmentType,
      gender,
      personStatus,
      rating,
      discipline,
      review,
      leave,
      commendationType,
      origin,
      initiativeKind,
      recognition,
      entity: (code: string) => pick(AUDIT_ENTITY_LABELS, code),
      action: (code: string) => auditActionLabel(code, lang),
      awardGroup: (code: string) => pick(AWARD_GROUP_LABELS, code),
      awardLevel: (code: string) => pick(AWARD_LEVEL_LABELS, code),
      awardKind: (code: string) => pick(AWARD_KIND_LABELS, code),
      awardSubject: (code: string) => pick(AWARD_SUBJECT_LABELS, code),
      periodCategory: (code: string) => pick(PERIOD_CATEGORY_LABELS, code),
      /** The label of a period's kind, whatever its category. */
      periodKind: (code: string) =>
        (discipline as Record<string, string>)[code] ??
        (review as Record<string, string>)[code] ??
        (leave as Record<string, string>)[code] ??
        code,
      entityOptions: Object.keys(AUDIT_ENTITY_LABELS).map((value) => ({
        value,
        label: pick(AUDIT_ENTITY_LABELS, value),
      })),
      roleOptions: options(ROLES, role),
      orgKindOptions: options(ORG_KINDS, orgKind),
      employmentTypeOptions: options(EMPLOYMENT_TYPES, employmentType),
      genderOptions: options(GENDERS, gender),
      personStatusOptions: options(PERSON_STATUSES, personStatus),
      ratingOptions: options(RATINGS, rating),
      commendationTypeOptions: options(COMMENDATION_TYPES, commendationType),
      originOptions: options(AWARD_ORIGINS, origin),
      initiativeKindOptions: options(INITIATIVE_KINDS, initiativeKind),
      recognitionOptions: options(RECOGNITION_LEVELS, recognition),
      awardGroupOptions: Object.keys(AWARD_GROUP_LABELS).map((value) => ({
        value,
        label: pick(AWARD_GROUP_LABELS, value),
      })),
      awardKindOptions: Object.keys(AWARD_KIND_LABELS).map((value) => ({
        value,
        label: pick(AWARD_KIND_LABELS, value),
      })),
      awardSubjectOptions: Object.keys(AWARD_SUBJECT_LABELS).map((value) => ({
        value,
        label: pick(AWARD_SUBJECT_LABELS, value),
      })),
      periodCategoryOptions: Object.keys(PERIOD_CATEGORY_LABELS).map((value) => ({
        value,
        label: pick(PERIOD_CATEGORY_LABELS, value),
      })),
      periodKinds,
    };
  }, [lang]);
}
