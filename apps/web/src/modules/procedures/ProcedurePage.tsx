import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { App, Button, Card, Descriptions, Result, Space, Tabs, Tag, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { NextStep } from '../../components/NextStep.tsx';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { WorkflowActions, type WorkflowRun } from '../../components/WorkflowActions.tsx';
import { useT } from '../../i18n/index.tsx';
import { EditOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { useProcedure, useProcedureTransition, useStartAmendment } from './api.ts';
import {
  DecisionFields,
  checkDecision,
  decisionDate,
  type DecisionErrors,
  type DecisionValues,
} from './DecisionFields.tsx';
import { STATUS_COLORS, nextStepOf, useProcedureLabels } from './labels.ts';
import { SimplificationCard } from './SimplificationCard.tsx';
import { VersionDetails } from './VersionDetails.tsx';
import { VersionHistory } from './VersionHistory.tsx';

const EMPTY_DECISION: DecisionValues = { no: '', date: null, signer: '' };

/** One procedure: identity, the version in force (and a draft amendment), actions, versions, simplification, history. */
export default function ProcedurePage() {
  const t = useT();
  const labels = useProcedureLabels();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const { data: procedure, isPending, error, refetch } = useProcedure(id);
  const transition = useProcedureTransition();
  const startAmendment = useStartAmendment();
  const [decision, setDecision] = useState<DecisionValues>(EMPTY_DECISION);
  const [decisionErrors, setDecisionErrors] = useState<DecisionErrors>({});

  if (isPending) return <FullPageSpin />;
  if (!procedure)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/procedures">{t('common.back')}</Link>}
      />
    );

  const reload = () => void refetch();
  const current = procedure.versions.find((v) => v.id === procedure.currentVersionId) ?? null;
  const draft = procedure.versions.find((v) => v.id === procedure.draftVersionId) ?? null;
  // An amendment is published from a draft version: the step is offered once the draft exists.
  const actions = procedure.abilities.transitions.filter((a) => a !== 'amend' || draft);
  const mayStartAmendment = procedure.abilities.startAmendment;

  const run = async (step: WorkflowRun) => {
    const errors = checkDecision(decision, t);
    setDecisionErrors(errors);
    if (Object.keys(errors).length > 0)
      throw new ApiError(400, {
        type: 'about:blank',
        title: t('procedures.decisionMissing'),
        status: 400,
        detail: t('procedures.decisionMissing'),
      } as never);
    await transition.mutateAsync({
      id: procedure.id,
      action: step.action,
      version: step.version,
      reason: step.reason || undefined,
      decision: { no: decision.no.trim(), date: decisionDate(decision), signer: decision.signer.trim() },
    });
  };

  const amend = async () => {
    try {
      await startAmendment.mutateAsync({ id: procedure.id, version: procedure.version });
      void message.success(t('procedures.amendmentStarted'));
      void navigate(`/procedures/${procedure.id}/draft`);
    } catch (e) {
      handle(e, { onReload: reload });
    }
  };

  const versionTabs = [
    ...(current
      ? [
          {
            key: 'current',
            label: t('procedures.currentVersion'),
            children: <VersionDetails version={current} procedureId={procedure.id} />,
          },
        ]
      : []),
    ...(draft
      ? [
          {
            key: 'draft',
            label: current ? t('procedures.draftAmendment', { seq: draft.seq }) : t('procedures.draftVersion'),
            children: (
              <VersionDetails
                version={draft}
                procedureId={procedure.id}
                editTemplates={procedure.abilities.editDraft}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {procedure.name}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={STATUS_COLORS[procedure.status]}>{labels.status(procedure.status)}</Tag>
            <Typography.Text type="secondary">{t('procedures.codeIs', { code: procedure.code })}</Typography.Text>
          </Space>
        </Space>
        <Space wrap>
          <WorkflowActions
            entity="procedure"
            actions={actions}
            version={procedure.version}
            name={procedure.name}
            run={run}
            onReload={reload}
            pending={transition.isPending}
            danger={['abolish']}
            onOpen={() => {
              setDecision(EMPTY_DECISION);
              setDecisionErrors({});
            }}
            extra={() => (
              <DecisionFields
                value={decision}
                errors={decisionErrors}
                onChange={(patch) => {
                  setDecision((d) => ({ ...d, ...patch }));
                  setDecisionErrors((e) => ({
                    ...e,
                    ...Object.fromEntries(Object.keys(patch).map((k) => [k, undefined])),
                  }));
                }}
              />
            )}
            modalWidth={() => 640}
          />
          {mayStartAmendment && (
            <Button icon={<PlusOutlined />} loading={startAmendment.isPending} onClick={() => void amend()}>
              {t('procedures.startAmendment')}
            </Button>
          )}
          {procedure.abilities.editDraft && (
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/procedures/${procedure.id}/draft`)}>
              {t('procedures.editDraft')}
            </Button>
          )}
        </Space>
      </div>
      <NextStep step={nextStepOf(procedure.status, procedure.abilities.transitions.length > 0)} />
      <Card title={t('procedures.identity')} style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'code', label: t('procedures.code'), children: procedure.code },
            {
              key: 'field',
              label: t('procedures.field'),
              children: procedure.fieldLabel || labels.field(procedure.field),
            },
            { key: 'level', label: t('procedures.level'), children: labels.level(procedure.level) },
            { key: 'agency', label: t('procedures.agency'), children: procedure.agency || t('common.none') },
            {
              key: 'inter',
              label: t('procedures.interAgency'),
              children: procedure.interAgency ? t('common.yes') : t('common.no'),
            },
            { key: 'online', label: t('procedures.online'), children: labels.online(procedure.onlineLevel) },
          ]}
        />
      </Card>
      <Card style={{ marginBottom: 16 }}>
        {versionTabs.length > 0 ? (
          <Tabs items={versionTabs} defaultActiveKey={draft && procedure.abilities.editDraft ? 'draft' : 'current'} />
        ) : (
          <Typography.Text type="secondary">{t('procedures.noVersion')}</Typography.Text>
        )}
      </Card>
      <Card title={t('procedures.history')} style={{ marginBottom: 16 }}>
        <VersionHistory versions={procedure.versions} />
      </Card>
      <Card title={t('procedures.simplificationRecord')} style={{ marginBottom: 16 }}>
        <SimplificationCard versions={procedure.versions} />
      </Card>
      <Card title={t('procedures.transitions')}>
        <TransitionTimeline
          entity="procedure"
          items={procedure.transitions}
          colors={STATUS_COLORS}
          createdLabel={t('procedures.created')}
        />
      </Card>
    </>
  );
}
