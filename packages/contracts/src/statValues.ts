import { z } from 'zod';

/** Sector statistics (docs/statistics.md): the statValues API's request and response schemas. */
export const StatValuesPlaceholder = z.object({});
