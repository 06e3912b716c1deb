import { useState } from 'react';
import { App, Button, Checkbox, Space, Table, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { downloadAttachment } from '../../api/files.ts';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { DownloadOutlined, FilePdfOutlined, FileWordOutlined, PaperClipOutlined } from '../../lib/icons.tsx';
import { downloadForm, uploadDossierDocument, useTickDocument } from './api.ts';
import { FORMS, KIND_KEYS, formatDue } from './labels.ts';
import type { DossierView } from './types.ts';

const late = (due: string | null, finished: string | null) =>
  Boolean(due && dayjs(finished ?? undefined).isAfter(dayjs(due)));

/** The internal steps: each one's unit, officer, start, due time and finish; a step finished late, or still open past its due, in red. */
export function StepsTable({ dossier }: { dossier: DossierView }) {
  const t = useT();
  return (
    <Table
      size="small"
      rowKey="seq"
      pagination={false}
      dataSource={dossier.steps}
      locale={{ emptyText: t('onestop.noSteps') }}
      rowClassName={(s) => (s.seq === dossier.stepIndex && !s.finishedAt ? 'ant-table-row-selected' : '')}
      columns={[
        { key: 'seq', title: t('onestop.stepSeq'), dataIndex: 'seq', width: 48 },
        { key: 'name', title: t('onestop.stepName'), dataIndex: 'name' },
        { key: 'org', title: t('onestop.stepOrg'), render: (_, s) => s.orgName ?? t('common.none') },
        { key: 'assignee', title: t('onestop.assignee'), render: (_, s) => s.assigneeName ?? t('common.none') },
        {
          key: 'started',
          title: t('onestop.stepStarted'),
          render: (_, s) => formatDue(s.startedAt) || t('common.none'),
        },
        {
          key: 'due',
          title: t('onestop.dueAt'),
          render: (_, s) =>
            s.dueAt ? (
              <Typography.Text type={late(s.dueAt, s.finishedAt) && s.startedAt ? 'danger' : undefined}>
                {formatDue(s.dueAt)}
              </Typography.Text>
            ) : (
              t('common.none')
            ),
        },
        {
          key: 'finished',
          title: t('onestop.stepFinished'),
          render: (_, s) => formatDue(s.finishedAt) || t('common.none'),
        },
      ]}
    />
  );
}

/** Pauses of the clock (supplement, payment) and the inter-agency legs, each with its dates. */
export function PausesAndLegs({ dossier }: { dossier: DossierView }) {
  const t = useT();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={dossier.pauses}
        locale={{ emptyText: t('onestop.noPauses') }}
        columns={[
          {
            key: 'kind',
            title: t('onestop.pauseKind'),
            render: (_, p) => (p.kind === 'supplement' ? t('onestop.pause.supplement') : t('onestop.pause.financial')),
          },
          { key: 'from', title: t('onestop.pauseFrom'), render: (_, p) => formatDue(p.from) },
          { key: 'to', title: t('onestop.pauseTo'), render: (_, p) => formatDue(p.to) || t('onestop.pauseOpen') },
          {
            key: 'deadline',
            title: t('onestop.pauseDeadline'),
            render: (_, p) => formatDue(p.deadline) || t('common.none'),
          },
          { key: 'reason', title: t('onestop.reason'), dataIndex: 'reason' },
        ]}
      />
      {dossier.legs.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={dossier.legs}
          columns={[
            { key: 'agency', title: t('onestop.legAgency'), dataIndex: 'agency' },
            { key: 'name', title: t('onestop.legName'), dataIndex: 'name' },
            { key: 'sent', title: t('onestop.legSent'), render: (_, l) => formatDue(l.sentAt) },
            { key: 'due', title: t('onestop.dueAt'), render: (_, l) => formatDue(l.dueAt) || t('common.none') },
            {
              key: 'answer',
              title: t('onestop.legAnswer'),
              render: (_, l) =>
                l.answeredAt ? (
                  `${formatDue(l.answeredAt)}: ${l.answer ?? ''}`
                ) : (
                  <Tag color="orange">{t('onestop.legWaiting')}</Tag>
                ),
            },
          ]}
        />
      )}
    </Space>
  );
}

/** The checklist of the version's documents, ticked at receipt, with the scanned copies. */
export function ChecklistTable({ dossier, onReload }: { dossier: DossierView; onReload: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const tick = useTickDocument();
  const editable = Boolean(dossier.abilities.documents);
  const onTick = (seq: number, ticked: boolean) =>
    tick
      .mutateAsync({ id: dossier.id, version: dossier.version, documents: [{ seq, ticked }] })
      .catch((e: unknown) => void message.error(problemText(e, t)));
  const onUpload = (seq: number, file: File) =>
    uploadDossierDocument(dossier.id, seq, file)
      .then(onReload)
      .catch((e: unknown) => void message.error(problemText(e, t)));
  return (
    <Table
      size="small"
      rowKey="seq"
      pagination={false}
      dataSource={dossier.documents}
      columns={[
        {
          key: 'ticked',
          title: t('onestop.receive.handedIn'),
          width: 100,
          render: (_, d) => (
            <Checkbox
              aria-label={t('onestop.receive.tickOf', { name: d.name })}
              checked={d.ticked}
              disabled={!editable || tick.isPending}
              onChange={(e) => void onTick(d.seq, e.target.checked)}
            />
          ),
        },
        {
          key: 'name',
          title: t('onestop.documentName'),
          render: (_, d) => (
            <>
              {d.name} {d.required && <Tag color="red">{t('onestop.required')}</Tag>}
            </>
          ),
        },
        { key: 'kind', title: t('onestop.documentKind'), render: (_, d) => `${t(KIND_KEYS[d.kind])} × ${d.count}` },
        {
          key: 'file',
          title: t('onestop.receive.file'),
          render: (_, d) => (
            <Space size={4}>
              {d.file && (
                <Button
                  size="small"
                  type="link"
                  icon={<DownloadOutlined />}
                  onClick={() => void downloadAttachment(d.file!)}
                >
                  {d.file.filename}
                </Button>
              )}
              {editable && (
                <Upload showUploadList={false} beforeUpload={(file) => (void onUpload(d.seq, file), false)}>
                  <Button size="small" icon={<PaperClipOutlined />}>
                    {t('onestop.receive.attach')}
                  </Button>
                </Upload>
              )}
              {!d.file && !editable && t('common.none')}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** Which forms the dossier's history makes printable, when the server does not list them. */
function formsOf(d: DossierView): string[] {
  if (d.forms) return d.forms;
  const out: string[] = [];
  if (d.receivedAt) out.push('01');
  if (d.pauses.some((p) => p.kind === 'supplement') || d.transitions.some((x) => x.action === 'request_completion'))
    out.push('02');
  if (d.status === 'refused') out.push('03');
  if (d.apologies > 0) out.push('04');
  if (d.status === 'stopped') out.push('05');
  if (d.receivedAt) out.push('06');
  return out;
}

/** The dossier's forms (01 receipt slip … 06 control slip) that apply, as PDF or Word. */
export function FormsList({ dossier }: { dossier: DossierView }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const available = formsOf(dossier);
  const get = async (form: string, format: 'pdf' | 'docx') => {
    setBusy(`${form}.${format}`);
    try {
      await downloadForm(dossier.id, dossier.code, form, format);
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Table
      size="small"
      rowKey="form"
      pagination={false}
      showHeader={false}
      dataSource={FORMS.filter((f) => available.includes(f.form))}
      locale={{ emptyText: t('onestop.noForms') }}
      columns={[
        { key: 'label', render: (_, f) => t(f.label) },
        {
          key: 'get',
          align: 'right',
          render: (_, f) => (
            <Space size={4}>
              <Button
                size="small"
                icon={<FilePdfOutlined />}
                loading={busy === `${f.form}.pdf`}
                onClick={() => void get(f.form, 'pdf')}
                aria-label={`${t(f.label)} (PDF)`}
              >
                PDF
              </Button>
              <Button
                size="small"
                icon={<FileWordOutlined />}
                loading={busy === `${f.form}.docx`}
                onClick={() => void get(f.form, 'docx')}
                aria-label={`${t(f.label)} (Word)`}
              >
                Word
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
