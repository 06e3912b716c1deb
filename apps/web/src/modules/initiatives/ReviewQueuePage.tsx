import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { Alert, Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { CheckCircleOutlined, CloseCircleOutlined, EditOutlined, StopOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { useReviewQueue, type QueueItem } from './roundsApi.ts';
import { SheetForm } from './SheetForm.tsx';

const key = (i: QueueItem) => `${i.roundId}/${i.initiativeId}`;

/** "Phiếu chấm của tôi": the initiatives a reviewer scores, one at a time, saving and moving on. */
export function ReviewQueuePage() {
  const t = useT();
  const { data, isPending, error } = useReviewQueue();
  const [current, setCurrent] = useState<string | null>(null);
  /** After "save and next" the cursor goes to the next sheet's first score; a pick in the list keeps it there. */
  const [focusSheet, setFocusSheet] = useState(false);
  if (isPending) return <FullPageSpin />;
  if (!data) return <Alert type="error" showIcon title={problemText(error, t)} />;

  const state = (i: QueueItem): { color: string; text: string; icon: ReactNode } =>
    i.recusedBecause
      ? { color: 'default', text: t('reviews.state_recused'), icon: <StopOutlined /> }
      : !i.sheet
        ? { color: 'warning', text: t('reviews.state_todo'), icon: <EditOutlined /> }
        : {
            color: i.sheet.status === 'scored' ? 'success' : 'default',
            text: t(`rounds.sheet_${i.sheet.status}`),
            icon:
              i.sheet.status === 'scored' ? (
                <CheckCircleOutlined />
              ) : i.sheet.status === 'abstained' ? (
                <CloseCircleOutlined />
              ) : (
                <StopOutlined />
              ),
          };
  const todo = (i: QueueItem) => !i.recusedBecause && !i.sheet;
  const selected = data.items.find((i) => key(i) === current) ?? data.items.find(todo) ?? data.items[0];
  const next = () => {
    const after = data.items.slice(data.items.findIndex((i) => selected && key(i) === key(selected)) + 1);
    const n = after.find(todo) ?? data.items.find(todo);
    if (n) {
      setCurrent(key(n));
      setFocusSheet(true);
    }
  };
  const pick = (i: QueueItem) => {
    setCurrent(key(i));
    setFocusSheet(false);
  };
  /** Up and down move through the list; Enter or Space opens the item under the cursor. */
  const onKey = (e: KeyboardEvent<HTMLElement>, k: number) => {
    const to = e.key === 'ArrowDown' ? k + 1 : e.key === 'ArrowUp' ? k - 1 : null;
    if (to !== null && data.items[to]) {
      e.preventDefault();
      pick(data.items[to]);
      const next = e.currentTarget.parentElement?.children[to];
      if (next instanceof HTMLElement) next.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick(data.items[k]!);
    }
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('nav.initiativeReviews')}</Typography.Title>
      </div>
      {data.rounds.map((r) => (
        <Alert
          key={r.id}
          style={{ marginBottom: 12 }}
          type={r.canScore ? 'info' : 'warning'}
          showIcon
          title={`${r.title} — ${r.phase.label}`}
          description={r.refusal ?? t('reviews.progress', { done: r.sheetsDone, expected: r.sheetsExpected })}
        />
      ))}
      {!data.items.length ? (
        <Empty description={t('reviews.empty')} />
      ) : (
        <Row gutter={16}>
          <Col xs={24} lg={8}>
            <Card size="small" title={t('reviews.list', { n: data.items.filter(todo).length })}>
              <List
                dataSource={data.items}
                renderItem={(i, k) => {
                  const s = state(i);
                  const active = selected && key(i) === key(selected);
                  return (
                    <List.Item
                      onClick={() => pick(i)}
                      onKeyDown={(e) => onKey(e, k)}
                      tabIndex={active ? 0 : -1}
                      role="button"
                      style={{ cursor: 'pointer', background: active ? '#e6f4ff' : undefined, paddingInline: 8 }}
                      aria-current={active ? 'true' : undefined}
                    >
                      <Space orientation="vertical" size={0}>
                        <Typography.Text strong={active}>{i.title}</Typography.Text>
                        {data.rounds.length > 1 && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {data.rounds.find((r) => r.id === i.roundId)?.title}
                          </Typography.Text>
                        )}
                        <Tag color={s.color} icon={s.icon}>
                          {s.text}
                        </Tag>
                      </Space>
                    </List.Item>
                  );
                }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={16}>
            <Card>
              {selected && (
                <SheetForm
                  key={key(selected)}
                  item={selected}
                  round={data.rounds.find((r) => r.id === selected.roundId)!}
                  autoFocus={focusSheet}
                  onSaved={(goNext) => goNext && next()}
                />
              )}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
export default ReviewQueuePage;
