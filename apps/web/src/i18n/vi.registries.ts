/** Vietnamese texts of the sector's registries. */
export const viRegistries = {
  'nav.registriesMenu': 'Cơ sở dữ liệu ngành',
  'nav.regFacilities': 'Cơ sở công nghiệp',
  'nav.regCooperatives': 'Hợp tác xã',
  'nav.regCraftVillages': 'Làng nghề',
  'nav.regRuralProducts': 'Sản phẩm CNNT tiêu biểu',
  'nav.regIndustrialZones': 'Khu, cụm công nghiệp',
};
