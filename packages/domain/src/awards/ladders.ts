import type { Ladder } from './ladder-parts.ts';
import { meritLadders } from './ladders-merit.ts';
import { titleLadders } from './ladders-titles.ts';
import type { Settings } from './settings.ts';

export type { Ladder } from './ladder-parts.ts';

/** Every encoded ladder; P/U thresholds are read from the settings. */
export function buildLadders(s: Settings): readonly Ladder[] {
  // Settings objects are treated as immutable: a province's candidate run judges each ladder 100k times.
  let ladders = BUILT.get(s);
  if (!ladders) {
    ladders = [...titleLadders(s), ...meritLadders(s)];
    BUILT.set(s, ladders);
  }
  return ladders;
}
const BUILT = new WeakMap<Settings, readonly Ladder[]>();
