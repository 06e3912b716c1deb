import { Link } from 'react-router';
import { Button, Result } from 'antd';
import { useT } from '../../i18n/index.tsx';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
