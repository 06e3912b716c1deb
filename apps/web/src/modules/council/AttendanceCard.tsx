import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Space, Tag, Typography } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import type { SessionView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { SaveOutlined } from '../../lib/icons.tsx';
import { useProposalLabels } from '../proposals/labels.ts';
import { useAttendance } from './api.ts';

/** Who attends, and whether the quorum is met; the office ticks the members present. */
export function AttendanceCard({ session, onReload }: { session: SessionView; onReload: () => void }) {
  const t = useT();
  const labels = useProposalLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const attendance = useAttendance(session.id);
  const editable = session.abilities.manage && session.status === 'open';
  const [present, setPresent] = useState<string[]>([]);
  // Reset to the server's list only when that list changes: the page refetches while members vote.
  const saved = session.members
    .filter((m) => m.present)
    .map((m) => m.memberId)
    .join(',');
  useEffect(() => setPresent(saved ? saved.split(',') : []), [saved]);
  const dirty =
    present.length !== session.members.filter((m) => m.present).length ||
    session.members.some((m) => m.present !== present.includes(m.memberId));

  const save = async () => {
    try {
      await attendance.mutateAsync({ presentMemberIds: present, version: session.version });
      void message.success(t('council.attendanceSaved'));
    } catch (e) {
      handle(e, { onReload });
    }
  };

  const { quorum } = session;
  return (
    <Card
      title={t('council.attendance')}
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          <Typography.Text>{t('council.quorum', { present: quorum.present, members: quorum.members })}</Typography.Text>
          <Tag color={quorum.met ? 'green' : 'red'}>
            {quorum.met ? t('council.quorumMet') : t('council.quorumNotMet')}
          </Tag>
        </Space>
      }
    >
      <Space wrap size="middle" style={{ marginBottom: editable ? 12 : 0 }}>
        {session.members.map((m) => (
          <Checkbox
            key={m.memberId}
            checked={present.includes(m.memberId)}
            disabled={!editable}
            aria-label={t('council.presentOf', { name: m.name })}
            onChange={(e) =>
              setPresent((prev) => (e.target.checked ? [...prev, m.memberId] : prev.filter((id) => id !== m.memberId)))
            }
          >
            {m.name} <Typography.Text type="secondary">({labels.councilRole[m.role]})</Typography.Text>
          </Checkbox>
        ))}
      </Space>
      {editable && (
        <div>
          <Button icon={<SaveOutlined />} onClick={() => void save()} disabled={!dirty} loading={attendance.isPending}>
            {t('council.saveAttendance')}
          </Button>
        </div>
      )}
    </Card>
  );
}
