import { Form, Input, Popover, Space, Spin, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { EligibilityCheckResult, Verdict } from '../../api/types.ts';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { useDebounced } from '../../lib/useDebounced.ts';
import { VERDICT_COLOR, useVerdictLabel } from '../eligibility/Verdict.tsx';
import { useItemEligibility } from './api.ts';
import { limit } from '../../components/textLimit.ts';

export const VERDICT_SYMBOL: Record<Verdict, string> = { eligible: '✓', not_eligible: '✗', needs_review: '?' };

interface ItemValues {
  subjectId?: string | null;
  awardCode?: string | null;
}

/** The live check of one editor row: watches subject, award and the dossier's year, debounced. */
export function useRowCheck(form: FormInstance, name: number) {
  const item = Form.useWatch(['items', name], form) as ItemValues | undefined;
  const year = Form.useWatch('year', form) as number | undefined;
  const key = useDebounced(`${item?.subjectId ?? ''}|${item?.awardCode ?? ''}|${year ?? ''}`, 400);
  const [subjectId, awardCode, y] = key.split('|');
  return useItemEligibility({ subjectId, awardCode, year: y ? Number(y) : null });
}

/** What failed or needs a human, and whether the subject registered for the title. */
function Explanation({ result }: { result: EligibilityCheckResult }) {
  const t = useT();
  const open = result.criteria.filter((c) => c.met !== true);
  return (
    <Space orientation="vertical" size={4} style={{ maxWidth: 420 }}>
      {open.length === 0 ? (
        <Typography.Text>{t('proposals.allCriteriaMet')}</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }} aria-label={t('proposals.unmetCriteria')}>
          {open.map((c) => (
            <li key={c.key}>
              <Typography.Text type={c.met === false ? 'danger' : 'warning'}>{c.detail}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {result.registration && !result.registration.registered && (
        <Typography.Text type="warning">{t('proposals.notRegistered')}</Typography.Text>
      )}
    </Space>
  );
}

/** A verdict as "✓ Đủ điều kiện", "✗ Chưa đủ điều kiện" or "? Cần Hội đồng xem xét". */
export function VerdictMark({ verdict }: { verdict: Verdict }) {
  const label = useVerdictLabel();
  return (
    <Tag color={VERDICT_COLOR[verdict]} data-verdict={verdict} style={{ marginInlineEnd: 0 }}>
      {VERDICT_SYMBOL[verdict]} {label(verdict)}
    </Tag>
  );
}

/** Verdict cell of an editor row: the tag, a popover with the unmet criteria, the registration warning. */
export function ItemVerdictCell({ form, name, rowLabel }: { form: FormInstance; name: number; rowLabel: string }) {
  const t = useT();
  const check = useRowCheck(form, name);
  if (check.isFetching && !check.data) return <Spin size="small" aria-label={t('proposals.checking')} />;
  if (check.error)
    return (
      <Typography.Text type="secondary" title={problemText(check.error, t)}>
        ? {t('proposals.checkFailed')}
      </Typography.Text>
    );
  const result = check.data;
  if (!result) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      <Popover title={result.awardName} content={<Explanation result={result} />} trigger={['hover', 'click']}>
        <span
          role="button"
          tabIndex={0}
          aria-label={t('proposals.verdictOf', { row: rowLabel })}
          style={{ cursor: 'pointer' }}
        >
          <VerdictMark verdict={result.verdict} />
        </span>
      </Popover>
      {result.registration && !result.registration.registered && (
        <Tag color="orange">{t('proposals.notRegistered')}</Tag>
      )}
    </Space>
  );
}

/** The justification: shown and required when the subject does not qualify, else shown only if filled. */
export function JustificationCell({ form, name, rowLabel }: { form: FormInstance; name: number; rowLabel: string }) {
  const t = useT();
  const check = useRowCheck(form, name);
  const value = Form.useWatch(['items', name, 'justification'], form) as string | undefined;
  const required = check.data?.verdict === 'not_eligible';
  const visible = required || Boolean(value) || check.data?.verdict === 'needs_review';
  return (
    <div style={{ minWidth: 220 }}>
      <Form.Item
        name={[name, 'justification']}
        rules={[{ required, whitespace: true, message: t('proposals.justificationRequired') }]}
        extra={required ? t('proposals.justificationHint') : undefined}
        hidden={!visible}
        style={{ marginBottom: 0 }}
      >
        <Input.TextArea
          aria-label={t('proposals.justificationOf', { row: rowLabel })}
          autoSize={{ minRows: 1, maxRows: 5 }}
          {...limit(2000)}
          placeholder={t('proposals.justification')}
        />
      </Form.Item>
      {!visible && <Typography.Text type="secondary">{t('common.none')}</Typography.Text>}
    </div>
  );
}
