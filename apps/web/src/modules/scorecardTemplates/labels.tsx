import { Tag } from 'antd';
import type { ScorecardItemKind, ScorecardKind } from '@thidua/domain';
import { useT } from '../../i18n/index.tsx';
import { LockOutlined } from '../../lib/icons.tsx';

export function useKindLabel() {
  const t = useT();
  return (kind: ScorecardKind) => (kind === 'par' ? t('sct.kind.par') : t('sct.kind.bloc'));
}

/** The short kind of the list's column ("Khối thi đua", "Chỉ số CCHC"). */
export function useKindShort() {
  const t = useT();
  return (kind: ScorecardKind) => (kind === 'par' ? t('sct.kindShort.par') : t('sct.kindShort.bloc'));
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

/**
 * Years a template may be for: the PAR index is kept since 2016, and next year's is drafted ahead; a year in the
 * URL outside that range (a shared link) is offered too, so the filter shows what the list is narrowed to.
 */
export function yearOptions(current?: string | null): { value: number; label: string }[] {
  const last = new Date().getFullYear() + 1;
  const years = Array.from({ length: last - 2015 }, (_, i) => last - i);
  const chosen = Number(current);
  if (Number.isInteger(chosen) && chosen > 1999 && !years.includes(chosen)) years.unshift(chosen);
  return years.map((y) => ({ value: y, label: String(y) }));
}
