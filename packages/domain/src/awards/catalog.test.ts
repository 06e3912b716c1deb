import { describe, expect, it } from 'vitest';
import { AWARD_CATALOG, assertSubject, awardByCode, catalogAt } from './catalog.ts';
import { AwardsError } from './types.ts';

describe('award catalog', () => {
  it('holds every ladder award and the forms of Law Art 9 under stable codes', () => {
    const codes = AWARD_CATALOG.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
    for (const code of [
      'advanced_worker',
      'grassroots_emulation_fighter',
      'provincial_emulation_fighter',
      'national_emulation_fighter',
      'advanced_collective',
      'excellent_collective',
      'emulation_flag_provincial',
      'emulation_flag_ministry',
      'emulation_flag_government',
      'order_labour_1',
      'order_labour_2',
      'order_labour_3',
      'hero_labour',
      'medal_friendship',
      'commemorative_medal',
      'certificate_of_merit_pm',
      'certificate_of_merit_provincial',
      'certificate_of_merit_ministerial',
      'commendation_certificate',
      'ho_chi_minh_prize',
      'state_prize',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it('gives the Labour Order classes their Vietnamese names, classes and ND 152 multiples', () => {
    const o3 = awardByCode('order_labour_3');
    expect(o3.name).toBe('Huân chương Lao động hạng Ba');
    expect(o3.orderClass).toBe(3);
    expect(o3.kind).toBe('commendation_form');
    expect(o3.bonus.nd152_2025?.multiple).toBe(4.5);
    expect(o3.bonus.nd152_2025?.citation.article).toBe('Điều 51');
    expect(awardByCode('order_labour_1').bonus.nd152_2025?.multiple).toBe(9);
  });

  it('carries the reference confidence: TT LĐTT criteria are P, ND 98 Bằng khen figures are U', () => {
    expect(awardByCode('advanced_collective').citation.confidence).toBe('P');
    expect(awardByCode('certificate_of_merit_pm').bonus.nd98_2023?.confidence).toBe('U');
    expect(awardByCode('certificate_of_merit_pm').bonus.nd152_2025?.confidence).toBe('V');
  });

  it('lets commune chairs confer CSTĐCS only from 01/07/2025', () => {
    const commune = awardByCode('grassroots_emulation_fighter').conferredBy.find(
      (c) => c.authority === 'commune_chair',
    );
    expect(commune?.validFrom).toBe('2025-07-01');
  });

  it('refuses an unknown code and a collective title for a person, in Vietnamese', () => {
    expect(() => awardByCode('best_employee')).toThrowError(/Không có danh hiệu.*"best_employee"/);
    try {
      assertSubject(awardByCode('advanced_collective'), 'individual');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AwardsError);
      expect((e as AwardsError).code).toBe('wrong_subject');
      expect((e as Error).message).toContain('không xét tặng cho cá nhân');
    }
  });

  it('is empty before the 2022 Law took effect', () => {
    expect(catalogAt('2023-12-31')).toEqual([]);
    expect(catalogAt('2025-07-01').length).toBe(AWARD_CATALOG.length);
  });
});
