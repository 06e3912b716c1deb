/** Year choices for the yearly screens: next year back to ten years ago, newest first. */
export function yearOptions(around = new Date().getFullYear()): { value: number; label: string }[] {
  const years: { value: number; label: string }[] = [];
  for (let y = around + 1; y >= around - 10; y--) years.push({ value: y, label: String(y) });
  return years;
}

/**
 * The year a review screen opens on: the year-end review runs from October into the next spring, so
 * from October it is this year, before that the year just ended.
 */
export function reviewYear(now = new Date()): number {
  return now.getMonth() >= 9 ? now.getFullYear() : now.getFullYear() - 1;
}
