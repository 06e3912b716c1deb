import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Card, Input, InputNumber, Result, Space, Tag, Typography } from 'antd';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { NextStep } from '../../components/NextStep.tsx';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { WorkflowActions } from '../../components/WorkflowActions.tsx';
import { useT } from '../../i18n/index.tsx';
import { CheckOutlined, FileExcelOutlined, FileWordOutlined, SaveOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { documents, useSheet, useSheetWrites } from './api.ts';
import { SHEET_STATUS_COLORS, byPreference, useScorecardLabels } from './labels.ts';
import { SheetGrid } from './SheetGrid.tsx';
import { SheetTotalsCard } from './SheetTotalsCard.tsx';
import { modeOf, useSheetEdits } from './useSheetEdits.ts';
import type { ScoreSheet } from './types.ts';

/** A member's score sheet: loads it, then hands it to the page proper (its edits live as long as the sheet). */
export default function SheetPage() {
  const t = useT();
  const { id, memberId } = useParams();
  const { data, isPending, error, refetch } = useSheet(id, memberId);
  if (isPending) return <FullPageSpin />;
  if (!data)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to={id ? `/scorecards/${id}` : '/scorecards'}>{t('common.back')}</Link>}
      />
    );
  return <Sheet key={`${data.member.id}-${data.member.status}`} sheet={data} onReload={() => void refetch()} />;
}

/** The step that moves the sheet on comes first (drawn as the main button); a return or a question after it. */
const SHEET_ORDER = ['submit', 'explain', 'appraise', 'request_explanation', 'return', 'reappraise'];

const SAVE_LABEL = { self: 'sc.saveSelf', appraise: 'sc.saveAppraisal', explain: 'sc.saveExplanation' } as const;

/**
 * The sheet: who acts next, the sheet's steps (a step saves the typing first), the totals as typed, and the
 * grid — the member's self-assessment, the appraiser's judgement beside it, or the member's explanation,
 * read-only for everyone else; the documents and the sheet's history.
 */
function Sheet({ sheet, onReload }: { sheet: ScoreSheet; onReload: () => void }) {
  const t = useT();
  const labels = useScorecardLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const mode = modeOf(sheet);
  const edits = useSheetEdits(sheet);
  const writes = useSheetWrites(sheet.scorecard.id, sheet.member.id);
  const [busy, setBusy] = useState<string | null>(null);
  // The head who signs the sheet, typed with the self-assessment; null while untouched.
  const [signer, setSigner] = useState<string | null>(null);
  const dirty = edits.dirty || signer !== null;
  const saving = writes.saveSelf.isPending || writes.saveAppraisal.isPending || writes.saveExplanation.isPending;

  const save = async (): Promise<ScoreSheet> => {
    const body = { version: sheet.version };
    const saved =
      mode === 'self'
        ? await writes.saveSelf.mutateAsync({
            ...body,
            scores: edits.selfPayload(),
            ...(signer === null ? {} : { signerName: signer }),
          })
        : mode === 'appraise'
          ? await writes.saveAppraisal.mutateAsync({
              ...body,
              scores: edits.appraisalPayload(),
              ...edits.surveyPayload(),
            })
          : await writes.saveExplanation.mutateAsync({ ...body, scores: edits.explanationPayload() });
    edits.clear();
    setSigner(null);
    return saved;
  };
  const onSave = async () => {
    try {
      await save();
      void message.success(t('common.saved'));
    } catch (e) {
      handle(e, { onReload });
    }
  };
  const get = async (name: string, fn: () => Promise<void>) => {
    setBusy(name);
    try {
      await fn();
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setBusy(null);
    }
  };

  // Typing not saved yet may be what a closed step waits for: offer it, save first, and let the server judge.
  const actions = byPreference(
    dirty
      ? [...sheet.abilities.transitions, ...sheet.abilities.unavailable.map((u) => u.action)]
      : sheet.abilities.transitions,
    SHEET_ORDER,
  );
  const unavailable = dirty ? [] : sheet.abilities.unavailable;
  // The appraiser sees his total as he goes; others once every criterion is appraised (a part would mislead).
  const showAppraised = mode === 'appraise' || (edits.appraisedTotals !== null && edits.appraisedTotals.missing === 0);

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('sc.sheetTitle', { name: sheet.member.name })}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={SHEET_STATUS_COLORS[sheet.member.status]}>{labels.sheetStatus(sheet.member.status)}</Tag>
            <Link to={`/scorecards/${sheet.scorecard.id}`}>{sheet.scorecard.name}</Link>
            <Tag>{labels.status(sheet.scorecard.status)}</Tag>
          </Space>
        </Space>
        <Space wrap align="start">
          {mode !== 'read' && (
            <Button icon={<SaveOutlined />} loading={saving} disabled={!dirty} onClick={() => void onSave()}>
              {t(SAVE_LABEL[mode])}
            </Button>
          )}
          {mode === 'appraise' && (
            <Button icon={<CheckOutlined />} onClick={edits.acceptRest}>
              {t('sc.acceptRest')}
            </Button>
          )}
          <WorkflowActions
            entity="scorecard_member"
            actions={actions}
            unavailable={unavailable}
            version={sheet.version}
            name={sheet.member.name}
            danger={['return']}
            pending={writes.transition.isPending || saving}
            run={async (step) => {
              const version = dirty ? (await save()).version : step.version;
              return writes.transition.mutateAsync({ ...step, version });
            }}
            onReload={onReload}
          />
        </Space>
      </div>
      <NextStep step={sheet.nextStep} />
      {dirty && <Alert type="warning" showIcon title={t('sc.unsaved')} style={{ marginBottom: 16 }} />}
      <SheetTotalsCard
        self={edits.selfTotals}
        appraised={edits.appraisedTotals}
        max={sheet.maxTotal}
        showAppraised={showAppraised}
      />
      <Card
        title={t(`sc.mode.${mode}`)}
        style={{ marginBottom: 16 }}
        extra={
          <Space wrap>
            <Button
              icon={<FileWordOutlined />}
              loading={busy === 'docx'}
              onClick={() => void get('docx', () => documents.sheetDocx(sheet.scorecard.id, sheet.member.id))}
            >
              {t('sc.sheetDocx')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              loading={busy === 'xlsx'}
              onClick={() => void get('xlsx', () => documents.sheetXlsx(sheet.scorecard.id, sheet.member.id))}
            >
              {t('sc.sheetXlsx')}
            </Button>
          </Space>
        }
      >
        {mode === 'self' && <Typography.Paragraph type="secondary">{t('sc.keyboardHelp')}</Typography.Paragraph>}
        {(mode === 'self' || sheet.member.signerName) && (
          <Space style={{ marginBottom: 12 }}>
            <label htmlFor="sc-signer">{t('sc.signerName')}</label>
            <Input
              id="sc-signer"
              maxLength={200}
              style={{ width: 360 }}
              disabled={mode !== 'self'}
              value={signer ?? sheet.member.signerName}
              onChange={(e) => setSigner(e.target.value)}
            />
          </Space>
        )}
        {sheet.scorecard.kind === 'par' && (mode === 'appraise' || sheet.member.surveyScore !== null) && (
          <Space style={{ marginBottom: 12 }}>
            <label htmlFor="sc-survey">{t('sc.surveyScore')}</label>
            <InputNumber<number>
              id="sc-survey"
              min={0}
              max={1000}
              decimalSeparator=","
              disabled={mode !== 'appraise'}
              value={edits.survey}
              onChange={(v) => edits.setSurvey(v ?? null)}
            />
          </Space>
        )}
        <SheetGrid sheet={sheet} mode={mode} edits={edits} onReload={onReload} />
      </Card>
      <Card title={t('workflow.history')}>
        <TransitionTimeline
          entity="scorecard_member"
          items={sheet.transitionsLog}
          colors={SHEET_STATUS_COLORS}
          createdLabel={t('sc.sheetCreated')}
        />
      </Card>
    </>
  );
}
