import { Alert } from 'antd';
import { useT } from '../i18n/index.tsx';

/** Says that a picker shows only the first page of its dossiers, never dropping the rest silently. */
export function PickerCapped({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  if (total <= shown) return null;
  return (
    <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('proposals.pickerCapped', { shown, total })} />
  );
}
