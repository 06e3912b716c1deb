import type { DecisionSummary } from '../../api/types.ts';
import type { useT } from '../../i18n/index.tsx';
import { formatMoney } from '../../lib/format.ts';

type Note = DecisionSummary['bonusNote'];

/**
 * A decision's total bonus as the register states it: the amount, "Theo quy định" for a decision signed
 * before the bonus tables the catalog holds, "Không kèm tiền thưởng" where none applies — never "0 đ".
 */
export function bonusText(t: ReturnType<typeof useT>, total: number, note?: Note): string {
  const n = note ?? (total > 0 ? 'amount' : 'none');
  if (n === 'amount') return formatMoney(total);
  return n === 'by_rules' ? t('decisions.bonusByRules') : t('decisions.bonusNone');
}
