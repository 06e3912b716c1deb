import { Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';

export default function SummaryReportPage() {
  const t = useT();
  return <Typography.Title level={3}>{t('nav.summaryReport')}</Typography.Title>;
}
