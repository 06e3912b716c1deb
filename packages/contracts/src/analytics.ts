import { z } from 'zod';

/** Sector statistics (docs/statistics.md): the analytics API's request and response schemas. */
export const AnalyticsPlaceholder = z.object({});
