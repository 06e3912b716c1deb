/**
 * Pasting ratings from Excel: the clerk copies a column of cells (tab-separated text) and the grid
 * fills ratings from the focused row down. Pure functions, no React, so they can be unit-tested.
 */
import {
  RATING_LABELS,
  compactKey as compact,
  initialsKey as initials,
  parseRating,
  type Rating,
} from '@thidua/domain';
import { parseTsv } from '../../lib/tsv.ts';

/**
 * A rating from a pasted cell (the rules are the domain's, shared with the Excel import): `null` for an
 * empty cell (clears the rating), `undefined` when the text is not a rating.
 */
export function parseRatingLabel(text: string): Rating | null | undefined {
  if (text.trim() === '') return null;
  return parseRating(text) ?? undefined;
}

/** Whether an option's label answers what was typed into the rating select ("htxs", "xuat sac"). */
export function ratingMatches(input: string, rating: Rating, label: string): boolean {
  const typed = compact(input);
  if (typed === '') return true;
  return (
    compact(label).includes(typed) ||
    compact(RATING_LABELS[rating]).includes(typed) ||
    initials(RATING_LABELS[rating]).startsWith(typed) ||
    initials(label).startsWith(typed)
  );
}

export interface PastedRatings {
  /** Row index in the grid → rating (null clears it). */
  updates: { index: number; rating: Rating | null }[];
  /** Pasted lines that are not a rating (1-based line of the pasted block). */
  rejected: { line: number; value: string }[];
  /** Lines beyond the last row of the grid. */
  overflow: number;
}

/**
 * Ratings from a pasted block, starting at grid row `start`. With several columns, the first column
 * holding a rating is used (a clerk often copies name + rating).
 */
export function pasteRatings(text: string, start: number, rowCount: number): PastedRatings {
  const rows = parseTsv(text);
  const width = Math.max(0, ...rows.map((r) => r.length));
  let column = 0;
  for (let c = 0; c < width; c++) {
    if (rows.some((r) => Boolean(parseRatingLabel(r[c] ?? '')))) {
      column = c;
      break;
    }
  }
  const out: PastedRatings = { updates: [], rejected: [], overflow: 0 };
  rows.forEach((r, i) => {
    const index = start + i;
    if (index >= rowCount) {
      out.overflow++;
      return;
    }
    const value = r[column] ?? '';
    const rating = parseRatingLabel(value);
    if (rating === undefined) out.rejected.push({ line: i + 1, value });
    else out.updates.push({ index, rating });
  });
  return out;
}
