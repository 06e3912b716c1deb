import { useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import type { MovementView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { FileWordOutlined } from '../../lib/icons.tsx';
import { downloadReview } from './api.ts';

/** "Báo cáo": the interim and final review reports as Word documents drafted from the data. */
export function ReportsTab({ movement }: { movement: MovementView }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'interim' | 'final' | null>(null);
  const get = async (kind: 'interim' | 'final') => {
    setBusy(kind);
    try {
      await downloadReview(movement.id, kind);
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical">
      <Typography.Paragraph type="secondary">{t('movements.reportsHint')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<FileWordOutlined />} loading={busy === 'interim'} onClick={() => void get('interim')}>
          {t('movements.reportInterim')}
        </Button>
        <Button icon={<FileWordOutlined />} loading={busy === 'final'} onClick={() => void get('final')}>
          {t('movements.reportFinal')}
        </Button>
      </Space>
    </Space>
  );
}
