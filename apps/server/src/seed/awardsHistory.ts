import type { Rating } from '@thidua/domain';
import type {
  AwardRecordInitiativeTable,
  AwardRecordTable,
  InitiativeAuthorTable,
  InitiativeTable,
  RatingTable,
  SubjectPeriodTable,
} from '../db/schema.ts';
import { initiativeSearchKey } from '../db/searchKeys.ts';
import { newId } from '../platform/ids.ts';
import type { Rng } from './names.ts';

/**
 * The row builder behind the demo award history (awardsDemo.ts): decisions
 * shared by everyone a decision lists, plausible numbers and dates per
 * authority, initiatives with their authors, periods. Pure apart from ids.
 */

export interface Authority {
  /** Decision number suffix, e.g. `QĐ-SCT`. */
  suffix: string;
  signer: string;
  authority: string;
  origin: 'here' | 'higher';
  /** Numbers issued in a year by this authority, and the months its annual decisions fall in (year + 1). */
  numbers: [number, number];
  months: [number, number];
}

const authority = (
  suffix: string,
  signer: string,
  name: string,
  origin: Authority['origin'],
  numbers: [number, number],
  months: [number, number],
): Authority => ({ suffix, signer, authority: name, origin, numbers, months });

export const SO = authority('QĐ-SCT', 'Giám đốc Sở', 'Sở Công Thương', 'here', [3, 60], [1, 1]);
export const UBND = authority('QĐ-UBND', 'Chủ tịch UBND tỉnh', 'UBND tỉnh Thái Nguyên', 'higher', [350, 1900], [3, 5]);
export const TTG = authority('QĐ-TTg', 'Thủ tướng Chính phủ', 'Thủ tướng Chính phủ', 'higher', [700, 2100], [6, 9]);
export const CTN = authority('QĐ-CTN', 'Chủ tịch nước', 'Chủ tịch nước', 'higher', [800, 2000], [8, 11]);
export const BCT = authority('QĐ-BCT', 'Bộ trưởng Bộ Công Thương', 'Bộ Công Thương', 'higher', [400, 3200], [2, 4]);
export const TTKC = authority(
  'QĐ-TTKC',
  'Giám đốc Trung tâm',
  'Trung tâm Khuyến công và Xúc tiến thương mại',
  'here',
  [2, 40],
  [1, 1],
);
export const QLTT = authority('QĐ-QLTT', 'Chi cục trưởng', 'Chi cục Quản lý thị trường', 'here', [4, 90], [1, 1]);

export interface Subject {
  kind: 'individual' | 'collective';
  id: string;
  /** The subject's unit (a collective's own id). */
  orgId: string;
}

export interface AwardOptions {
  by: Authority;
  fromYear?: number;
  type?: string;
  note?: string;
  initiatives?: string[];
  /** A decision outside the annual round: its own number, on this day. */
  on?: string;
  /** Several decisions of one kind in a year (e.g. per unit). */
  batch?: string;
}

export interface InitiativeSpec {
  title: string;
  field: string;
  orgId: string;
  level: 'grassroots' | 'provincial' | 'national';
  recognisedOn: string;
  kind?: 'initiative' | 'research_topic' | 'technical_improvement';
  summary?: string;
  /** [person id, share %]; shares sum to 100. */
  authors: [string, number][];
}

const pad = (n: number) => String(n).padStart(2, '0');
const RECOGNISED_BY = { grassroots: SO, provincial: UBND, national: BCT } as const;

export class HistoryBuilder {
  readonly ratings: RatingTable[] = [];
  readonly awards: AwardRecordTable[] = [];
  readonly links: AwardRecordInitiativeTable[] = [];
  readonly initiatives: InitiativeTable[] = [];
  readonly authors: InitiativeAuthorTable[] = [];
  readonly periods: SubjectPeriodTable[] = [];
  private readonly decisions = new Map<string, { number: string; date: string }>();
  private readonly rated = new Set<string>();
  private readonly stamp: { created_at: string; updated_at: string; version: number };

  constructor(
    private readonly rng: Rng,
    now: string,
  ) {
    this.stamp = { created_at: now, updated_at: now, version: 1 };
  }

  /** One decision per (authority, award, year, batch): everyone it lists shares number and date. */
  decision(by: Authority, key: string, year: number, on?: string): { number: string; date: string } {
    const k = `${by.suffix}|${key}|${year}|${on ?? ''}`;
    let d = this.decisions.get(k);
    if (!d) {
      const [lo, hi] = by.numbers;
      const month = on ? Number(on.slice(5, 7)) : this.rng.int(by.months[0], by.months[1]);
      // Numbers grow through the year: a January decision has a small one.
      const n = Math.round(lo + ((hi - lo) * (month - 1)) / 12) + this.rng.int(0, Math.max(2, (hi - lo) >> 4));
      const date = on ?? `${year + 1}-${pad(month)}-${pad(this.rng.int(by.months[0] === 1 ? 8 : 3, 26))}`;
      d = { number: `${n}/${by.suffix}`, date };
      this.decisions.set(k, d);
    }
    return d;
  }

  rate(s: Subject, year: number, rating: Rating, note = ''): void {
    const k = `${s.id}|${year}`;
    if (this.rated.has(k)) throw new Error(`demo history: two ratings for ${k}`);
    this.rated.add(k);
    this.ratings.push({
      id: newId(),
      subject_kind: s.kind,
      subject_id: s.id,
      org_id: s.orgId,
      year,
      rating,
      note,
      ...this.stamp,
    });
  }

  award(s: Subject, code: string, year: number, o: AwardOptions): string {
    const d = this.decision(o.by, `${code}|${o.batch ?? ''}`, year, o.on);
    const id = newId();
    const imported = o.by.origin === 'here' && year <= 2019;
    this.awards.push({
      id,
      subject_kind: s.kind,
      subject_id: s.id,
      org_id: s.orgId,
      award_code: code,
      year,
      from_year: o.fromYear ?? year,
      commendation_type: o.type ?? 'periodic',
      decision_number: d.number,
      decision_date: d.date,
      decision_signer: o.by.signer,
      decision_authority: o.by.authority,
      // Before the system, the Sở's own decisions were typed in from the paper files.
      origin: imported ? 'imported' : o.by.origin,
      note: o.note ?? (imported ? 'Nhập từ hồ sơ lưu trữ' : ''),
      flag: null,
      ...this.stamp,
    });
    for (const i of o.initiatives ?? []) this.links.push({ award_record_id: id, initiative_id: i });
    return id;
  }

  initiative(x: InitiativeSpec): string {
    const total = x.authors.reduce((sum, [, share]) => sum + share, 0);
    if (total !== 100) throw new Error(`demo history: shares of "${x.title}" sum to ${total}`);
    const by = RECOGNISED_BY[x.level];
    const d = this.decision(by, `initiative|${x.level}|${x.recognisedOn}`, 0, x.recognisedOn);
    const id = newId();
    this.initiatives.push({
      id,
      title: x.title,
      search_key: initiativeSearchKey(x),
      kind: x.kind ?? 'initiative',
      field: x.field,
      org_id: x.orgId,
      level: x.level,
      recognised_on: x.recognisedOn,
      decision_number: d.number,
      decision_signer: by.signer,
      summary: x.summary ?? '',
      ...this.stamp,
    });
    for (const [person, share] of x.authors) this.authors.push({ initiative_id: id, person_id: person, share });
    return id;
  }

  period(
    s: Subject,
    category: 'discipline' | 'review' | 'leave',
    kind: string,
    from: string,
    to: string | null,
    note = '',
    decisionNumber = '',
  ): void {
    this.periods.push({
      id: newId(),
      category,
      kind,
      subject_kind: s.kind,
      subject_id: s.id,
      org_id: s.orgId,
      from_date: from,
      to_date: to,
      decision_number: decisionNumber,
      note,
      ...this.stamp,
    });
  }
}

/** The day before the same date `months` later: a 12-month discipline from 10/02/2026 ends 09/02/2027. */
export function periodEnd(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, d - 1));
  return end.toISOString().slice(0, 10);
}
