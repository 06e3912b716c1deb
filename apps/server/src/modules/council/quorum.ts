/** A share as the minutes and refusals say it: 2/3 as "2/3", others as a percentage ("75%"). */
export function shareText(share: number): string {
  if (Math.abs(share - 2 / 3) < 1e-9) return '2/3';
  if (Math.abs(share - 1 / 2) < 1e-9) return '1/2';
  return `${String(Math.round(share * 1000) / 10).replace('.', ',')}%`;
}
