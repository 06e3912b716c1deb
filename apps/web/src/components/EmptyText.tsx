import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { useT } from '../i18n/index.tsx';

/**
 * A table's empty text that waits for the server's answer: "Chưa có thành viên nào." read while the
 * list is still loading tells the clerk something false. Every table with remote rows uses it.
 */
export function EmptyText({ loading, children }: { loading: boolean; children: ReactNode }) {
  const t = useT();
  if (!loading) return <>{children}</>;
  return (
    <span role="status" aria-busy="true">
      <Spin size="small" style={{ marginRight: 8 }} />
      {t('common.loading')}
    </span>
  );
}
