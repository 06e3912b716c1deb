import { Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';

export default function TdktFormsPage() {
  const t = useT();
  return <Typography.Title level={3}>{t('nav.tdktForms')}</Typography.Title>;
}
