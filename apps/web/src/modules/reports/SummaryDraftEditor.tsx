import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Collapse, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import type { SummaryDraft, SummaryTexts } from '@thidua/contracts';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { DownloadOutlined } from '../../lib/icons.tsx';
import { summaryApi } from './summaryApi.ts';

const FIELDS: (keyof SummaryTexts)[] = [
  'movements',
  'initiatives',
  'commendations',
  'reform',
  'sector',
  'lessons',
  'direction',
];

/** The draft's free texts per chapter: saved as versions, signed once (then read only). Keyed by id and version. */
export function SummaryDraftEditor({ draft }: { draft: SummaryDraft }) {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [texts, setTexts] = useState<SummaryTexts>(draft.texts);
  const [number, setNumber] = useState('');
  const versions = useQuery({
    queryKey: ['reports', 'summary', 'versions', draft.id, draft.version],
    queryFn: ({ signal }) => summaryApi.versions(draft.id, signal),
  });
  const refresh = (d: SummaryDraft) => {
    qc.setQueryData(['reports', 'summary', 'draft', d.id], d);
    void qc.invalidateQueries({ queryKey: ['reports', 'summary'] });
  };
  const save = useMutation({
    mutationFn: () => summaryApi.save(draft.id, { version: draft.version, texts }),
    onSuccess: (d) => {
      refresh(d);
      void message.success(t('summary.saved', { version: d.version }));
    },
    onError: (e) => void message.error(problemText(e, t)),
  });
  const sign = useMutation({
    mutationFn: () => summaryApi.sign(draft.id, { version: draft.version, number }),
    onSuccess: refresh,
    onError: (e) => void message.error(problemText(e, t)),
  });
  const fileName = (v?: number) => `bao-cao-tong-ket-${draft.from}-${draft.to}${v ? `-v${v}` : ''}.docx`;
  const onDownload = (v?: number) =>
    summaryApi.downloadDraft(draft.id, fileName(v), v).catch((e: unknown) => void message.error(problemText(e, t)));
  const signed = draft.status === 'signed';
  const dirty = FIELDS.some((f) => texts[f] !== draft.texts[f]);

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <Space wrap>
          <span>{draft.title}</span>
          {signed ? (
            <Tag color="green">{t('summary.statusSigned')}</Tag>
          ) : (
            <Tag>{t('summary.statusDraft', { version: draft.version })}</Tag>
          )}
        </Space>
      }
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void onDownload()}>
          {t('summary.download')}
        </Button>
      }
    >
      {signed && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('summary.signed', { name: draft.signedBy ?? '', at: formatDateTime(draft.signedAt) })}
        />
      )}
      {FIELDS.map((f) => (
        <div key={f} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{t(`summary.text.${f}`)}</Typography.Text>
          <Input.TextArea
            aria-label={t(`summary.text.${f}`)}
            value={texts[f]}
            readOnly={!draft.canEdit}
            autoSize={{ minRows: 2, maxRows: 12 }}
            maxLength={20000}
            onChange={(e) => setTexts({ ...texts, [f]: e.target.value })}
          />
        </div>
      ))}
      {!signed && (
        <Space wrap>
          {draft.canEdit && (
            <Button type="primary" loading={save.isPending} disabled={!dirty} onClick={() => save.mutate()}>
              {t('summary.save')}
            </Button>
          )}
          {draft.canSign && (
            <>
              <Input
                aria-label={t('summary.number')}
                placeholder={t('summary.number')}
                value={number}
                maxLength={60}
                onChange={(e) => setNumber(e.target.value)}
                style={{ width: 160 }}
              />
              <Popconfirm title={t('summary.signConfirm')} onConfirm={() => sign.mutate()} disabled={dirty}>
                <Button danger loading={sign.isPending} disabled={dirty}>
                  {t('summary.sign')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      )}
      <Collapse
        ghost
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'versions',
            label: t('summary.versions'),
            children: (
              <List
                size="small"
                dataSource={versions.data?.items ?? []}
                renderItem={(v) => (
                  <List.Item
                    actions={[
                      <Button key="dl" size="small" type="link" onClick={() => void onDownload(v.version)}>
                        {t('summary.downloadVersion')}
                      </Button>,
                    ]}
                  >
                    {t('summary.versionLine', { version: v.version, by: v.savedBy, at: formatDateTime(v.savedAt) })}
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
