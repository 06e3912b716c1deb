/**
 * "Nhiệm vụ của đơn vị tôi": on by default for a unit officer (he opens the list on his unit's tasks), off for
 * the office and the leaders; the URL says `mine=false` when he turns it off, so the choice survives a reload.
 */
export function effectiveMine(param: string | null, roles: readonly { role: string }[]): boolean {
  if (param === 'true') return true;
  if (param === 'false') return false;
  const held = roles.map((r) => r.role);
  return (
    held.includes('unit_officer') && !held.some((r) => r === 'admin' || r === 'emulation_officer' || r === 'leader')
  );
}
