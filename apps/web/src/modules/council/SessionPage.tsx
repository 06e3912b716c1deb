import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Button, Card, Result, Space, Tag, Typography } from 'antd';
import type { VoteChoice } from '@thidua/domain';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { FileWordOutlined, SendOutlined, StopOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { AgendaCards } from './AgendaCards.tsx';
import { downloadMinutes, sendBallot, useCloseSession, useSession } from './api.ts';
import { AttendanceCard } from './AttendanceCard.tsx';
import { NextStep } from '../../components/NextStep.tsx';

/** A council meeting: attendance and quorum, the agenda, the secret ballot, the results and the minutes. */
export default function SessionPage() {
  const t = useT();
  const { id } = useParams();
  const { message, modal } = App.useApp();
  const handle = useProblemHandler();
  const { data: session, isPending, error, refetch } = useSession(id);
  const close = useCloseSession(id ?? '');
  // The ballot being filled in. Emptied as soon as it is sent: how a member voted is kept nowhere.
  const [choices, setChoices] = useState<Record<string, VoteChoice>>({});
  const [sending, setSending] = useState(false);

  if (isPending) return <FullPageSpin />;
  if (!session)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/council?tab=sessions">{t('common.back')}</Link>}
      />
    );

  const reload = () => void refetch();
  const chosen = Object.keys(choices).length;
  const open = session.status === 'open';

  const send = () => {
    const votes = Object.entries(choices).map(([itemId, choice]) => ({ itemId, choice }));
    modal.confirm({
      title: t('council.sendBallot'),
      content: t('council.sendConfirm', { count: votes.length }),
      okText: t('council.sendBallot'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setSending(true);
        try {
          const result = await sendBallot(session.id, votes);
          setChoices({});
          void message.success(t('council.ballotSent', { count: result.recorded }));
          reload();
        } catch (e) {
          handle(e, { onReload: reload });
        } finally {
          setSending(false);
        }
      },
    });
  };

  const confirmClose = () =>
    modal.confirm({
      title: t('council.close'),
      content: session.quorum.met ? t('council.closeConfirm') : t('council.closeNoQuorum'),
      okText: t('council.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await close.mutateAsync({ version: session.version });
          void message.success(t('council.closedOk'));
        } catch (e) {
          handle(e, { onReload: reload });
        }
      },
    });

  const onMinutes = () => downloadMinutes(session.id).catch((e: unknown) => void message.error(problemText(e, t)));

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {session.title}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={open ? 'gold' : 'green'}>{open ? t('council.open') : t('council.closed')}</Tag>
            <Typography.Text type="secondary">
              {formatDate(session.heldOn)}
              {session.venue ? ` · ${session.venue}` : ''}
            </Typography.Text>
          </Space>
        </Space>
        <Space wrap>
          {session.abilities.manage && open && (
            <Button danger icon={<StopOutlined />} onClick={confirmClose} loading={close.isPending}>
              {t('council.close')}
            </Button>
          )}
          <Button icon={<FileWordOutlined />} onClick={() => void onMinutes()}>
            {t('council.minutes')}
          </Button>
        </Space>
      </div>
      <NextStep step={session.nextStep} />
      <AttendanceCard session={session} onReload={reload} />
      <Card title={t('council.agenda')}>
        <AgendaCards
          session={session}
          choices={choices}
          onChoose={(itemId, choice) => setChoices((prev) => ({ ...prev, [itemId]: choice }))}
        />
        {session.abilities.vote && open && (
          // Below the items: a member reads them all, then sends one ballot.
          <div className="ballot-send">
            <Typography.Text type="secondary">{t('council.secretNote')}</Typography.Text>
            <Button type="primary" icon={<SendOutlined />} disabled={!chosen} loading={sending} onClick={send}>
              {t('council.sendBallot')}
            </Button>
          </div>
        )}
      </Card>
    </>
  );
}
