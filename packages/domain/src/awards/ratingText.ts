import { searchKey } from '../text.ts';
import { RATING_LABELS, RATINGS, type Rating } from './types.ts';

/** Letters and digits only, no diacritics: "Hoàn thành tốt nhiệm vụ" → "hoanthanhtotnhiemvu". */
export function compactKey(text: string): string {
  return searchKey(text).replace(/[^a-z0-9]/gu, '');
}

/** Initials of the words: "Hoàn thành xuất sắc nhiệm vụ" → "htxsnv". */
export function initialsKey(text: string): string {
  return searchKey(text)
    .split(' ')
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
}

// Short words clerks write in spreadsheets, beyond the labels and their initials.
const WORDS: Record<Rating, string[]> = {
  excellent: ['xuatsac', 'hoanthanhxuatsac', 'htxs', 'xs', 'excellent'],
  good: ['tot', 'hoanthanhtot', 'htt', 'good'],
  completed: ['hoanthanh', 'ht', 'completed'],
  not_completed: ['khonghoanthanh', 'kht', 'khong', 'notcompleted'],
};

const LOOKUP: ReadonlyMap<string, Rating> = (() => {
  const map = new Map<string, Rating>();
  for (const rating of RATINGS) {
    const label = RATING_LABELS[rating];
    for (const key of [compactKey(label), initialsKey(label), ...WORDS[rating]]) map.set(key, rating);
  }
  return map;
})();

/**
 * A rating from what a clerk typed or pasted: the label with or without diacritics, its initials
 * (HTXSNV, HTTNV, HTNV, KHTNV) or the label without "nhiệm vụ"; null when unrecognised (never a guess).
 */
export function parseRating(text: string): Rating | null {
  const key = compactKey(text);
  if (!key) return null;
  return LOOKUP.get(key) ?? LOOKUP.get(key.replace(/nhiemvu$|nv$/u, '')) ?? null;
}
