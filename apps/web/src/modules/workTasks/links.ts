/**
 * A link to the task list narrowed to what a count stands for. `mine=false`: a unit officer following a count of
 * the board or the results sees exactly those tasks, not only his unit's.
 */
export function tasksLink(filters: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  params.set('mine', 'false');
  return `/tasks?${params.toString()}`;
}
