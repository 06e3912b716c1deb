import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Result, Space, Typography } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { NextStep } from '../../components/NextStep.tsx';
import { useT } from '../../i18n/index.tsx';
import { FilePdfOutlined, FileWordOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { downloadForm, type ReceiveResult } from './api.ts';
import { formatDue } from './labels.ts';

/**
 * The receipt's answer: the dossier's code and, when accepted, the appointment date and form 01 (the
 * receipt and appointment slip, with the rating token the server returns only now); when guided or
 * refused, the form that says why (02, 03).
 */
export function ReceiptDone({
  receipt,
  onAnother,
}: {
  receipt: Pick<ReceiveResult, 'dossier' | 'ratingToken'>;
  onAnother: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const handle = useProblemHandler();
  const [busy, setBusy] = useState<string | null>(null);
  const d = receipt.dossier;
  const accepted = d.status !== 'submitted' && d.status !== 'refused';
  const form = accepted ? '01' : d.status === 'refused' ? '03' : '02';

  const print = async (format: 'pdf' | 'docx') => {
    setBusy(format);
    try {
      await downloadForm(d.id, d.code, form, format, form === '01' ? receipt.ratingToken : undefined);
    } catch (e) {
      handle(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Result
        status={accepted ? 'success' : d.status === 'refused' ? 'warning' : 'info'}
        title={
          accepted
            ? t('onestop.receive.accepted', { code: d.code })
            : d.status === 'refused'
              ? t('onestop.receive.refused', { code: d.code })
              : t('onestop.receive.guided', { code: d.code })
        }
        subTitle={
          accepted ? (
            <Typography.Text strong style={{ fontSize: 16 }}>
              {d.dueAt ? t('onestop.receive.appointment', { due: formatDue(d.dueAt) }) : t('onestop.sameDay')}
            </Typography.Text>
          ) : (
            t('onestop.receive.printReason')
          )
        }
        extra={
          <Space wrap style={{ justifyContent: 'center' }}>
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              loading={busy === 'pdf'}
              onClick={() => void print('pdf')}
            >
              {t(`onestop.print.${form}` as 'onestop.print.01')} (PDF)
            </Button>
            <Button icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => void print('docx')}>
              {t(`onestop.print.${form}` as 'onestop.print.01')} (Word)
            </Button>
            <Button onClick={() => void navigate(`/one-stop/dossiers/${d.id}`)}>
              {t('onestop.receive.openDossier')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={onAnother}>
              {t('onestop.receive.another')}
            </Button>
          </Space>
        }
      >
        {accepted && receipt.ratingToken && (
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: 0 }}>
            {t('onestop.receive.tokenOnce')}
          </Typography.Paragraph>
        )}
      </Result>
      <div style={{ maxWidth: 860, margin: '0 auto' }}>
        <NextStep step={d.nextStep} />
      </div>
    </>
  );
}
