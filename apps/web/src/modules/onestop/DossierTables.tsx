import { useState } from 'react';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { CheckOutlined, DownloadOutlined, FilePdfOutlined, FileWordOutlined } from '../../lib/icons.tsx';
import { downloadFile, downloadForm } from './api.ts';
import { ScanHistory } from './ScanHistory.tsx';
import { FORMS, KIND_KEYS, formatDue } from './labels.ts';
import type { DossierView } from './types.ts';

const late = (due: string | null, finished: string | null) =>
  Boolean(due && dayjs(finished ?? undefined).isAfter(dayjs(due)));

/** The internal steps: officer, start, due time and finish; the current one marked, a late one in red. */
export function StepsTable({ dossier }: { dossier: DossierView }) {
  const t = useT();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={dossier.steps}
      locale={{ emptyText: t('onestop.noSteps') }}
      columns={[
        { key: 'seq', title: t('onestop.stepSeq'), dataIndex: 'seq', width: 56 },
        {
          key: 'name',
          title: t('onestop.stepName'),
          render: (_, s) => (
            <>
              {s.name} {s.current && <Tag color="blue">{t('onestop.stepCurrent')}</Tag>}
            </>
          ),
        },
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
              <Typography.Text type={s.startedAt && late(s.dueAt, s.finishedAt) ? 'danger' : undefined}>
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
          { key: 'from', title: t('onestop.pauseFrom'), render: (_, p) => formatDue(p.fromAt) },
          {
            key: 'to',
            title: t('onestop.pauseTo'),
            render: (_, p) => formatDue(p.toAt) || <Tag color="orange">{t('onestop.pauseOpen')}</Tag>,
          },
          {
            key: 'deadline',
            title: t('onestop.pauseDeadline'),
            render: (_, p) => formatDate(p.deadline) || t('common.none'),
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
                  `${formatDue(l.answeredAt)}: ${l.answer}`
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

/** The checklist of the version's documents as received, with the scanned copies. */
export function ChecklistTable({ dossier }: { dossier: DossierView }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={dossier.checklist}
      columns={[
        {
          key: 'provided',
          title: t('onestop.receive.handedIn'),
          width: 80,
          align: 'center',
          render: (_, d) =>
            d.provided ? (
              <CheckOutlined aria-label={t('onestop.provided')} style={{ color: '#389e0d' }} />
            ) : (
              <Typography.Text type={d.required ? 'danger' : 'secondary'}>{t('onestop.notProvided')}</Typography.Text>
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
        {
          key: 'kind',
          title: t('onestop.documentKind'),
          render: (_, d) =>
            `${d.kind in KIND_KEYS ? t(KIND_KEYS[d.kind as keyof typeof KIND_KEYS]) : d.kind} × ${d.count}`,
        },
        {
          key: 'file',
          title: t('onestop.receive.file'),
          render: (_, d) =>
            d.fileId ? (
              <>
                <Button
                  size="small"
                  type="link"
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    void downloadFile(d.fileId!, d.name).catch((e: unknown) => void message.error(problemText(e, t)))
                  }
                >
                  {t('onestop.download')}
                </Button>
                <ScanHistory row={d} />
              </>
            ) : (
              t('common.none')
            ),
        },
      ]}
    />
  );
}

/** Which forms the dossier's history makes printable. */
function formsOf(d: DossierView): string[] {
  const did = (a: string) => d.transitions.some((x) => x.action === a);
  const out: string[] = [];
  if (d.receivedAt) out.push('01');
  if (did('request_completion') || d.pauses.some((p) => p.kind === 'supplement')) out.push('02');
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
