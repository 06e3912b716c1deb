import { useState } from 'react';
import dayjs from 'dayjs';
import { Alert, Form, Input } from 'antd';
import { DateField, DateText, type DateValue } from '../../components/DateField.tsx';
import { limit } from '../../components/textLimit.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { useProgrammeWrites } from './api.ts';
import type { ProgrammeView } from './types.ts';

interface Decision {
  number: string;
  date: DateValue;
  signer: string;
}

/**
 * The issuing decision asked in the issue dialog: prefilled with what is recorded; on confirm, what changed is
 * saved first (PUT, the heading kept as it is) and the step is taken with the version that save answered.
 */
export function useIssueDecision(p: ProgrammeView | undefined) {
  const t = useT();
  const update = useProgrammeWrites(p?.id ?? '').update;
  const [value, setValue] = useState<Decision>({ number: '', date: null, signer: '' });
  const [missing, setMissing] = useState<string[]>([]);
  const reset = () => {
    setMissing([]);
    setValue({
      number: p?.decision?.number ?? '',
      date: isoToDayjs(p?.decision?.date),
      signer: p?.decision?.signer ?? '',
    });
  };
  const save = async (version: number): Promise<number> => {
    if (!p) return version;
    const lacking = [
      !value.number.trim() && 'number',
      !(value.date && dayjs.isDayjs(value.date)) && 'date',
      !value.signer.trim() && 'signer',
    ].filter((x): x is string => Boolean(x));
    setMissing(lacking);
    if (value.date instanceof DateText) throw new Error(value.date.message);
    if (lacking.length) throw new Error(t('wp.decisionRequired'));
    const date = dayjsToIso(value.date as dayjs.Dayjs);
    const same =
      value.number.trim() === (p.decision?.number ?? '') &&
      date === (p.decision?.date ?? null) &&
      value.signer.trim() === (p.decision?.signer ?? '');
    if (same) return version;
    const saved = await update.mutateAsync({
      title: p.title,
      note: p.note,
      decisionNumber: value.number.trim(),
      decisionDate: date,
      decisionSigner: value.signer.trim(),
      version,
    });
    return saved.version;
  };
  return { value, setValue, missing, reset, save };
}

export function IssueDecisionFields({ state }: { state: ReturnType<typeof useIssueDecision> }) {
  const t = useT();
  const { value, setValue, missing } = state;
  const status = (f: string) => (missing.includes(f) ? ('error' as const) : undefined);
  return (
    <>
      <Alert type="info" showIcon title={t('wp.issueHelp')} style={{ marginBottom: 12 }} />
      <Form.Item label={t('wp.decisionNumber')} htmlFor="issue-number" required validateStatus={status('number')}>
        <Input
          id="issue-number"
          value={value.number}
          onChange={(e) => setValue({ ...value, number: e.target.value })}
          {...limit(60)}
        />
      </Form.Item>
      <Form.Item label={t('wp.decisionDate')} htmlFor="issue-date" required validateStatus={status('date')}>
        <DateField id="issue-date" value={value.date} onChange={(d) => setValue({ ...value, date: d })} />
      </Form.Item>
      <Form.Item label={t('wp.decisionSigner')} htmlFor="issue-signer" required validateStatus={status('signer')}>
        <Input
          id="issue-signer"
          value={value.signer}
          onChange={(e) => setValue({ ...value, signer: e.target.value })}
          {...limit(200)}
        />
      </Form.Item>
    </>
  );
}
