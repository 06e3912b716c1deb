import { searchKey } from '@thidua/domain';
import type {
  RegCooperativeTable,
  RegCraftVillageTable,
  RegFacilityTable,
  RegIndustrialZoneTable,
  RegRuralProductTable,
} from '../db/schema-statistics.ts';
import { newId } from '../platform/ids.ts';
import { Rng, joinName, randomName } from './names.ts';
import { PARKS } from './statisticsDemoPlaces.ts';
import { BRANDS, CLUSTERS, COOP_FIELDS, PRODUCTS, TRADES, VILLAGE_CRAFTS } from './statisticsDemoRegistryNames.ts';

/**
 * The sector's registries in the demo, dated so that on 30/06/2022 (the article's time) they hold exactly
 * 11,236 industrial facilities, 343 cooperatives of which 104 in industry and handicrafts, 162 craft villages,
 * 30 provincial typical rural industrial products of which 5 also recognised at regional level (a regional
 * recognition is a row of its own, level `regional`, beside the product's provincial row), and the three
 * industrial parks. Rows closed before and opened after that day make the counts at other dates differ.
 * No row starts or ends on 30/06/2022 or 01/07/2022, so either reading of an end date gives the same count.
 */

export const AT_ARTICLE = '2022-06-30';
export const ARTICLE_COUNTS = { facilities: 11_236, cooperatives: 343, industrialCoops: 104, villages: 162 };

export interface Place {
  unitId: string;
  /** "xã Tân Cương, Thành phố Thái Nguyên" */
  address: string;
}
export interface RegistryRows {
  facilities: RegFacilityTable[];
  cooperatives: RegCooperativeTable[];
  villages: RegCraftVillageTable[];
  products: RegRuralProductTable[];
  zones: RegIndustrialZoneTable[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const day = (rng: Rng, from: number, to: number) =>
  `${rng.int(from, to)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
/** A date strictly before or after the article's day, never on it. */
const before = (rng: Rng, from: number) => {
  const d = day(rng, from, 2022);
  return d >= '2022-06-29' ? `2022-${pad(rng.int(1, 5))}-${pad(rng.int(1, 28))}` : d;
};
/** After the article's day and before the demo's "today" (November 2026). */
const after = (rng: Rng, to: number) => {
  const d = day(rng, 2022, to);
  if (d <= '2022-07-02') return `2022-${pad(rng.int(8, 12))}-${pad(rng.int(1, 28))}`;
  return d >= '2026-11' ? `2026-${pad(rng.int(1, 10))}-${pad(rng.int(1, 28))}` : d;
};

const TRADE_TOTAL = TRADES.reduce((s, t) => s + t[2], 0);
const tradeOf = (rng: Rng) => {
  let x = rng.next() * TRADE_TOTAL;
  for (const t of TRADES) if ((x -= t[2]) < 0) return t;
  return TRADES[0]!;
};

function facilities(rng: Rng, places: Place[], stamp: Stamp): RegFacilityTable[] {
  const rows: RegFacilityTable[] = [];
  // [how many, from years, to: null | closed before | closed after]: 11,236 open on the day, 1,480 closed before, 1,310 opened after.
  const plan: [number, 'open' | 'closedBefore' | 'closedAfter' | 'openedAfter'][] = [
    [10_341, 'open'],
    [895, 'closedAfter'],
    [1_480, 'closedBefore'],
    [1_310, 'openedAfter'],
  ];
  let n = 0;
  for (const [count, fate] of plan)
    for (let i = 0; i < count; i++) {
      n++;
      const [vsic, trade] = tradeOf(rng);
      const x = rng.next();
      const ownership = vsic === '2630' || x < 0.012 ? 'fdi' : x < 0.016 ? 'state' : 'non_state';
      const firm = ownership !== 'non_state' || rng.chance(0.22);
      const owner = joinName(randomName(rng, rng.chance(0.7) ? 'male' : 'female'));
      const name = firm
        ? `Công ty ${rng.chance(0.6) ? 'TNHH' : 'Cổ phần'} ${BRANDS[n % BRANDS.length]} ${trade.split(',')[0]} ${n}`
        : `Cơ sở ${trade.split(',')[0]} ${owner}`;
      const from =
        fate === 'openedAfter' ? after(rng, 2026) : fate === 'closedBefore' ? day(rng, 1995, 2019) : before(rng, 2000);
      let to: string | null = null;
      if (fate === 'closedBefore') to = day(rng, Math.max(Number(from.slice(0, 4)) + 1, 2008), 2021);
      else if (fate === 'closedAfter') to = after(rng, 2026);
      else if (fate === 'openedAfter' && from < '2026-06' && rng.chance(0.08)) to = '2026-09-30';
      const place = places[rng.int(0, places.length - 1)]!;
      rows.push({
        id: newId(),
        code: `CSCN-${pad(n, 5)}`,
        name,
        search_key: searchKey(name),
        unit_id: place.unitId,
        address: place.address,
        status: to ? 'closed' : 'active',
        valid_from: from,
        valid_to: to,
        note: '',
        tax_code: firm ? `46${pad(rng.int(0, 99_999_999), 8)}` : '',
        vsic,
        ownership,
        workers: ownership === 'fdi' ? rng.int(80, 3_000) : firm ? rng.int(10, 300) : rng.int(1, 12),
        ...stamp,
      });
    }
  return rows;
}

function cooperatives(rng: Rng, places: Place[], stamp: Stamp): RegCooperativeTable[] {
  const rows: RegCooperativeTable[] = [];
  const add = (field: string, words: string[], fate: 'open' | 'closedBefore' | 'openedAfter') => {
    const place = places[rng.int(0, places.length - 1)]!;
    const placeName = place.address.split(',')[0]!.replace(/^(xã|phường) /u, '');
    const name = `Hợp tác xã ${rng.pick(words)} ${placeName} ${rows.length + 1}`;
    const from =
      fate === 'openedAfter' ? after(rng, 2026) : fate === 'closedBefore' ? day(rng, 1997, 2015) : before(rng, 1997);
    rows.push({
      id: newId(),
      code: `HTX-${pad(rows.length + 1, 4)}`,
      name,
      search_key: searchKey(name),
      unit_id: place.unitId,
      address: place.address,
      status: fate === 'closedBefore' ? 'dissolved' : 'active',
      valid_from: from,
      valid_to: fate === 'closedBefore' ? '2021-12-31' : null,
      note: '',
      tax_code: `46${pad(rng.int(0, 99_999_999), 8)}`,
      field,
      members: rng.int(7, 120),
      ...stamp,
    });
  };
  for (const [field, count, words] of COOP_FIELDS) {
    for (let i = 0; i < count; i++) add(field, words, 'open');
    for (let i = 0; i < Math.ceil(count / 8); i++) add(field, words, 'closedBefore');
    for (let i = 0; i < Math.ceil(count / 5); i++) add(field, words, 'openedAfter');
  }
  return rows;
}

function villages(rng: Rng, places: Place[], stamp: Stamp): RegCraftVillageTable[] {
  const rows: RegCraftVillageTable[] = [];
  // 162 on the day (34 of them traditional), 4 struck off before it, 14 recognised after.
  const plan: ['open' | 'closedBefore' | 'openedAfter', number][] = [
    ['open', 162],
    ['closedBefore', 4],
    ['openedAfter', 14],
  ];
  for (const [fate, count] of plan)
    for (let i = 0; i < count; i++) {
      const place = places[rng.int(0, places.length - 1)]!;
      const craft = rng.pick(VILLAGE_CRAFTS);
      const traditional = fate === 'open' && i < 34 ? 1 : 0;
      const name = `Làng nghề ${traditional ? 'truyền thống ' : ''}${craft} xóm ${rng.pick(['Đồng', 'Bãi', 'Trại', 'Làng', 'Gò', 'Khe', 'Na'])} ${rng.int(1, 12)}, ${place.address.split(',')[0]}`;
      const from =
        fate === 'openedAfter' ? after(rng, 2026) : fate === 'closedBefore' ? day(rng, 2008, 2017) : before(rng, 2008);
      const households = rng.int(60, 320);
      rows.push({
        id: newId(),
        code: `LN-${pad(rows.length + 1, 3)}`,
        name,
        search_key: searchKey(name),
        unit_id: place.unitId,
        address: place.address,
        status: fate === 'closedBefore' ? 'revoked' : 'active',
        valid_from: from,
        valid_to: fate === 'closedBefore' ? '2020-12-31' : null,
        note: '',
        traditional,
        decision_no: `${rng.int(100, 3999)}/QĐ-UBND`,
        decision_date: from,
        households,
        craft_households: Math.round(households * (0.3 + rng.next() * 0.5)),
        products: craft === 'chè' ? 'Chè búp khô, chè xanh' : craft,
        ...stamp,
      });
    }
  return rows;
}

function products(rng: Rng, places: Place[], stamp: Stamp): RegRuralProductTable[] {
  const rows: RegRuralProductTable[] = [];
  // [level, vote year, how many, decision day]; a certificate is valid to 31 December of its third year.
  const votes: [string, number, number, string][] = [
    ['provincial', 2017, 20, '2017-11-15'],
    ['regional', 2018, 4, '2018-10-20'],
    ['provincial', 2019, 26, '2019-11-12'],
    ['regional', 2020, 5, '2020-10-16'],
    ['provincial', 2021, 30, '2021-11-18'],
    ['regional', 2022, 6, '2022-10-21'],
    ['provincial', 2023, 32, '2023-11-14'],
    ['regional', 2024, 7, '2024-10-18'],
    ['provincial', 2025, 34, '2025-11-20'],
  ];
  for (const [level, year, count, date] of votes) {
    // Every vote lists the strongest products first, so a regional product holds a valid provincial certificate.
    for (let i = 0; i < count; i++) {
      const product = PRODUCTS[i % PRODUCTS.length]!;
      const place = places[(i * 7) % places.length]!;
      const name = product;
      rows.push({
        id: newId(),
        code: `SPCNNT-${year}-${level === 'regional' ? 'KV' : 'T'}${pad(i + 1)}`,
        name,
        search_key: searchKey(name),
        unit_id: place.unitId,
        address: place.address,
        status: `${year + 2}-12-31` < '2026-11-26' ? 'expired' : 'active',
        valid_from: date,
        valid_to: `${year + 2}-12-31`,
        note: '',
        producer: `Hợp tác xã ${product.split(' ').slice(0, 2).join(' ')} ${place.address.split(',')[0]!.replace(/^(xã|phường) /u, '')}`,
        level,
        vote_year: year,
        decision_no: `${rng.int(1000, 3999)}/QĐ-${level === 'regional' ? 'BCT' : 'UBND'}`,
        decision_date: date,
        score: 70 + rng.int(0, 250) / 10,
        ...stamp,
      });
    }
  }
  return rows;
}

function zones(
  rng: Rng,
  places: Place[],
  parkPlace: (commune: string) => Place,
  stamp: Stamp,
): RegIndustrialZoneTable[] {
  const rows: RegIndustrialZoneTable[] = PARKS.map((p) => {
    const place = parkPlace(p.commune);
    return {
      id: newId(),
      code: p.code,
      name: p.name,
      search_key: searchKey(p.name),
      unit_id: place.unitId,
      address: place.address,
      status: 'active',
      valid_from: p.from,
      valid_to: null,
      note: '',
      zone_type: 'park',
      decision_no: p.decision,
      area_ha: p.area,
      industrial_land_ha: p.land,
      leased_land_ha: p.leased,
      investor: p.investor,
      projects: p.projects,
      ...stamp,
    };
  });
  for (const [i, [name, from, area, occupancy, to]] of CLUSTERS.entries()) {
    const place = places[(i * 5 + 3) % places.length]!;
    const land = Math.round(area * 7) / 10;
    rows.push({
      id: newId(),
      code: `CCN-${pad(i + 1)}`,
      name,
      search_key: searchKey(name),
      unit_id: place.unitId,
      address: place.address,
      status: to ? 'removed' : 'active',
      valid_from: from,
      valid_to: to,
      note: to ? 'Sáp nhập vào Khu công nghiệp Sông Công II' : '',
      zone_type: 'cluster',
      decision_no: `${rng.int(100, 3999)}/QĐ-UBND`,
      area_ha: area,
      industrial_land_ha: land,
      leased_land_ha: Math.round(land * occupancy * 10) / 10,
      investor: rng.pick(BRANDS.map((b) => `Công ty Cổ phần Đầu tư hạ tầng ${b}`)),
      projects: Math.max(1, Math.round(area * occupancy * 0.3)),
      ...stamp,
    });
  }
  return rows;
}

type Stamp = { created_at: string; updated_at: string; version: number };

export function demoRegistries(places: Place[], parkPlace: (commune: string) => Place, now: string): RegistryRows {
  const rng = new Rng(20_220_630);
  const stamp: Stamp = { created_at: now, updated_at: now, version: 1 };
  return {
    facilities: facilities(rng, places, stamp),
    cooperatives: cooperatives(rng, places, stamp),
    villages: villages(rng, places, stamp),
    products: products(rng, places, stamp),
    zones: zones(rng, places, parkPlace, stamp),
  };
}
