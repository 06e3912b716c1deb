import { cite, law, ND_152_2025, ND_98_2023 } from './citations.ts';
import type {
  Award,
  AwardGroup,
  AwardLevel,
  BonusFact,
  Conferrer,
  Confidence,
  RuleSetId,
  SubjectKind,
} from './types.ts';

export const LAW_FROM = '2024-01-01';
export const ROMAN = { 1: 'hạng Nhất', 2: 'hạng Nhì', 3: 'hạng Ba' } as const;

/** Builders of the commendation-form entries. */

/** Orders: ND 152 Art 51 = ND 98 Art 55; collectives get twice the individual amount (V, S14). */
export function orderBonus(multiple: number): Partial<Record<RuleSetId, BonusFact>> {
  return {
    nd98_2023: { multiple, confidence: 'V', citation: cite(ND_98_2023, 'Điều 55', 'V', 'S14'), collectiveFactor: 2 },
    nd152_2025: { multiple, confidence: 'V', citation: cite(ND_152_2025, 'Điều 51', 'V', 'S14'), collectiveFactor: 2 },
  };
}

/**
 * Bằng khen / Giấy khen: ND 152 Art 54 cl. 1 is verified (S15, S16). The ND 98 figures are not in the
 * reference, so they are U and become settings. Collective ×2 is P (setting); household ×1.5 is V (ND 152).
 */
export function formBonus(
  nd152: number,
  nd152Conf: Confidence,
  nd98: number,
  nd98Conf: Confidence,
  ceiling = false,
): Partial<Record<RuleSetId, BonusFact>> {
  const base = { collectiveFactor: 'setting' as const, ...(ceiling ? { ceiling } : {}) };
  return {
    nd98_2023: { multiple: nd98, confidence: nd98Conf, citation: cite(ND_98_2023, null, nd98Conf, 'S16'), ...base },
    nd152_2025: {
      multiple: nd152,
      confidence: nd152Conf,
      citation: cite(ND_152_2025, 'Điều 54 khoản 1', nd152Conf, 'S15', 'S16'),
      ...base,
      householdFactor: 1.5,
    },
  };
}

export interface FormSpec {
  code: string;
  name: string;
  group: AwardGroup;
  level: AwardLevel;
  subjects?: readonly SubjectKind[];
  by: readonly Conferrer[];
  article: string;
  bonus?: Partial<Record<RuleSetId, BonusFact>>;
  orderClass?: 1 | 2 | 3;
  confidence?: Confidence;
  note?: string;
}

export function form(s: FormSpec): Award {
  return {
    code: s.code,
    name: s.name,
    kind: 'commendation_form',
    group: s.group,
    subjects: s.subjects ?? ['individual', 'collective'],
    level: s.level,
    ...(s.orderClass ? { orderClass: s.orderClass } : {}),
    conferredBy: s.by,
    bonus: s.bonus ?? {},
    citation: law(s.article, s.confidence ?? 'V', 'S60', 'S61'),
    validFrom: LAW_FROM,
    validTo: null,
    confidence: s.confidence ?? 'V',
    ...(s.note ? { note: s.note } : {}),
  };
}

export const PRESIDENT = [{ authority: 'president' }] as const;

/** An order in three classes; multiples indexed by class. */
export function orderClasses(
  code: string,
  name: string,
  article: string,
  multiples: readonly [number, number, number],
): Award[] {
  return ([1, 2, 3] as const).map((c) =>
    form({
      code: `${code}_${c}`,
      name: `${name} ${ROMAN[c]}`,
      group: 'order',
      level: 'state',
      by: PRESIDENT,
      article,
      orderClass: c,
      bonus: orderBonus(multiples[c - 1] as number),
    }),
  );
}
