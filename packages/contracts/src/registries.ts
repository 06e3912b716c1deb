import { z } from 'zod';

/** Sector statistics (docs/statistics.md): the registries API's request and response schemas. */
export const RegistriesPlaceholder = z.object({});
