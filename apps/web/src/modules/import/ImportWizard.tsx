import { useState } from 'react';
import { Button, Result, Steps, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { CheckStep } from './CheckStep.tsx';
import { FileStep } from './FileStep.tsx';
import type { BaseImportResult, ImportConfig } from './wizard.ts';

/** The Excel import wizard: choose file → dry run with row errors → import (all or nothing). */
export function ImportWizard<R extends BaseImportResult>({ config }: { config: ImportConfig<R> }) {
  const t = useT();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [progress, setProgress] = useState(0);
  const [checked, setChecked] = useState<R | null>(null);
  const [imported, setImported] = useState<R | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [allow, setAllow] = useState(false);

  const upload = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'import');
    setProgress(0);
    setError(null);
    try {
      const result = await config.run(file, { dryRun, allow }, setProgress);
      // A real import can still refuse (new errors, unconfirmed rows): show why.
      if (dryRun || result.errors.length > 0 || !result.ok || result.imported === 0) setChecked(result);
      else {
        setImported(result);
        setStep(2);
        config.onImported?.();
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
    setAllow(false);
    setStep(0);
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{config.title}</Typography.Title>
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
          hint={config.templateHint}
          onTemplate={config.downloadTemplate}
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
          warnings={checked ? config.warnings(checked) : null}
          noErrorsText={config.noErrorsText}
          allow={allow}
          onAllow={setAllow}
          onReport={() => config.downloadReport(file, allow)}
          onOtherFile={restart}
          onImport={() => void upload(false)}
        />
      )}
      {step === 2 && imported && (
        <Result
          status="success"
          title={config.doneText(formatNumber(imported.imported))}
          subTitle={t('import.doneSub', { name: file?.name ?? '', total: formatNumber(imported.totalRows) })}
          extra={[
            <span key="links">{config.doneLinks}</span>,
            <Button key="again" onClick={restart}>
              {t('import.again')}
            </Button>,
          ]}
        />
      )}
    </>
  );
}
