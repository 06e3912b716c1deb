/** Year choices for the yearly screens: next year back to ten years ago, newest first. */
export function yearOptions(around = new Date().getFullYear()): { value: number; label: string }[] {
  const years: { value: number; label: string }[] = [];
  for (let y = around + 1; y >= around - 10; y--) years.push({ value: y, label: String(y) });
  return years;
}
