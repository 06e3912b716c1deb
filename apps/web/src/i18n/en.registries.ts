import type { viRegistries } from './vi.registries.ts';

/** English texts of the sector's registries. */
export const enRegistries: Record<keyof typeof viRegistries, string> = {
  'nav.registriesMenu': 'Sector registries',
  'nav.regFacilities': 'Industrial facilities',
  'nav.regCooperatives': 'Cooperatives',
  'nav.regCraftVillages': 'Craft villages',
  'nav.regRuralProducts': 'Typical rural industrial products',
  'nav.regIndustrialZones': 'Industrial parks and clusters',
};
