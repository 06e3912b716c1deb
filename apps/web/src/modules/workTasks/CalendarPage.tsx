import { Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';

/** Placeholder until the page is built. */
export default function CalendarPage() {
  const t = useT();
  return <Typography.Title level={3}>{t('wp.title')}</Typography.Title>;
}
