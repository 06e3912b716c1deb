import { Alert, Drawer, Space } from 'antd';
import { problemText } from '../../api/problems.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { useT } from '../../i18n/index.tsx';
import { useEntry, type EntryKey } from './apiValues.ts';
import { EntryWorkspace } from './EntryWorkspace.tsx';

/**
 * One unit's submission opened from the approval list: its figures, the rules they break, whose turn it is
 * and the steps the user may take (approve, return, accept, unlock), without leaving the list.
 */
export function SubmissionReview({ target, onClose }: { target: EntryKey | null; onClose: () => void }) {
  const t = useT();
  const entry = useEntry(target ?? {});
  const view =
    target && entry.data && entry.data.unit.id === target.unit && entry.data.period === target.period
      ? entry.data
      : null;
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size="large"
      width="min(1280px, 96vw)"
      title={view ? `${view.unit.name} — ${view.periodLabel}` : t('stat.submission')}
      destroyOnHidden
    >
      {entry.error ? (
        <Alert type="error" showIcon title={problemText(entry.error, t)} />
      ) : view ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <EntryWorkspace view={view} onReload={() => void entry.refetch()} />
        </Space>
      ) : (
        <EmptyText loading>{t('stat.loading')}</EmptyText>
      )}
    </Drawer>
  );
}
