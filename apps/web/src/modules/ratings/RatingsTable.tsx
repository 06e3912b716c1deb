import { useRef, type ClipboardEvent, type HTMLAttributes, type KeyboardEvent } from 'react';
import { App, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { RefSelectProps, TableColumnsType } from 'antd';
import type { Rating } from '@thidua/domain';
import type { RatingRow } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { pasteRatings, ratingMatches } from './parseRating.ts';
import { limit } from '../../components/textLimit.ts';

export interface GridRow extends RatingRow {
  key: string;
  rating: Rating | null;
  note: string;
  dirty: boolean;
  errors: string[];
}

export interface RatingsTableProps {
  rows: GridRow[];
  loading: boolean;
  showOrg: boolean;
  onChange: (key: string, patch: { rating?: Rating | null; note?: string }) => void;
}

const rowIndexOf = (element: Element | null): number | null => {
  const tr = element?.closest('tr[data-row]');
  return tr ? Number(tr.getAttribute('data-row')) : null;
};

/**
 * The grid: one rating select and one note per row. Keyboard: type to filter ("htxs"), Enter picks and
 * moves to the next row, ↑/↓ move between rows while the list is closed. Pasting a column copied from
 * Excel fills the ratings from the focused row down.
 */
export function RatingsTable({ rows, loading, showOrg, onChange }: RatingsTableProps) {
  const t = useT();
  const labels = useLabels();
  const { message } = App.useApp();
  const selects = useRef(new Map<number, RefSelectProps>());
  const openRow = useRef<number | null>(null);
  const focusedRow = useRef(0);

  const focusRow = (index: number) => {
    const target = selects.current.get(Math.max(0, Math.min(rows.length - 1, index)));
    window.setTimeout(() => target?.focus(), 0);
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (openRow.current === index) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(index + (event.key === 'ArrowDown' ? 1 : -1));
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    const target = event.target as HTMLElement;
    // A single line pasted into a note stays a note.
    if (target.closest('[data-note]') && !/[\t\n]/u.test(text.trim())) return;
    event.preventDefault();
    const start = rowIndexOf(target) ?? focusedRow.current;
    const pasted = pasteRatings(text, start, rows.length);
    let applied = 0;
    let locked = 0;
    for (const { index, rating } of pasted.updates) {
      const row = rows[index]!;
      if (!row.canEdit) locked++;
      else {
        onChange(row.key, { rating });
        applied++;
      }
    }
    void message.info(t('ratings.pasted', { count: applied }));
    if (pasted.rejected.length > 0)
      void message.warning({
        content: t('ratings.pasteRejected', {
          lines: pasted.rejected.map((r) => `${r.line} (“${r.value}”)`).join(', '),
        }),
        duration: 8,
      });
    if (locked > 0) void message.warning(t('ratings.pasteLocked', { count: locked }));
    if (pasted.overflow > 0) void message.warning(t('ratings.pasteOverflow', { count: pasted.overflow }));
  };

  const columns: TableColumnsType<GridRow> = [
    { key: 'no', title: t('ratings.no'), width: 56, render: (_, __, index) => index + 1 },
    {
      key: 'name',
      title: t('ratings.subject'),
      render: (_, row) => (
        <span>
          {row.subjectKind === 'collective' && <Tag color="blue">{t('ratings.collective')}</Tag>}
          {row.name}
        </span>
      ),
    },
    ...(showOrg ? [{ key: 'org', title: t('people.org'), dataIndex: 'orgName' }] : []),
    {
      key: 'rating',
      title: t('ratings.rating'),
      width: 300,
      render: (_, row, index) => (
        <Select<Rating>
          ref={(ref) => {
            if (ref) selects.current.set(index, ref);
            else selects.current.delete(index);
          }}
          aria-label={t('ratings.ratingOf', { name: row.name })}
          value={row.rating ?? undefined}
          placeholder={t('ratings.notRated')}
          allowClear
          disabled={!row.canEdit}
          options={labels.ratingOptions}
          showSearch={{
            filterOption: (input, option) => ratingMatches(input, option?.value as Rating, String(option?.label ?? '')),
          }}
          status={row.errors.length > 0 ? 'error' : undefined}
          onFocus={() => (focusedRow.current = index)}
          onOpenChange={(open) => (openRow.current = open ? index : null)}
          onKeyDown={onKeyDown(index)}
          onChange={(value) => {
            onChange(row.key, { rating: value ?? null });
            if (value) focusRow(index + 1);
          }}
          style={{ width: '100%' }}
        />
      ),
    },
    {
      key: 'note',
      title: t('ratings.note'),
      render: (_, row, index) => (
        <Input
          data-note
          aria-label={t('ratings.noteOf', { name: row.name })}
          value={row.note}
          {...limit(500)}
          disabled={!row.canEdit}
          onFocus={() => (focusedRow.current = index)}
          onChange={(e) => onChange(row.key, { note: e.target.value })}
        />
      ),
    },
    {
      key: 'errors',
      title: '',
      width: 40,
      render: (_, row) =>
        row.errors.length > 0 ? (
          <Tooltip title={row.errors.join('; ')}>
            <Typography.Text type="danger" role="alert" aria-label={row.errors.join('; ')}>
              !
            </Typography.Text>
          </Tooltip>
        ) : null,
    },
  ];

  return (
    <div onPaste={onPaste}>
      <Table<GridRow>
        rowKey="key"
        size="small"
        loading={loading}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(row) => (row.errors.length > 0 ? 'row-error' : row.dirty ? 'row-dirty' : '')}
        onRow={(_, index) => ({ 'data-row': index }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
