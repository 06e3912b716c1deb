import { z } from 'zod';

/** Sector statistics (docs/statistics.md): the statistics API's request and response schemas. */
export const StatisticsPlaceholder = z.object({});
