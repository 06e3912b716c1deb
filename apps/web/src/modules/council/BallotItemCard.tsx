import { Card, Progress, Radio, Space, Tag, Typography } from 'antd';
import { VOTE_CHOICES, type VoteChoice } from '@thidua/domain';
import type { SessionItemView } from '../../api/types.ts';
import { CitationText } from '../../components/CitationTag.tsx';
import { useT } from '../../i18n/index.tsx';
import { VoteSummary } from '../proposals/ProposalItemsTable.tsx';
import { VerdictMark } from '../proposals/ItemVerdict.tsx';
import { useProposalLabels } from '../proposals/labels.ts';

export interface BallotItemCardProps {
  item: SessionItemView;
  no: number;
  open: boolean;
  /** The choice of the ballot being filled (form state only; cleared once sent). */
  choice: VoteChoice | undefined;
  onChoose: (choice: VoteChoice) => void;
}

/** What the unit's dossier says: the verdict at submission, the criteria it lacks with their basis, its justification. */
function Eligibility({ item }: { item: SessionItemView }) {
  const t = useT();
  const needsWord = item.verdict !== null && item.verdict !== 'eligible';
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      <Space wrap size={[6, 4]}>
        {item.verdict ? (
          <VerdictMark verdict={item.verdict} />
        ) : (
          <Typography.Text type="secondary">{t('ballot.noVerdict')}</Typography.Text>
        )}
        {item.flags.map((f, k) => (
          <Tag key={k} color="orange" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
            {f}
          </Tag>
        ))}
      </Space>
      {item.unmet.length > 0 ? (
        <div>
          <Typography.Text strong>{t('ballot.unmet')}</Typography.Text>
          <ul className="ballot-unmet" aria-label={t('ballot.unmet')}>
            {item.unmet.map((u, k) => (
              <li key={k}>
                <Typography.Text type={u.met === false ? 'danger' : 'warning'}>{u.detail}</Typography.Text>
                {u.citation && (
                  <>
                    {' '}
                    <CitationText citation={u.citation} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        item.verdict === 'eligible' && <Typography.Text type="secondary">{t('ballot.allMet')}</Typography.Text>
      )}
      {(item.justification || needsWord) && (
        <div className="ballot-justification" role="note" aria-label={t('ballot.justification')}>
          <Typography.Text strong>{t('ballot.justification')}</Typography.Text>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {item.justification || <Typography.Text type="secondary">{t('ballot.noJustification')}</Typography.Text>}
          </Typography.Paragraph>
        </div>
      )}
    </Space>
  );
}

/** The member's part: his choice while the session is open, or where he stands on the item. */
function Ballot({ item, open, choice, onChoose }: Omit<BallotItemCardProps, 'no'>) {
  const t = useT();
  const labels = useProposalLabels();
  const label = t('council.ballotOf', { name: `${item.subjectName} — ${item.awardName}` });
  switch (item.mine) {
    case 'can_vote':
      return open ? (
        <Radio.Group
          aria-label={label}
          className="ballot-choices"
          value={choice}
          onChange={(e) => onChoose(e.target.value as VoteChoice)}
        >
          {VOTE_CHOICES.map((c) => (
            <Radio key={c} value={c} className="ballot-choice">
              <span className="ballot-choice-label">{labels.choice[c]}</span>
            </Radio>
          ))}
        </Radio.Group>
      ) : null;
    case 'voted':
      return <Tag color="blue">{t('council.voted')}</Tag>;
    case 'recused':
      return (
        <Radio checked disabled aria-label={label}>
          {t('council.recused')}
        </Radio>
      );
    case 'absent':
      return <Typography.Text type="secondary">{t('council.absent')}</Typography.Text>;
    default:
      return null;
  }
}

/**
 * One agenda item as a card, readable on a 1,366 px screen and on a phone alike: who and what, the
 * eligibility the unit's dossier showed, the rule it needs, then the member's ballot (or the result).
 */
export function BallotItemCard({ item, no, open, choice, onChoose }: BallotItemCardProps) {
  const t = useT();
  const name = `${item.subjectName} — ${item.awardName}`;
  return (
    <Card
      size="small"
      className="ballot-item"
      role="group"
      aria-label={t('ballot.item', { no, name })}
      title={
        <div className="ballot-item-title">
          <Typography.Text strong>
            {no}. {item.subjectName}
          </Typography.Text>
          <Typography.Text type="secondary"> · {item.orgName}</Typography.Text>
          <div>
            <Typography.Text>{item.awardName}</Typography.Text>
          </div>
        </div>
      }
    >
      <div className="ballot-item-body">
        <div className="ballot-item-facts">
          <Eligibility item={item} />
        </div>
        <div className="ballot-item-vote">
          <Typography.Text type="secondary">{t('ballot.rule', { rule: item.thresholdText })}</Typography.Text>
          {open ? (
            <>
              <div>
                <Typography.Text>
                  {t('council.votedCount', { voted: item.voted, eligible: item.eligible })}
                </Typography.Text>
                <Progress
                  percent={item.eligible ? Math.round((item.voted / item.eligible) * 100) : 0}
                  size="small"
                  showInfo={false}
                  aria-hidden
                />
              </div>
              {item.recused.length > 0 && (
                <Typography.Text type="secondary">
                  {t('council.recusedList', { names: item.recused.join(', ') })}
                </Typography.Text>
              )}
              {item.mine === 'can_vote' && <Typography.Text strong>{t('ballot.choose')}</Typography.Text>}
              <Ballot item={item} open={open} choice={choice} onChoose={onChoose} />
            </>
          ) : item.result ? (
            <VoteSummary vote={item.result} />
          ) : (
            <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
          )}
        </div>
      </div>
    </Card>
  );
}
