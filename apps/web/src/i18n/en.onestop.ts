import type { viOnestop } from './vi.onestop.ts';

/** English texts of the one-stop desk. */
export const enOnestop: Record<keyof typeof viOnestop, string> = {
  'nav.onestopMenu': 'One-stop shop',
  'nav.onestopDesk': 'Procedure dossiers',
  'nav.onestopReceive': 'Receive a dossier',
};
