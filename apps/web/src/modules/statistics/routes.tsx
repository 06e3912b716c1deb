import type { RouteObject } from 'react-router';

/** The statistics pages (docs/statistics.md). */
export const statisticRoutes: RouteObject[] = [];
