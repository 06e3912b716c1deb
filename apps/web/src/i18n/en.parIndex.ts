import type { viParIndex } from './vi.parIndex.ts';

export const enParIndex: Record<keyof typeof viParIndex, string> = {
  'nav.parIndex': 'PAR index',
  'par.title': "The department's PAR index",
};
