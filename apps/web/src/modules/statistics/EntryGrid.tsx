import { Fragment, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { parseTsv } from '../../lib/tsv.ts';
import { changePercent, formatChange, formatStat, parseViNumber } from './numbers.ts';
import { REVISIONS, revisionFromText, type Revision } from './labels.ts';

/** One line of the grid: an indicator, or one of its disaggregation options. */
export interface GridRow {
  key: string;
  code: string;
  name: string;
  /** The option's code ('' for the total line) and name ("Kinh tế nhà nước", "Tổng số"). */
  category: string;
  categoryName: string;
  unit: string;
  decimals: number;
  /** False for derived and registry indicators (computed) and while the period is not open. */
  editable: boolean;
  /** The value as typed (Vietnamese format), kept as text so a typo is shown, not lost. */
  text: string;
  revision: Revision;
  comment: string;
  lastYear: number | null;
  previous: number | null;
}

export type GridField = 'text' | 'revision' | 'comment';
const FIELDS: GridField[] = ['text', 'revision', 'comment'];

/**
 * The entry grid: a plain table of inputs a clerk drives with the keyboard. Enter and the arrow keys move
 * between cells (Enter goes down, as in Excel), Tab moves right; pasting a block copied from Excel fills
 * the cells from the one with the focus (value, revision, comment columns). Numbers are read in the
 * Vietnamese format (1.234,5) and shown as 1.234.567,8 once the cell is left; a cell that is not a
 * number stays as typed, marked, with the server's or the grid's message beside it.
 */
export function EntryGrid({
  rows,
  errors,
  marks,
  onChange,
  readOnly,
}: {
  rows: GridRow[];
  /** Messages per row key (the server's problem on that cell, or "not a number"). */
  errors: ReadonlyMap<string, string>;
  /** Cells a validation rule points at, by the worst severity. */
  marks?: ReadonlyMap<string, 'error' | 'warning'>;
  onChange: (changes: { key: string; field: GridField; value: string }[]) => void;
  readOnly: boolean;
}) {
  const { t, lang } = useI18n();
  const table = useRef<HTMLTableElement>(null);

  const focusCell = (row: number, col: number) => {
    const el = table.current?.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-cell="${row}:${col}"]`);
    if (el) {
      el.focus();
      if (el instanceof HTMLInputElement) el.select();
    }
  };
  const editableRows = rows.map((r) => r.editable && !readOnly);

  const move = (row: number, col: number, dRow: number, dCol: number) => {
    let r = row + dRow;
    const c = Math.min(FIELDS.length - 1, Math.max(0, col + dCol));
    while (r >= 0 && r < rows.length && !editableRows[r]) r += dRow || 1;
    if (r < 0 || r >= rows.length) return;
    focusCell(r, c);
  };

  const onKeyDown = (row: number, col: number) => (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    const input = e.currentTarget;
    const atStart = input instanceof HTMLInputElement ? input.selectionStart === 0 && input.selectionEnd === 0 : true;
    const atEnd =
      input instanceof HTMLInputElement
        ? input.selectionStart === input.value.length && input.selectionEnd === input.value.length
        : true;
    const whole =
      input instanceof HTMLInputElement && input.selectionStart === 0 && input.selectionEnd === input.value.length;
    if (e.key === 'Enter') {
      e.preventDefault();
      move(row, col, e.shiftKey ? -1 : 1, 0);
    } else if (e.key === 'ArrowDown' && !e.altKey) {
      e.preventDefault();
      move(row, col, 1, 0);
    } else if (e.key === 'ArrowUp' && !e.altKey) {
      e.preventDefault();
      move(row, col, -1, 0);
    } else if (e.key === 'ArrowRight' && (atEnd || whole)) {
      e.preventDefault();
      move(row, col, 0, 1);
    } else if (e.key === 'ArrowLeft' && (atStart || whole)) {
      e.preventDefault();
      move(row, col, 0, -1);
    }
  };

  const onPaste = (row: number, col: number) => (e: ClipboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    const text = e.clipboardData.getData('text/plain');
    // A single value without tab or newline is an ordinary paste into the cell.
    if (!/[\t\n]/u.test(text.replace(/\r?\n$/u, ''))) return;
    e.preventDefault();
    const block = parseTsv(text);
    const changes: { key: string; field: GridField; value: string }[] = [];
    let r = row;
    for (const line of block) {
      while (r < rows.length && !editableRows[r]) r++;
      if (r >= rows.length) break;
      line.forEach((cell, i) => {
        const field = FIELDS[col + i];
        if (!field) return;
        if (field === 'revision') {
          const revision = revisionFromText(cell);
          if (revision) changes.push({ key: rows[r]!.key, field, value: revision });
        } else changes.push({ key: rows[r]!.key, field, value: cell.trim() });
      });
      r++;
    }
    onChange(changes);
  };

  const revisionLabel = (r: Revision) => t(`stat.revision.${r}`);

  return (
    <div className="stat-grid-box">
      <table ref={table} className="stat-grid" aria-label={t('stat.entry.grid')}>
        <thead>
          <tr>
            <th className="stat-grid-code">{t('stat.col.code')}</th>
            <th>{t('stat.col.indicator')}</th>
            <th className="stat-grid-num">{t('stat.col.value')}</th>
            <th>{t('stat.col.revision')}</th>
            <th>{t('stat.col.comment')}</th>
            <th className="stat-grid-num">{t('stat.col.lastYear')}</th>
            <th className="stat-grid-num">{t('stat.col.previous')}</th>
            <th className="stat-grid-num">{t('stat.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const parsed = parseViNumber(row.text);
            const current = parsed.kind === 'number' ? parsed.value : null;
            const error = errors.get(row.key) ?? (parsed.kind === 'invalid' ? t('stat.entry.notANumber') : undefined);
            const change = changePercent(current, row.lastYear);
            const editable = editableRows[index];
            // A disaggregated indicator gets a heading line; its total and options are indented under it.
            const split =
              rows[index + 1]?.code === row.code || rows[index - 1]?.code === row.code || row.category !== '';
            const first = rows[index - 1]?.code !== row.code;
            const label = split ? `${row.name} — ${row.categoryName || row.category}` : row.name;
            return (
              <Fragment key={row.key}>
                {split && first && (
                  <tr className="stat-grid-head">
                    <td className="stat-grid-code">{row.code}</td>
                    <td colSpan={7}>
                      <strong>{row.name}</strong> <span className="stat-grid-unit">({row.unit})</span>
                    </td>
                  </tr>
                )}
                <tr className={split ? 'stat-grid-option' : undefined}>
                  <td className="stat-grid-code">{split ? '' : row.code}</td>
                  <td>
                    {split ? (
                      <span className="stat-grid-indent">{row.categoryName || row.category}</span>
                    ) : (
                      <>
                        {row.name} <span className="stat-grid-unit">({row.unit})</span>
                      </>
                    )}
                  </td>
                  <td
                    className={`stat-grid-num${error ? ' stat-grid-error' : ''}${marks?.get(row.key) ? ` stat-grid-mark-${marks.get(row.key)}` : ''}`}
                  >
                    {editable ? (
                      <Tooltip title={error} open={error ? undefined : false} placement="right">
                        <input
                          data-cell={`${index}:0`}
                          aria-label={`${t('stat.col.value')}: ${label}`}
                          aria-invalid={error ? true : undefined}
                          inputMode="decimal"
                          value={row.text}
                          onChange={(e) => onChange([{ key: row.key, field: 'text', value: e.target.value }])}
                          onBlur={() => {
                            if (parsed.kind === 'number' && row.text !== formatStat(parsed.value, undefined, lang))
                              onChange([
                                { key: row.key, field: 'text', value: formatStat(parsed.value, undefined, lang) },
                              ]);
                          }}
                          onKeyDown={onKeyDown(index, 0)}
                          onPaste={onPaste(index, 0)}
                        />
                      </Tooltip>
                    ) : (
                      <span>{row.text || '—'}</span>
                    )}
                    {error && (
                      <Typography.Text type="danger" className="stat-grid-message" role="alert">
                        {error}
                      </Typography.Text>
                    )}
                  </td>
                  <td>
                    {editable ? (
                      <select
                        data-cell={`${index}:1`}
                        aria-label={`${t('stat.col.revision')}: ${label}`}
                        value={row.revision}
                        onChange={(e) => onChange([{ key: row.key, field: 'revision', value: e.target.value }])}
                        onKeyDown={onKeyDown(index, 1)}
                        onPaste={onPaste(index, 1)}
                      >
                        {REVISIONS.map((r) => (
                          <option key={r} value={r}>
                            {revisionLabel(r)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      revisionLabel(row.revision)
                    )}
                  </td>
                  <td>
                    {editable ? (
                      <input
                        data-cell={`${index}:2`}
                        aria-label={`${t('stat.col.comment')}: ${label}`}
                        value={row.comment}
                        maxLength={1000}
                        onChange={(e) => onChange([{ key: row.key, field: 'comment', value: e.target.value }])}
                        onKeyDown={onKeyDown(index, 2)}
                        onPaste={onPaste(index, 2)}
                      />
                    ) : (
                      row.comment
                    )}
                  </td>
                  <td className="stat-grid-num">{formatStat(row.lastYear, row.decimals, lang)}</td>
                  <td className="stat-grid-num">{formatStat(row.previous, row.decimals, lang)}</td>
                  <td className={`stat-grid-num${change !== null && change < 0 ? ' stat-grid-down' : ''}`}>
                    {formatChange(change, lang)}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
