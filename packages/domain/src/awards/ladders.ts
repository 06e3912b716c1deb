import type { Ladder } from './ladder-parts.ts';
import { meritLadders } from './ladders-merit.ts';
import { titleLadders } from './ladders-titles.ts';
import type { Settings } from './settings.ts';

export type { Ladder } from './ladder-parts.ts';

/** Every encoded ladder; P/U thresholds are read from the settings. */
export function buildLadders(s: Settings): readonly Ladder[] {
  return [...titleLadders(s), ...meritLadders(s)];
}
