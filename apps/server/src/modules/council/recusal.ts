import type { OrgTree } from '../../platform/orgtree.ts';

/**
 * A member does not vote on his own item, nor on an item of his own unit
 * (the unit itself or below it). A member seated at the department's root
 * (the Director) is not thereby recused from every item.
 */
export function isRecused(
  tree: OrgTree,
  member: { org_id: string; person_id: string | null },
  item: { subject_id: string; org_id: string },
): boolean {
  if (member.person_id && member.person_id === item.subject_id) return true;
  if (tree.roots().includes(member.org_id)) return false;
  return tree.isWithin(item.org_id, member.org_id);
}
