import type { viBallot } from './vi.ballot.ts';

/** English texts of the council's ballot. */
export const enBallot: Record<keyof typeof viBallot, string> = {
  'ballot.list': 'Items put to the vote',
  'ballot.item': 'Item {no}: {name}',
  'ballot.unmet': 'Criteria not met or left to the council',
  'ballot.allMet': 'Every criterion was met when the unit submitted the dossier.',
  'ballot.noVerdict': 'Submitted before eligibility results were kept.',
  'ballot.justification': "The unit's justification",
  'ballot.noJustification': 'The unit gave no justification.',
  'ballot.rule': 'Needed to pass: {rule} of the members entitled to vote',
  'ballot.choose': 'Your choice',
};
