/**
 * Whom an award is meant for when it is not any agency's staff: a provincial Department of
 * Industry and Trade (a civilian agency) proposes none of these, so the catalog and the award
 * pickers hide them unless asked. The entries are the Law 06/2022's own distinctions: military
 * and police orders, medals and titles (Art 9, 19, 54; units of the armed forces, Art 27–28);
 * honours for foreigners (Huân chương, Huy chương Hữu nghị); titles of localities and residents
 * (Art 29–31, Giấy khen of a commune chair); state honorary titles of other sectors.
 */
export type AwardAudience = 'armed_forces' | 'foreigners' | 'localities' | 'other_sectors';

export const AWARD_AUDIENCE_LABELS: Record<AwardAudience, string> = {
  armed_forces: 'Lực lượng vũ trang',
  foreigners: 'Người nước ngoài',
  localities: 'Địa phương, khu dân cư, hộ gia đình',
  other_sectors: 'Ngành khác (giáo dục, y tế, văn hóa, chính sách)',
};

/** By award code; an order's or medal's classes (`_1`, `_2`, `_3`) share their family's entry. */
const AUDIENCES: Record<string, AwardAudience> = {
  order_military_exploit: 'armed_forces',
  order_fatherland_defence: 'armed_forces',
  order_feat_of_arms: 'armed_forces',
  medal_victory_flag: 'armed_forces',
  medal_national_security: 'armed_forces',
  medal_glorious_soldier: 'armed_forces',
  hero_armed_forces: 'armed_forces',
  certificate_of_merit_military: 'armed_forces',
  emulation_flag_military: 'armed_forces',
  advanced_soldier: 'armed_forces',
  advanced_unit: 'armed_forces',
  determined_to_win_unit: 'armed_forces',
  order_friendship: 'foreigners',
  medal_friendship: 'foreigners',
  hero_province: 'localities',
  exemplary_commune: 'localities',
  cultural_village: 'localities',
  cultural_family: 'localities',
  commendation_certificate_commune: 'localities',
  heroic_mother: 'other_sectors',
  people_teacher: 'other_sectors',
  meritorious_teacher: 'other_sectors',
  people_physician: 'other_sectors',
  meritorious_physician: 'other_sectors',
  people_artist: 'other_sectors',
  meritorious_artist: 'other_sectors',
};

/** The award's audience when it is not a civilian agency's staff; null when the department may propose it. */
export function audienceOf(code: string): AwardAudience | null {
  return AUDIENCES[code] ?? AUDIENCES[code.replace(/_[123]$/u, '')] ?? null;
}
