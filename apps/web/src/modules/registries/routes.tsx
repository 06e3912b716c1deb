import type { RouteObject } from 'react-router';

/** The registries pages (docs/statistics.md). */
export const registryRoutes: RouteObject[] = [];
