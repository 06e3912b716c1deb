import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { MessageKey } from '../../i18n/index.tsx';
import { RequireAbility } from '../auth/RequireAuth.tsx';
import { Lazy } from '../layout/Lazy.tsx';

const RegistryPage = lazy(() => import('./RegistryPage.tsx'));
const RegistryImportPage = lazy(() => import('./RegistryImportPage.tsx'));

const page = (element: ReactNode, crumb?: MessageKey): { element: ReactNode; handle?: { crumb: MessageKey } } => ({
  element: <Lazy>{element}</Lazy>,
  handle: crumb ? { crumb } : undefined,
});

/** The registries pages (docs/statistics.md): one list per kind, its record in a drawer, its Excel import. */
export const registryRoutes: RouteObject[] = [
  {
    path: 'registries/:kind',
    handle: { crumb: 'nav.registriesMenu' },
    children: [
      { index: true, ...page(<RegistryPage />) },
      {
        path: 'import',
        ...page(
          <RequireAbility can={(a) => a.registries.edit}>
            <RegistryImportPage />
          </RequireAbility>,
          'reg.import',
        ),
      },
    ],
  },
];
