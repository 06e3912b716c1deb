import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Result, Steps, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import type { ImportResult } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { PEOPLE_KEY } from '../people/api.ts';
import { runImport } from './api.ts';
import { CheckStep } from './CheckStep.tsx';
import { FileStep } from './FileStep.tsx';

/** "Nhập cán bộ từ Excel": choose file → dry run with row errors → import (all or nothing). */
export default function ImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [progress, setProgress] = useState(0);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [allowDuplicates, setAllowDuplicates] = useState(false);

  const upload = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'import');
    setProgress(0);
    setError(null);
    try {
      const result = await runImport(file, { dryRun, allowDuplicates }, setProgress);
      // A real import can still refuse (new errors, unconfirmed duplicates): show why.
      if (dryRun || result.errors.length > 0 || !result.ok || result.imported === 0) setChecked(result);
      else {
        setImported(result);
        setStep(2);
        void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      }
    } catch (e) {
      setError(problemText(e, t));
    } finally {
      setBusy(null);
    }
  };

  const restart = () => {
    setFile(null);
    setChecked(null);
    setImported(null);
    setError(null);
    setAllowDuplicates(false);
    setStep(0);
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('import.title')}</Typography.Title>
      </div>
      <Steps
        current={step}
        status={step === 2 ? 'finish' : 'process'}
        style={{ marginBottom: 24 }}
        items={[{ title: t('import.stepFile') }, { title: t('import.stepCheck') }, { title: t('import.stepDone') }]}
      />
      {step === 0 && (
        <FileStep
          file={file}
          onFile={setFile}
          onCheck={() => {
            setChecked(null);
            setStep(1);
            void upload(true);
          }}
        />
      )}
      {step === 1 && file && (
        <CheckStep
          file={file}
          busy={busy}
          progress={progress}
          result={checked}
          error={error}
          allowDuplicates={allowDuplicates}
          onAllowDuplicates={setAllowDuplicates}
          onOtherFile={restart}
          onImport={() => void upload(false)}
        />
      )}
      {step === 2 && imported && (
        <Result
          status="success"
          title={t('import.done', { count: formatNumber(imported.imported) })}
          subTitle={t('import.doneSub', { name: file?.name ?? '', total: formatNumber(imported.totalRows) })}
          extra={[
            <Link key="list" to="/people">
              <Button type="primary">{t('import.toList')}</Button>
            </Link>,
            <Button key="again" onClick={restart}>
              {t('import.again')}
            </Button>,
          ]}
        />
      )}
    </>
  );
}
