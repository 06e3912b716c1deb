import { useState } from 'react';
import { Checkbox, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { DOSSIER_RESULTS, DOSSIER_RESULT_LABELS, type DossierAction } from '@thidua/domain';
import { DateField, type DateValue } from '../../components/DateField.tsx';
import { WorkflowActions } from '../../components/WorkflowActions.tsx';
import { limit } from '../../components/textLimit.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useAbilities, useMe } from '../auth/session.ts';
import { useUsers } from '../users/api.ts';
import { useDossierTransition } from './api.ts';
import type { DossierView } from './types.ts';

const RESULTS_EN = { granted: 'Granted (result issued)', refused: 'Refused (reasons in writing)' };

interface Fields {
  assigneeId?: string;
  newDueDate?: DateValue;
  result?: 'granted' | 'refused';
  agency?: string;
  legName?: string;
  legId?: string;
  answer?: string;
  /** complete_step: the officer keeps the next step himself. */
  keep?: boolean;
}

/**
 * The dossier's steps the server allows the user now, with the fields a step needs besides the reason:
 * the officer for an assignment or transfer, the new appointment for an apology, the result for the
 * finish, the co-ordinating agency for a leg sent and its answer when recorded.
 */
export function DossierActions({ dossier, onReload }: { dossier: DossierView; onReload: () => void }) {
  const { t, lang } = useI18n();
  const transition = useDossierTransition();
  const [fields, setFields] = useState<Fields>({});
  const set = (patch: Partial<Fields>) => setFields((prev) => ({ ...prev, ...patch }));
  const openLegs = dossier.legs.filter((l) => !l.answeredAt);
  const me = useMe().data;
  // The accounts a step may go to, as the server lists them with the dossier (an administrator: all users when empty).
  const listed = dossier.officers.length ? dossier.officers : undefined;
  const manager = Boolean(useAbilities()?.users.manage) && !listed;
  const users = useUsers(manager);
  const officers = (
    listed ?? (users.data ?? []).filter((u) => u.active).map((u) => ({ id: u.id, name: u.displayName }))
  ).map((o) => ({ value: o.id, label: o.name }));
  const nextStep = dossier.steps.find((x) => x.seq === dossier.stepIndex + 1);

  const payload = (a: string): Record<string, unknown> => {
    switch (a) {
      case 'complete_step':
        // Kept by the officer unless he unticks it; then whoever he picks, or nobody (the leader assigns).
        if (fields.keep !== false && me) return { assigneeId: me.id };
        return fields.assigneeId ? { assigneeId: fields.assigneeId } : {};
      case 'assign':
      case 'transfer':
        return fields.assigneeId ? { assigneeId: fields.assigneeId } : {};
      case 'apologise': {
        const d = fields.newDueDate;
        // The new appointment is a day: the server takes the end of that working day.
        return dayjs.isDayjs(d) && d.isValid() ? { newDueAt: d.format('YYYY-MM-DD') } : {};
      }
      case 'finish':
        return { result: fields.result ?? 'granted' };
      case 'send_leg':
        return { agency: fields.agency?.trim() || undefined, name: fields.legName?.trim() || undefined };
      case 'record_leg':
        return { legId: fields.legId ?? openLegs[0]?.id, answer: fields.answer?.trim() };
      default:
        return {};
    }
  };

  const picker = (required: boolean) => (
    <Form.Item label={t('onestop.action.assignee')} htmlFor="dossier-assignee" required={required}>
      <Select
        id="dossier-assignee"
        aria-label={t('onestop.action.assignee')}
        value={fields.assigneeId}
        onChange={(v: string) => set({ assigneeId: v })}
        options={officers}
        showSearch={{ optionFilterProp: 'label' }}
      />
    </Form.Item>
  );

  const extra = (a: string) => {
    switch (a) {
      case 'complete_step':
        return (
          <>
            <Form.Item extra={t('onestop.action.keepHelp')}>
              <Checkbox checked={fields.keep !== false} onChange={(e) => set({ keep: e.target.checked })}>
                {t('onestop.action.keep', { step: nextStep?.name ?? '' })}
              </Checkbox>
            </Form.Item>
            {fields.keep === false && officers.length ? picker(false) : null}
          </>
        );
      default:
        break;
    }
    switch (a) {
      case 'assign':
      case 'transfer':
        return officers.length ? picker(a === 'assign') : null;
      case 'apologise':
        return (
          <Form.Item label={t('onestop.action.newDueDate')} htmlFor="dossier-new-due" required>
            <DateField
              id="dossier-new-due"
              aria-label={t('onestop.action.newDueDate')}
              value={fields.newDueDate}
              onChange={(v) => set({ newDueDate: v })}
            />
          </Form.Item>
        );
      case 'finish':
        return (
          <Form.Item label={t('onestop.action.result')} required>
            <Radio.Group
              aria-label={t('onestop.action.result')}
              value={fields.result ?? 'granted'}
              onChange={(e) => set({ result: e.target.value as Fields['result'] })}
              options={DOSSIER_RESULTS.map((r) => ({
                value: r,
                label: lang === 'en' ? RESULTS_EN[r] : DOSSIER_RESULT_LABELS[r],
              }))}
            />
          </Form.Item>
        );
      case 'send_leg':
        return (
          <>
            <Form.Item label={t('onestop.action.agency')} htmlFor="dossier-leg-agency" required>
              <Input
                id="dossier-leg-agency"
                value={fields.agency ?? ''}
                onChange={(e) => set({ agency: e.target.value })}
                {...limit(300)}
              />
            </Form.Item>
            <Form.Item label={t('onestop.action.legName')} htmlFor="dossier-leg-name">
              <Input
                id="dossier-leg-name"
                value={fields.legName ?? ''}
                onChange={(e) => set({ legName: e.target.value })}
                {...limit(300)}
              />
            </Form.Item>
          </>
        );
      case 'record_leg':
        return (
          <>
            <Form.Item label={t('onestop.action.leg')} htmlFor="dossier-leg" required>
              <Select
                id="dossier-leg"
                aria-label={t('onestop.action.leg')}
                value={fields.legId ?? openLegs[0]?.id}
                onChange={(v: string) => set({ legId: v })}
                options={openLegs.map((l) => ({ value: l.id, label: `${l.agency}${l.name ? ` — ${l.name}` : ''}` }))}
              />
            </Form.Item>
            <Form.Item label={t('onestop.action.answer')} htmlFor="dossier-leg-answer" required>
              <Input.TextArea
                id="dossier-leg-answer"
                value={fields.answer ?? ''}
                onChange={(e) => set({ answer: e.target.value })}
                {...limit(2000)}
                autoSize={{ minRows: 2, maxRows: 6 }}
              />
            </Form.Item>
          </>
        );
      default:
        return null;
    }
  };

  return (
    <WorkflowActions
      entity="dossier"
      // Recording an answer needs a leg sent and not answered.
      actions={dossier.abilities.actions.filter((a) => a !== 'record_leg' || openLegs.length > 0)}
      unavailable={dossier.abilities.unavailable}
      version={dossier.version}
      name={dossier.code}
      danger={['refuse', 'withdraw', 'stop']}
      pending={transition.isPending}
      onReload={onReload}
      onOpen={() => setFields({})}
      extra={extra}
      run={(step) =>
        transition.mutateAsync({
          id: dossier.id,
          ...step,
          action: step.action as DossierAction,
          ...payload(step.action),
        })
      }
    />
  );
}
