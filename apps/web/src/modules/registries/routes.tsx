import { lazy, type ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { REGISTRY_KINDS } from '@thidua/contracts';
import type { MessageKey } from '../../i18n/index.tsx';
import { RequireAbility } from '../auth/RequireAuth.tsx';
import { Lazy } from '../layout/Lazy.tsx';
import { NAV_TITLE } from './fields.ts';

const RegistryPage = lazy(() => import('./RegistryPage.tsx'));
const RegistryImportPage = lazy(() => import('./RegistryImportPage.tsx'));

const page = (element: ReactNode, crumb?: MessageKey): { element: ReactNode; handle?: { crumb: MessageKey } } => ({
  element: <Lazy>{element}</Lazy>,
  handle: crumb ? { crumb } : undefined,
});

/**
 * The registries pages (docs/statistics.md): one list per kind, its record in a drawer, its Excel import; each
 * kind its own route so the breadcrumb and the window title name it ("Cơ sở dữ liệu ngành / Làng nghề").
 */
export const registryRoutes: RouteObject[] = [
  {
    path: 'registries',
    handle: { crumb: 'nav.registriesMenu' },
    children: [
      { index: true, element: <Navigate to="facilities" replace /> },
      ...REGISTRY_KINDS.map((kind) => ({
        path: kind,
        handle: { crumb: NAV_TITLE[kind] },
        children: [
          { index: true, ...page(<RegistryPage kind={kind} />) },
          {
            path: 'import',
            ...page(
              <RequireAbility can={(a) => a.registries.edit}>
                <RegistryImportPage kind={kind} />
              </RequireAbility>,
              'reg.import',
            ),
          },
        ],
      })),
    ],
  },
];
