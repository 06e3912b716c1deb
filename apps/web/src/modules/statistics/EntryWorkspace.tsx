import { useEffect } from 'react';
import { App, Alert, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { WORKFLOWS, labelsOf } from '@thidua/domain';
import { isApiError } from '../../api/client.ts';
import { useProblemHandler } from '../../api/problems.ts';
import { NextStep } from '../../components/NextStep.tsx';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { useUnsavedChanges } from '../../components/UnsavedChanges.tsx';
import { WorkflowActions } from '../../components/WorkflowActions.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { useSaveEntry, useSubmissionStep } from './apiValues.ts';
import { EntryGrid } from './EntryGrid.tsx';
import { EntryImport } from './EntryImport.tsx';
import { SUBMISSION_COLORS } from './labels.ts';
import { pathToCell } from './problemCells.ts';
import { useGridState, cellKey } from './useGridState.ts';
import { ViolationList } from './ViolationList.tsx';
import type { StatEntryView } from './types.ts';

/**
 * One unit's figures for one period: the grid with its unsaved edits, the save, the rules it breaks, and the
 * submission's status, whose turn it is and the steps the user may take.
 */
export function EntryWorkspace({ view, onReload }: { view: StatEntryView; onReload: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const grid = useGridState(view);
  const save = useSaveEntry();
  const step = useSubmissionStep();
  const setDirty = useUnsavedChanges();
  useEffect(() => setDirty(grid.dirty), [grid.dirty, setDirty]);
  const sub = view.submission;
  const status = labelsOf(WORKFLOWS.stat_submission, lang).state;

  const runSave = async (): Promise<boolean> => {
    const body = grid.body();
    if (!body.ok) {
      void message.error(t('stat.entry.fixNumbers', { count: body.invalid.length }));
      return false;
    }
    try {
      const result = await save.mutateAsync(body.save);
      setDirty(false);
      void message.success(t('stat.entry.saved', { count: result.saved }));
      return true;
    } catch (e) {
      // A refusal that names cells (values.3.value) is shown on those cells; the rest as a message.
      if (isApiError(e) && e.fieldErrors.length) {
        const byCell = new Map<string, string>();
        for (const f of e.fieldErrors) {
          const key = pathToCell(f.path, body.keys);
          if (key) byCell.set(key, f.message);
        }
        grid.setServerErrors(byCell);
      }
      handle(e, { onReload });
      return false;
    }
  };

  // Ctrl+S saves, as in a spreadsheet.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (grid.dirty && sub.abilities.edit) void runSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const violated = new Map<string, 'error' | 'warning'>();
  for (const v of view.validation.violations)
    for (const c of v.cells) {
      if (!c.indicatorId || c.unitId !== view.unit.id || c.period !== view.period) continue;
      const key = cellKey(c.indicatorId, c.category);
      if (violated.get(key) !== 'error') violated.set(key, v.severity);
    }

  const focus = (key: string) => {
    const index = grid.rows.findIndex((r) => r.key === key);
    document.querySelector<HTMLInputElement>(`[data-cell="${index}:0"]`)?.focus();
  };

  return (
    <>
      <NextStep step={sub.nextStep} />
      <Space wrap size="large" style={{ marginBottom: 12 }}>
        <span>
          {t('stat.status')}: <Tag color={SUBMISSION_COLORS[sub.status]}>{status(sub.status)}</Tag>
        </span>
        <span>
          {t('stat.completeness')}:{' '}
          <strong>
            {view.completeness.present}/{view.completeness.expected}
          </strong>
        </span>
        <span>
          {t('stat.validation.title')}:{' '}
          <Tag color={view.validation.errors ? 'red' : 'default'}>
            {t('stat.validation.errors', { count: view.validation.errors })}
          </Tag>
          <Tag color={view.validation.warnings ? 'orange' : 'default'}>
            {t('stat.validation.warnings', { count: view.validation.warnings })}
          </Tag>
        </span>
        {sub.dueDate && (
          <span className={sub.late ? 'stat-late' : undefined}>
            {t('stat.dueDate')}: {formatDate(sub.dueDate)}
            {sub.late ? ` — ${t('stat.late')}` : ''}
          </span>
        )}
      </Space>
      {!sub.abilities.edit && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('stat.entry.readOnly')} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={17}>
          <Card
            size="small"
            title={`${view.dataset.name} — ${view.unit.name} — ${view.periodLabel}`}
            extra={
              sub.abilities.edit && (
                <Space>
                  {grid.dirty && <Typography.Text type="warning">{t('stat.entry.unsaved')}</Typography.Text>}
                  <Button type="primary" loading={save.isPending} disabled={!grid.dirty} onClick={() => void runSave()}>
                    {t('stat.entry.save')}
                  </Button>
                </Space>
              )
            }
          >
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('stat.entry.keyboardHint')}
            </Typography.Paragraph>
            <EntryGrid
              rows={grid.rows}
              errors={grid.serverErrors}
              marks={violated}
              onChange={grid.change}
              readOnly={!sub.abilities.edit}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={7}>
          {/* Beside the grid on a wide screen; under it, three abreast, on a laptop. */}
          <div className="stat-side">
            <Card size="small" title={t('stat.submission')}>
              <WorkflowActions
                entity="stat_submission"
                actions={sub.abilities.transitions}
                unavailable={sub.abilities.unavailable}
                version={sub.version ?? 0}
                name={`${view.unit.name} — ${view.periodLabel}`}
                danger={['return', 'unlock']}
                pending={step.isPending}
                onReload={onReload}
                run={async ({ action, reason }) => {
                  // Submitting sends what is on screen: unsaved edits are saved first.
                  if (grid.dirty && sub.abilities.edit && !(await runSave()))
                    throw new Error(t('stat.entry.saveFirst'));
                  return step.mutateAsync({
                    dataset: view.dataset.id,
                    unit: view.unit.id,
                    period: view.period,
                    action,
                    reason: reason || undefined,
                    version: sub.version,
                  });
                }}
              />
              {!sub.abilities.transitions.length && !sub.abilities.unavailable.length && (
                <Typography.Text type="secondary">{t('stat.noActions')}</Typography.Text>
              )}
              <TransitionTimeline
                entity="stat_submission"
                items={sub.transitionsLog}
                colors={SUBMISSION_COLORS}
                maxHeight={240}
              />
            </Card>
            <ViolationList validation={view.validation} onFocus={focus} />
            <EntryImport view={view} onImported={onReload} />
          </div>
        </Col>
      </Row>
    </>
  );
}
