import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import type { GridField, GridRow } from './EntryGrid.tsx';
import type { Revision } from './labels.ts';
import { formatStat, parseViNumber } from './numbers.ts';
import type { StatEntryRow, StatEntrySave, StatEntryView } from './types.ts';

export const cellKey = (indicatorId: string, category: string) => `${indicatorId}|${category}`;

type Edit = Partial<Pick<GridRow, 'text' | 'revision' | 'comment'>>;

function baseRow(row: StatEntryRow, editable: boolean, lang: string): GridRow {
  return {
    key: cellKey(row.indicatorId, row.category),
    code: row.indicatorCode,
    name: row.indicatorName,
    category: row.category,
    categoryName: row.categoryName,
    unit: row.unit,
    decimals: row.decimals,
    editable,
    text: formatStat(row.value, undefined, lang),
    revision: row.revision,
    comment: row.comment,
    lastYear: row.lastYear,
    previous: row.previous,
  };
}

/**
 * The grid's rows as stored plus the clerk's edits, kept until saved; a new answer from the server (a
 * save, another period) starts again from what is stored.
 */
export function useGridState(view: StatEntryView | undefined) {
  const { lang } = useI18n();
  const [edits, setEdits] = useState<Map<string, Edit>>(new Map());
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    setEdits(new Map());
    setServerErrors(new Map());
  }, [view]);
  const editable = Boolean(view?.submission.abilities.edit);
  const base = useMemo(() => (view ? view.rows.map((r) => baseRow(r, editable, lang)) : []), [view, editable, lang]);
  const rows = useMemo(() => base.map((r) => ({ ...r, ...edits.get(r.key) })), [base, edits]);
  const dirty = useMemo(
    () =>
      rows.some((r, i) => {
        const b = base[i]!;
        const a = parseViNumber(r.text);
        const o = parseViNumber(b.text);
        const sameValue = a.kind === o.kind && (a.kind !== 'number' || (o.kind === 'number' && a.value === o.value));
        return !sameValue || r.revision !== b.revision || r.comment !== b.comment;
      }),
    [rows, base],
  );

  const change = (changes: { key: string; field: GridField; value: string }[]) => {
    setEdits((prev) => {
      const next = new Map(prev);
      for (const c of changes) next.set(c.key, { ...next.get(c.key), [c.field]: c.value as Revision });
      return next;
    });
    setServerErrors((prev) => {
      if (!changes.some((c) => prev.has(c.key))) return prev;
      const next = new Map(prev);
      for (const c of changes) next.delete(c.key);
      return next;
    });
  };

  /** The body of PUT /stat-entry, or the keys of the cells that are not numbers. */
  const body = (): { ok: true; save: StatEntrySave; keys: string[] } | { ok: false; invalid: string[] } => {
    const invalid = rows.filter((r) => r.editable && parseViNumber(r.text).kind === 'invalid').map((r) => r.key);
    if (invalid.length || !view) return { ok: false, invalid };
    const sent = rows.filter((r) => r.editable);
    return {
      ok: true,
      keys: sent.map((r) => r.key),
      save: {
        dataset: view.dataset.id,
        unit: view.unit.id,
        period: view.period,
        version: view.submission.version,
        values: sent.map((r) => {
          const [indicatorId, category] = r.key.split('|') as [string, string];
          const parsed = parseViNumber(r.text);
          return {
            indicatorId,
            category,
            value: parsed.kind === 'number' ? parsed.value : null,
            revision: r.revision,
            comment: r.comment,
          };
        }),
      },
    };
  };

  return { rows, dirty, change, body, serverErrors, setServerErrors };
}
