import { Tag } from 'antd';
import type { ScorecardItemKind, ScorecardKind } from '@thidua/domain';
import { useT } from '../../i18n/index.tsx';
import { LockOutlined } from '../../lib/icons.tsx';

export function useKindLabel() {
  const t = useT();
  return (kind: ScorecardKind) => (kind === 'par' ? t('sct.kind.par') : t('sct.kind.bloc'));
}

export function useItemKindLabel() {
  const t = useT();
  return (kind: ScorecardItemKind) => t(`sct.itemKind.${kind}`);
}

/** "Nháp", or "Đang dùng — khóa" once a cycle uses the template (read-only from then on). */
export function StatusTag({ status }: { status: 'draft' | 'frozen' }) {
  const t = useT();
  return status === 'frozen' ? (
    <Tag color="blue" icon={<LockOutlined />}>
      {t('sct.status.frozen')}
    </Tag>
  ) : (
    <Tag color="gold">{t('sct.status.draft')}</Tag>
  );
}

/** Years a template may be for: the PAR index is kept since 2016, and next year's is drafted ahead. */
export function yearOptions(): { value: number; label: string }[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2015 }, (_, i) => last - i).map((y) => ({ value: y, label: String(y) }));
}
