import { Alert } from 'antd';
import type { z } from 'zod';
import type { NextStepView } from '@thidua/contracts';
import { useI18n } from '../i18n/index.tsx';

export type NextStepData = z.infer<typeof NextStepView>;

/**
 * The record's "Bước tiếp theo": who acts next and what they do, as the server
 * words it from the workflow's declaration; marked when the turn is the user's.
 * Sits by `WorkflowActions` on every record page with a workflow.
 */
export function NextStep({ step }: { step: NextStepData | null | undefined }) {
  const { t, lang } = useI18n();
  if (!step) return null;
  const text = lang === 'en' ? step.textEn : step.text;
  return (
    <Alert
      role="status"
      aria-label={t('workflow.nextStep')}
      type={step.mine ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      title={
        <span>
          <strong>{t('workflow.nextStep')}:</strong> {text}
          {step.mine && <strong> {t('workflow.yourTurn')}</strong>}
        </span>
      }
    />
  );
}
