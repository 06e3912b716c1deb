import { searchKey } from '../text.ts';
import { RATING_LABELS, RATINGS, type Rating } from './types.ts';

// Full labels, the labels without "nhiệm vụ", and the abbreviations clerks write in spreadsheets.
const WORDS = new Map<string, Rating>();
for (const r of RATINGS) {
  const key = searchKey(RATING_LABELS[r]);
  WORDS.set(key, r);
  WORDS.set(key.replace(/ nhiem vu$/u, ''), r);
}
for (const [abbr, r] of [
  ['htxsnv', 'excellent'],
  ['htxs', 'excellent'],
  ['httnv', 'good'],
  ['htt', 'good'],
  ['htnv', 'completed'],
  ['ht', 'completed'],
  ['khtnv', 'not_completed'],
  ['khtn', 'not_completed'],
  ['kht', 'not_completed'],
] as const)
  WORDS.set(abbr, r);
for (const r of RATINGS) WORDS.set(r, r);

/** A rating from what a clerk typed or pasted, with or without diacritics; null when unrecognised. */
export function parseRating(text: string): Rating | null {
  const key = searchKey(text)
    .replace(/[.\s]+/gu, ' ')
    .trim();
  return WORDS.get(key) ?? WORDS.get(key.replace(/ /gu, '')) ?? null;
}
