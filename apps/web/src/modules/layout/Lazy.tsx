import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import { useT } from '../../i18n/index.tsx';

export function FullPageSpin() {
  const t = useT();
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '40vh' }} role="status" aria-live="polite">
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}

function ErrorView({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('app.error')}
      subTitle={error.message}
      extra={<Button onClick={onRetry}>{t('app.retry')}</Button>}
    />
  );
}

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }
  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // A chunk that failed to load (new deployment) needs a full reload.
    const reload = () =>
      /dynamically imported module|Loading chunk/iu.test(error.message)
        ? location.reload()
        : this.setState({ error: null });
    return <ErrorView error={error} onRetry={reload} />;
  }
}

/** Suspense + error boundary around a lazily loaded page. */
export function Lazy({ children }: { children: ReactNode }) {
  return (
    <Boundary>
      <Suspense fallback={<FullPageSpin />}>{children}</Suspense>
    </Boundary>
  );
}
