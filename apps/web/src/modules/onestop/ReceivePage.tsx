import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Steps, Typography } from 'antd';
import type { ApplicantKind, DossierChannel } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { limit } from '../../components/textLimit.ts';
import { useT } from '../../i18n/index.tsx';
import { useProcedure, useReceive, type ReceiveResult, type SavedReceipt } from './api.ts';
import { ReceiptDone } from './ReceiptDone.tsx';
import { ReceiveApplicant } from './ReceiveApplicant.tsx';
import { ReceiveChecklist } from './ReceiveChecklist.tsx';
import { ReceiveProcedure, currentVersion } from './ReceiveProcedure.tsx';
import type { CreateDossierRequest } from './types.ts';

interface Values {
  procedureId?: string;
  channel: DossierChannel;
  applicant: {
    kind: ApplicantKind;
    name?: string;
    idNo?: string;
    address?: string;
    phone?: string;
    email?: string;
  };
  ticks?: boolean[];
  /** Scans chosen per document, uploaded once the receipt is saved. */
  scans?: (File | undefined)[];
}

const INITIAL: Values = { channel: 'counter', applicant: { kind: 'citizen' }, ticks: [], scans: [] };

/**
 * "Tiếp nhận hồ sơ": the counter's wizard — the procedure (its time, fees and documents), the applicant
 * and channel, the checklist. "Tiếp nhận" opens once every required document is ticked; otherwise the
 * clerk guides the applicant to complete the dossier or refuses it, with the reason in writing.
 */
export default function ReceivePage() {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form });
  const [step, setStep] = useState(0);
  const [decision, setDecision] = useState<'request_completion' | 'refuse' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<ReceiveResult | null>(null);
  const receive = useReceive();
  // A receipt saved whose next step (guide or refuse) then failed: a retry takes only that step.
  const saved = useRef<SavedReceipt | null>(null);
  const procedureId = Form.useWatch('procedureId', form);
  const ticks = (Form.useWatch('ticks', form) ?? []) as boolean[];
  const procedure = useProcedure(procedureId);
  const version = currentVersion(procedure.data);
  const documents = version?.documents ?? [];
  const missing = documents.filter((d, i) => d.required && !ticks[i]);

  const restart = () => {
    saved.current = null;
    form.resetFields();
    setReceipt(null);
    setStep(0);
  };

  const next = async () => {
    if (step === 1) {
      try {
        await form.validateFields();
      } catch {
        return;
      }
    }
    setStep((s) => s + 1);
  };

  const submit = async (decision?: { action: 'request_completion' | 'refuse'; reason: string }) => {
    const v = form.getFieldsValue(true) as Values;
    const input: CreateDossierRequest = {
      procedureId: v.procedureId!,
      channel: v.channel,
      applicant: {
        kind: v.applicant.kind,
        name: v.applicant.name?.trim() ?? '',
        idNo: v.applicant.idNo?.trim() ?? '',
        address: v.applicant.address?.trim() ?? '',
        phone: v.applicant.phone?.trim() ?? '',
        email: v.applicant.email?.trim() ?? '',
      },
      provided: documents.flatMap((_, i) => (v.ticks?.[i] ? [i + 1] : [])),
      accept: !decision,
    };
    const scans = documents.flatMap((d, i) => {
      const file = v.scans?.[i];
      return file ? [{ seq: i + 1, name: d.name, file }] : [];
    });
    try {
      const result = await receive.mutateAsync({
        input,
        decision,
        scans,
        created: saved.current,
        onCreated: (r) => (saved.current = r),
      });
      saved.current = null;
      guard.saved();
      setDecision(null);
      setReceipt(result);
      return true;
    } catch (e) {
      // A field the server refuses belongs to the applicant's step: go back there to show it.
      handle(e, { form });
      if (form.getFieldsError().some((f) => f.errors.length)) setStep(1);
      return false;
    }
  };

  const confirmDecision = async () => {
    if (!reason.trim()) {
      setReasonError(t('workflow.reasonRequired'));
      return;
    }
    if (!(await submit({ action: decision!, reason: reason.trim() }))) return;
    void message.success(decision === 'refuse' ? t('onestop.receive.refusedToast') : t('onestop.receive.guidedToast'));
  };

  if (receipt) return <ReceiptDone receipt={receipt} onAnother={restart} />;

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('nav.onestopReceive')}</Typography.Title>
      </div>
      {guard.banner}
      <Steps
        current={step}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('onestop.receive.step1') },
          { title: t('onestop.receive.step2') },
          { title: t('onestop.receive.step3') },
        ]}
      />
      <Form<Values> form={form} layout="vertical" initialValues={INITIAL} onValuesChange={guard.onValuesChange}>
        <Form.Item name="procedureId" hidden>
          <Input />
        </Form.Item>
        <div hidden={step !== 0}>
          <ReceiveProcedure
            value={procedureId ?? null}
            onChange={(id) => {
              saved.current = null;
              form.setFieldsValue({ procedureId: id, ticks: [], scans: [] });
              guard.onValuesChange();
            }}
            procedure={procedure.data}
          />
        </div>
        <Card hidden={step !== 1} size="small">
          {step === 1 && <ReceiveApplicant />}
        </Card>
        <Card hidden={step !== 2} size="small" title={version ? procedure.data?.name : undefined}>
          {step === 2 && (
            <>
              <ReceiveChecklist documents={documents} />
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {t('onestop.receive.scanHelp')}
              </Typography.Paragraph>
              <Alert
                style={{ marginTop: 16 }}
                type={missing.length ? 'warning' : 'success'}
                showIcon
                title={
                  missing.length
                    ? t('onestop.receive.missing', { names: missing.map((d) => d.name).join('; ') })
                    : t('onestop.receive.complete')
                }
              />
            </>
          )}
        </Card>
      </Form>
      <Space style={{ marginTop: 16 }} wrap>
        {step > 0 && <Button onClick={() => setStep((s) => s - 1)}>{t('onestop.receive.back')}</Button>}
        {step < 2 && (
          <Button type="primary" disabled={step === 0 && !version} onClick={() => void next()}>
            {t('onestop.receive.next')}
          </Button>
        )}
        {step === 2 && (
          <>
            <Button
              type="primary"
              disabled={missing.length > 0}
              loading={receive.isPending && decision === null}
              onClick={() => void submit()}
            >
              {t('onestop.receive.accept')}
            </Button>
            {missing.length > 0 && (
              <Button
                onClick={() => {
                  setReason(t('onestop.receive.guidePrefill', { names: missing.map((d) => d.name).join('; ') }));
                  setReasonError(null);
                  setDecision('request_completion');
                }}
              >
                {t('onestop.receive.guide')}
              </Button>
            )}
            <Button
              danger
              onClick={() => {
                setReason('');
                setReasonError(null);
                setDecision('refuse');
              }}
            >
              {t('onestop.receive.refuse')}
            </Button>
          </>
        )}
      </Space>
      <Modal
        open={decision !== null}
        title={decision === 'refuse' ? t('onestop.receive.refuse') : t('onestop.receive.guide')}
        okText={t('workflow.confirm')}
        okButtonProps={{ danger: decision === 'refuse' }}
        cancelText={t('common.cancel')}
        confirmLoading={receive.isPending}
        onOk={() => void confirmDecision()}
        onCancel={() => setDecision(null)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item
            label={decision === 'refuse' ? t('onestop.receive.refuseReason') : t('onestop.receive.guideReason')}
            htmlFor="receipt-reason"
            required
            validateStatus={reasonError ? 'error' : undefined}
            help={reasonError ?? undefined}
          >
            <Input.TextArea
              id="receipt-reason"
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(null);
              }}
              {...limit(2000)}
              autoSize={{ minRows: 3, maxRows: 8 }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
