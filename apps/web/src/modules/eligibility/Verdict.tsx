import { Tag } from 'antd';
import type { Verdict } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';

export const VERDICT_COLOR: Record<Verdict, string> = {
  eligible: 'green',
  not_eligible: 'red',
  needs_review: 'orange',
};
const VERDICT_KEY = {
  eligible: 'eligibility.eligible',
  not_eligible: 'eligibility.notEligible',
  needs_review: 'eligibility.needsReview',
} as const;

export function useVerdictLabel() {
  const t = useT();
  return (verdict: Verdict) => t(VERDICT_KEY[verdict]);
}

/** The engine's answer as a coloured tag: green eligible, red not, orange for the council to judge. */
export function VerdictTag({ verdict, big }: { verdict: Verdict; big?: boolean }) {
  const label = useVerdictLabel();
  return (
    <Tag
      color={VERDICT_COLOR[verdict]}
      style={big ? { fontSize: 18, lineHeight: '32px', padding: '0 16px' } : undefined}
      data-verdict={verdict}
    >
      {label(verdict)}
    </Tag>
  );
}
