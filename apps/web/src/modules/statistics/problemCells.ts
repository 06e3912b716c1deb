/** `values.3.value` (or `/values/3/value`) → the key of the 4th cell sent; null when the path names no cell. */
export function pathToCell(path: string, keys: readonly string[]): string | null {
  const m = /values[./](\d+)/u.exec(path);
  if (!m) return null;
  return keys[Number(m[1])] ?? null;
}
