import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Alert, Button, Card, Col, Descriptions, Result, Row, Space, Table, Tag, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { DossierDescriptions } from './DossierDescriptions.tsx';
import { formatDate } from '../../lib/format.ts';
import { EditOutlined, FilePdfOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { AttachmentsPanel } from '../../components/AttachmentsPanel.tsx';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { downloadCertificate, uploadInitiativeAttachment, useInitiative } from './api.ts';
import { EscalationCard } from './EscalationCard.tsx';
import { InitiativeModal } from './InitiativeModal.tsx';
import { STATUS_COLORS, useInitiativeLabels } from './labels.ts';

/** One initiative: its application, authors, recognition, escalation, files and the award it founded. */
export default function InitiativeDetailPage() {
  const t = useT();
  const labels = useLabels();
  const own = useInitiativeLabels();
  const { message } = App.useApp();
  const { id } = useParams();
  const { data: i, isPending, error, refetch } = useInitiative(id);
  const [editing, setEditing] = useState(false);

  if (isPending) return <FullPageSpin />;
  if (!i)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/initiatives">{t('common.back')}</Link>}
      />
    );
  const reload = () => void refetch();
  const certificate = async () => {
    try {
      await downloadCertificate(i);
    } catch (e) {
      void message.error(problemText(e, t));
    }
  };

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {i.title}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={STATUS_COLORS[i.status]}>{own.status[i.status]}</Tag>
            <Tag>{labels.initiativeKind[i.kind]}</Tag>
            {i.level && <Tag color="blue">{labels.recognition[i.level]}</Tag>}
            {i.field && <Typography.Text type="secondary">{i.field}</Typography.Text>}
          </Space>
        </Space>
        <Space wrap>
          {i.status === 'recognised' && (
            <Button icon={<FilePdfOutlined />} onClick={() => void certificate()}>
              {t('initiatives.certificate')}
            </Button>
          )}
          {i.abilities.edit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
        </Space>
      </div>
      {i.anonymous && (
        <Alert type="info" showIcon title={t('initiatives.anonymousNote')} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card title={t('initiatives.application')}>
            <DossierDescriptions dossier={i} first={{ label: t('people.org'), value: i.orgName || '—' }} />
          </Card>
          <Card title={t('initiatives.authors')} style={{ marginTop: 16 }}>
            {i.anonymous ? (
              <Typography.Text type="secondary">{t('initiatives.anonymous')}</Typography.Text>
            ) : (
              <Table
                rowKey="personId"
                size="small"
                pagination={false}
                dataSource={i.authors}
                columns={[
                  {
                    key: 'name',
                    title: t('initiatives.author'),
                    render: (_, a) => <Link to={`/people/${a.personId}`}>{a.name}</Link>,
                  },
                  { key: 'share', title: t('initiatives.share'), render: (_, a) => `${a.share}%` },
                ]}
              />
            )}
          </Card>
          <Card title={t('attachments.title')} style={{ marginTop: 16 }}>
            <AttachmentsPanel
              attachments={i.attachments}
              upload={
                i.abilities.attach
                  ? (file, onProgress) => uploadInitiativeAttachment(i.id, file, onProgress)
                  : undefined
              }
              canDelete={i.abilities.attach}
              onChanged={reload}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('initiatives.recognition')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('initiatives.status')}>{own.status[i.status]}</Descriptions.Item>
              <Descriptions.Item label={t('initiatives.level')}>
                {i.level ? labels.recognition[i.level] : t('initiatives.notRecognised')}
              </Descriptions.Item>
              <Descriptions.Item label={t('initiatives.decision')}>{i.decisionNumber || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('initiatives.recognisedOn')}>
                {formatDate(i.recognisedOn) || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('initiatives.decisionSigner')}>{i.decisionSigner || '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <EscalationCard initiative={i} />
          {!i.anonymous && (
            <Card title={t('workflow.history')} style={{ marginTop: 16 }}>
              <TransitionTimeline entity="initiative" items={i.transitions ?? []} colors={STATUS_COLORS} />
            </Card>
          )}
          <Card title={t('initiatives.oneUse')} style={{ marginTop: 16 }}>
            {i.usedBy ? (
              <Typography.Text>
                {t('initiatives.usedFor', {
                  award: i.usedBy.awardName,
                  year: i.usedBy.year,
                  name: i.usedBy.subjectName,
                })}
              </Typography.Text>
            ) : i.pendingProposal ? (
              <Typography.Text type="warning">
                {t('initiatives.pendingFor', { title: i.pendingProposal.title, name: i.pendingProposal.subjectName })}{' '}
                <Link to={`/proposals/${i.pendingProposal.proposalId}`}>{t('initiatives.openProposal')}</Link>
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('initiatives.freeToUse')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      <InitiativeModal open={editing} initiative={i} onClose={() => setEditing(false)} onSaved={reload} />
    </>
  );
}
