import {
  searchKey,
  type ScorecardItemKind,
  type ScorecardKind,
  type ScoringRule,
  type TemplateItem,
} from '@thidua/domain';
import type { Insertable } from 'kysely';
import { nowIso } from '../../db/index.ts';
import type { ScorecardItemTable } from '../../db/schema-scorecards.ts';
import { newId } from '../../platform/ids.ts';
import type { Db } from './steps.ts';

// The cycles live next door; importers of this file get both.
export * from './scorecardCycles.ts';

/** Scorecard templates and cycles (docs/scorecards.md) put straight into a given state. */

export interface ScorecardItemSpec {
  code: string;
  kind: ScorecardItemKind;
  name?: string;
  maxPoints: number;
  method?: 'manual' | 'computed';
  source?: string | null;
  scoring?: ScoringRule | null;
  children?: ScorecardItemSpec[];
}

/**
 * The default tree: two fields (40 + 60), a criterion with two sub-criteria, a bonus and a penalty item (caps 5).
 * `computed` turns criterion 2.2 into a computed one drawing on that source.
 */
export function defaultScorecardItems(computed?: { source: string; scoring: ScoringRule }): ScorecardItemSpec[] {
  return [
    {
      code: '1',
      kind: 'field',
      name: 'Công tác chỉ đạo, điều hành',
      maxPoints: 40,
      children: [
        { code: '1.1', kind: 'criterion', name: 'Ban hành kế hoạch thi đua', maxPoints: 20 },
        {
          code: '1.2',
          kind: 'criterion',
          name: 'Tổ chức phong trào thi đua',
          maxPoints: 20,
          children: [
            { code: '1.2.a', kind: 'sub', name: 'Phát động phong trào', maxPoints: 10 },
            { code: '1.2.b', kind: 'sub', name: 'Sơ kết, tổng kết', maxPoints: 10 },
          ],
        },
      ],
    },
    {
      code: '2',
      kind: 'field',
      name: 'Kết quả thực hiện nhiệm vụ',
      maxPoints: 60,
      children: [
        { code: '2.1', kind: 'criterion', name: 'Hoàn thành chỉ tiêu kế hoạch', maxPoints: 30 },
        computed
          ? {
              code: '2.2',
              kind: 'criterion',
              name: 'Giải quyết hồ sơ đúng hạn',
              maxPoints: 30,
              method: 'computed',
              ...computed,
            }
          : { code: '2.2', kind: 'criterion', name: 'Cải cách hành chính', maxPoints: 30 },
      ],
    },
    { code: 'T', kind: 'bonus', name: 'Điểm thưởng', maxPoints: 5 },
    { code: 'Tr', kind: 'penalty', name: 'Điểm trừ', maxPoints: 5 },
  ];
}

export interface InsertedTemplate {
  id: string;
  kind: ScorecardKind;
  blocId: string | null;
  year: number;
  bonusCap: number;
  penaltyCap: number;
  items: TemplateItem[];
  /** Item id by code. */
  ids: Record<string, string>;
  /** The leaves in template order. */
  leaves: TemplateItem[];
}

const leavesOf = (items: readonly TemplateItem[]): TemplateItem[] =>
  items.flatMap((i) => (i.children.length ? leavesOf(i.children) : [i]));

/** A draft template (frozen once a cycle is inserted on it); a bloc template without `blocId` gets a new bloc. */
export async function insertScorecardTemplate(
  k: Db,
  opts: {
    kind: ScorecardKind;
    blocId?: string;
    year: number;
    items?: ScorecardItemSpec[];
    computed?: { source: string; scoring: ScoringRule };
    bonusCap?: number;
    penaltyCap?: number;
    name?: string;
  },
): Promise<InsertedTemplate> {
  const now = nowIso();
  let blocId: string | null = null;
  if (opts.kind === 'bloc') {
    blocId = opts.blocId ?? newId();
    if (!opts.blocId)
      await k
        .insertInto('blocs')
        .values({
          id: blocId,
          name: `Khối thi đua kiểm thử ${blocId.slice(-6)}`,
          kind: 'bloc',
          organiser: 'province',
          description: '',
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
  }
  const id = newId();
  const name = opts.name ?? `Bảng điểm ${opts.kind === 'par' ? 'chỉ số CCHC' : 'khối thi đua'} năm ${opts.year}`;
  const bonusCap = opts.bonusCap ?? 5;
  const penaltyCap = opts.penaltyCap ?? 5;
  await k
    .insertInto('scorecard_templates')
    .values({
      id,
      kind: opts.kind,
      bloc_id: blocId,
      scope_key: blocId ?? 'par',
      year: opts.year,
      name,
      search_key: searchKey(name),
      status: 'draft',
      copied_from_id: null,
      bonus_cap: bonusCap,
      penalty_cap: penaltyCap,
      basis: '',
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  const ids: Record<string, string> = {};
  const rows: Insertable<ScorecardItemTable>[] = [];
  const build = (specs: ScorecardItemSpec[], parentId: string | null): TemplateItem[] =>
    specs.map((s, position) => {
      const itemId = newId();
      ids[s.code] = itemId;
      rows.push({
        id: itemId,
        template_id: id,
        parent_id: parentId,
        position,
        code: s.code,
        kind: s.kind,
        name: s.name ?? `Tiêu chí ${s.code}`,
        max_points: s.maxPoints,
        guidance: '',
        evidence: 'Văn bản, báo cáo chứng minh',
        method: s.method ?? 'manual',
        source: s.source ?? null,
        scoring: s.scoring ? JSON.stringify(s.scoring) : null,
      });
      return {
        id: itemId,
        code: s.code,
        kind: s.kind,
        name: s.name ?? `Tiêu chí ${s.code}`,
        maxPoints: s.maxPoints,
        method: s.method ?? 'manual',
        source: s.source ?? null,
        scoring: s.scoring ?? null,
        children: build(s.children ?? [], itemId),
      };
    });
  const items = build(opts.items ?? defaultScorecardItems(opts.computed), null);
  await k.insertInto('scorecard_items').values(rows).execute();
  return { id, kind: opts.kind, blocId, year: opts.year, bonusCap, penaltyCap, items, ids, leaves: leavesOf(items) };
}
