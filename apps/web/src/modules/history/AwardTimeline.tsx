import { Button, Empty, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import type { AwardRecordView, SubjectHistory } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { formatDate } from '../../lib/format.ts';
import { BulbOutlined, DeleteOutlined, EditOutlined, FlagFilled } from '../../lib/icons.tsx';

const RATING_COLOR = { excellent: 'green', good: 'blue', completed: 'default', not_completed: 'red' } as const;
const ORIGIN_COLOR = { here: 'geekblue', higher: 'purple', imported: 'default' } as const;

export interface AwardTimelineProps {
  history: SubjectHistory;
  deleting: boolean;
  onEdit: (record: AwardRecordView) => void;
  onDelete: (record: AwardRecordView) => void;
}

function AwardLine({
  record,
  canEdit,
  deleting,
  onEdit,
  onDelete,
}: { record: AwardRecordView; canEdit: boolean } & Omit<AwardTimelineProps, 'history'>) {
  const t = useT();
  const labels = useLabels();
  const decision = [
    record.decisionNumber && t('history.decisionNo', { number: record.decisionNumber }),
    record.decisionDate && t('history.decisionOn', { date: formatDate(record.decisionDate) }),
    record.decisionAuthority,
    record.decisionSigner,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="award-line" data-award={record.awardCode} data-year={record.year}>
      <Space wrap size={[8, 4]}>
        <Typography.Text strong>{record.awardName}</Typography.Text>
        {record.fromYear !== record.year && (
          <Typography.Text type="secondary">
            ({t('history.period', { from: record.fromYear, to: record.year })})
          </Typography.Text>
        )}
        <Tag color={ORIGIN_COLOR[record.origin]}>{labels.origin[record.origin]}</Tag>
        {record.commendationType !== 'periodic' && <Tag>{labels.commendationType[record.commendationType]}</Tag>}
        {record.flag && (
          <Tooltip title={record.flag}>
            <Tag color="red" icon={<FlagFilled />} aria-label={record.flag}>
              {t('history.flagged')}
            </Tag>
          </Tooltip>
        )}
        {canEdit && (
          <>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => onEdit(record)}
              aria-label={t('history.editAwardOf', { name: record.awardName, year: record.year })}
            >
              {t('common.edit')}
            </Button>
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              loading={deleting}
              onClick={() => onDelete(record)}
            >
              {t('history.withdraw')}
            </Button>
          </>
        )}
      </Space>
      {decision && (
        <div>
          <Typography.Text type="secondary">{decision}</Typography.Text>
        </div>
      )}
      {record.initiatives.length > 0 && (
        <div>
          <BulbOutlined /> {record.initiatives.map((i) => i.title).join('; ')}
        </div>
      )}
      {record.note && (
        <div>
          <Typography.Text type="secondary" italic>
            {record.note}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

/** Ratings and awards by year, newest first. */
export function AwardTimeline({ history, ...actions }: AwardTimelineProps) {
  const t = useT();
  const labels = useLabels();
  const years = [...new Set([...history.ratings.map((r) => r.year), ...history.awards.map((a) => a.year)])].sort(
    (a, b) => b - a,
  );
  if (years.length === 0) return <Empty description={t('history.empty')} />;
  return (
    <Timeline
      aria-label={t('history.timeline')}
      titleSpan="72px"
      items={years.map((year) => {
        const rating = history.ratings.find((r) => r.year === year);
        const awards = history.awards.filter((a) => a.year === year);
        return {
          key: year,
          color: awards.some((a) => a.flag) ? 'red' : awards.length > 0 ? 'green' : 'gray',
          title: (
            <Typography.Text strong style={{ fontSize: 16 }}>
              {year}
            </Typography.Text>
          ),
          content: (
            <section aria-label={t('history.yearSection', { year })} className="history-year">
              <div style={{ marginBottom: 4 }}>
                <Typography.Text type="secondary">{t('history.rating')}: </Typography.Text>
                {rating ? (
                  <Tag color={RATING_COLOR[rating.rating]}>{labels.rating[rating.rating]}</Tag>
                ) : (
                  <Typography.Text type="secondary">{t('ratings.notRated')}</Typography.Text>
                )}
              </div>
              {awards.map((record) => (
                <AwardLine key={record.id} record={record} canEdit={history.canEdit} {...actions} />
              ))}
            </section>
          ),
        };
      })}
    />
  );
}
