import { lazy, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { setPasswordChangeHandler, setUnauthorizedHandler } from '../../api/client.ts';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { FullPageSpin, Lazy } from '../layout/Lazy.tsx';
import type { Me } from '../../api/types.ts';
import { ME_KEY, useMe } from './session.ts';

const ChangePasswordPage = lazy(() => import('./ChangePasswordPage.tsx'));

/** Renders its children only for a signed-in user; sends others to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { data: me, isPending, error, refetch } = useMe();

  useEffect(() => {
    // A 401 anywhere means the session ended (expired, signed out in another tab).
    setUnauthorizedHandler(() => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, null);
    });
    // The server may ask for a password change first: reading who I am again shows that screen.
    setPasswordChangeHandler(() => void queryClient.invalidateQueries({ queryKey: ME_KEY }));
    return () => {
      setUnauthorizedHandler(null);
      setPasswordChangeHandler(null);
    };
  }, [queryClient]);

  if (isPending) return <FullPageSpin />;
  if (error && me === undefined) {
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Button onClick={() => void refetch()}>{t('app.retry')}</Button>}
      />
    );
  }
  if (!me) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  if (me.mustChangePassword) {
    return (
      <Lazy>
        <ChangePasswordPage forced />
      </Lazy>
    );
  }
  return children;
}

/**
 * Shows the page only to a user whose abilities (from `/auth/me`, the server's own policies)
 * allow it, e.g. `can={(a) => a.audit.read}`; others see 403, as the server would answer.
 */
export function RequireAbility({
  can,
  children,
}: {
  can: (abilities: Me['abilities']) => boolean;
  children: ReactNode;
}) {
  const t = useT();
  const { data: me } = useMe();
  if (!me || !can(me.abilities)) {
    return <Result status="403" title="403" subTitle={t('app.forbidden')} />;
  }
  return children;
}
