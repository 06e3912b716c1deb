import type { Ladder } from './ladderParts.ts';
import { meritLadders } from './laddersMerit.ts';
import { titleLadders } from './laddersTitles.ts';
import type { Settings } from './settings.ts';

export type { Ladder } from './ladderParts.ts';

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
