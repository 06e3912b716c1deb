import { Empty } from 'antd';
import type { VoteChoice } from '@thidua/domain';
import type { SessionView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { BallotItemCard } from './BallotItemCard.tsx';

export interface AgendaCardsProps {
  session: SessionView;
  /** The choices of the ballot being filled (form state only; cleared once sent). */
  choices: Record<string, VoteChoice>;
  onChoose: (itemId: string, choice: VoteChoice) => void;
}

/**
 * The agenda as one card per item rather than a table: the ballot's labels, the criteria and the
 * unit's justification keep their full width at 1,366 px and on a phone, with no sideways scrolling.
 */
export function AgendaCards({ session, choices, onChoose }: AgendaCardsProps) {
  const t = useT();
  if (!session.items.length) return <Empty description={t('council.noItems')} />;
  return (
    <ol className="ballot-list" aria-label={t('ballot.list')}>
      {session.items.map((item, i) => (
        <li key={item.itemId}>
          <BallotItemCard
            item={item}
            no={i + 1}
            open={session.status === 'open'}
            choice={choices[item.itemId]}
            onChoose={(c) => onChoose(item.itemId, c)}
          />
        </li>
      ))}
    </ol>
  );
}
