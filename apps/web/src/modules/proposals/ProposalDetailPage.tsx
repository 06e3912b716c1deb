import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { EditOutlined, FileWordOutlined, SafetyCertificateOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { AttachmentsPanel } from '../../components/AttachmentsPanel.tsx';
import { downloadSubmission, uploadProposalAttachment, useProposal } from './api.ts';
import { PROPOSAL_STATUS_COLORS, useProposalLabels } from './labels.ts';
import { ProposalActions } from './ProposalActions.tsx';
import { ProposalItemsTable } from './ProposalItemsTable.tsx';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { NextStep } from '../../components/NextStep.tsx';

/** One dossier: its stage, the actions open to the user, the items, the history and the documents. */
export default function ProposalDetailPage() {
  const t = useT();
  const labels = useProposalLabels();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data: p, isPending, error, refetch } = useProposal(id);

  if (isPending) return <FullPageSpin />;
  if (!p)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/proposals">{t('common.back')}</Link>}
      />
    );

  const reload = () => void refetch();
  const onSubmission = () => downloadSubmission(p.id).catch((e: unknown) => void message.error(problemText(e, t)));
  const returned = p.status === 'returned';

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {p.title}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={PROPOSAL_STATUS_COLORS[p.status]}>{labels.status[p.status]}</Tag>
            <Tag>{labels.commendationType[p.commendationType]}</Tag>
            {p.simplified && <Tag color="purple">{t('proposals.simplified')}</Tag>}
            <Tag color={p.decidedHere ? 'blue' : 'magenta'}>
              {p.decidedHere ? t('proposals.decidedHere') : t('proposals.decidedHigher')}
            </Tag>
            {p.flaggedCount > 0 && <Tag color="red">{t('proposals.flaggedAria', { count: p.flaggedCount })}</Tag>}
          </Space>
        </Space>
        <Space wrap>
          <ProposalActions proposal={p} onReload={reload} />
          {/* The server offers "decide" to the leader on a dossier voted or submitted for signature. */}
          {p.abilities.actions.includes('decide') && (
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              onClick={() => void navigate(`/decisions/new?proposal=${encodeURIComponent(p.id)}`)}
            >
              {t('decisions.issue')}
            </Button>
          )}
          {p.abilities.edit && (
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/proposals/${p.id}/edit`)}>
              {t('common.edit')}
            </Button>
          )}
          <Button icon={<FileWordOutlined />} onClick={() => void onSubmission()}>
            {t('proposals.submissionDocx')}
          </Button>
        </Space>
      </div>
      <NextStep step={p.nextStep} />
      {returned && <Alert type="warning" showIcon title={t('proposals.returnedBanner')} style={{ marginBottom: 16 }} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'org', label: t('proposals.org'), children: p.orgName },
            { key: 'year', label: t('proposals.year'), children: p.year },
            { key: 'items', label: t('proposals.itemCount'), children: p.itemCount },
            {
              key: 'submitted',
              label: t('proposals.submittedAt'),
              children: formatDateTime(p.submittedAt) || t('common.none'),
            },
            ...(p.postingFrom
              ? [
                  {
                    key: 'posting',
                    label: t('proposals.posting'),
                    children: `${formatDate(p.postingFrom)} – ${formatDate(p.postingTo)}`,
                  },
                ]
              : []),
            { key: 'updated', label: t('proposals.updatedAt'), children: formatDateTime(p.updatedAt) },
          ]}
        />
      </Card>
      <Card title={t('proposals.items')} style={{ marginBottom: 16 }}>
        <ProposalItemsTable items={p.items} highlightReturn={returned} />
      </Card>
      <Card title={t('proposals.history')} style={{ marginBottom: 16 }}>
        <TransitionTimeline
          entity="proposal"
          items={p.transitions}
          colors={PROPOSAL_STATUS_COLORS}
          createdLabel={t('proposals.createdEntry')}
        />
      </Card>
      <Card title={t('attachments.title')}>
        <AttachmentsPanel
          attachments={p.attachments}
          upload={
            p.abilities.attach ? (file, onProgress) => uploadProposalAttachment(p.id, file, onProgress) : undefined
          }
          canDelete={p.abilities.attach}
          onChanged={reload}
        />
      </Card>
    </>
  );
}
