import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import type { DecisionPreviewInput } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, formatMoney } from '../../lib/format.ts';
import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EyeOutlined,
  FileWordOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
} from '../../lib/icons.tsx';
import { useProposals } from '../proposals/api.ts';
import { PickerCapped } from '../../components/PickerCapped.tsx';
import { downloadDraft, useIssueDecision, usePreviewDecision } from './api.ts';
import { RecipientsTable } from './RecipientsTable.tsx';
import { useDecisionTemplates } from './wordingApi.ts';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';

interface Values {
  proposalIds: string[];
  summary: string;
  signedOn: Dayjs | null;
  signer: string;
  signerTitle: string;
  legalBasis: string[];
}

const SIGNER_TITLES = ['GIÁM ĐỐC', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'];

/** The leader's "Ban hành quyết định": pick voted dossiers, preview, download the draft, issue. */
export default function IssueDecisionPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const voted = useProposals({ status: 'voted' });
  // Dossiers the office has submitted for signature come first: they are the Director's turn.
  const signing = useProposals({ status: 'signing' });
  const preview = usePreviewDecision();
  const issue = useIssueDecision();
  const guard = useFormGuard({ form });
  const [confirming, setConfirming] = useState(false);
  const [drafting, setDrafting] = useState(false);
  // The Director in office signs by default (the root unit's Giám đốc); the leader may type another name.
  const director = useDecisionTemplates().data?.signer;
  useEffect(() => {
    if (director && !form.getFieldValue('signer')) form.setFieldsValue({ signer: director.name });
  }, [director, form]);

  const body = (): DecisionPreviewInput => {
    const v = form.getFieldsValue(true) as Values;
    return {
      proposalIds: v.proposalIds ?? [],
      summary: v.summary ?? '',
      signedOn: dayjsToIso(v.signedOn) ?? '',
      signer: v.signer ?? '',
      signerTitle: v.signerTitle,
      legalBasis: (v.legalBasis ?? []).map((l) => l.trim()).filter(Boolean),
    };
  };
  const onPreview = async () => {
    await form.validateFields();
    try {
      await preview.mutateAsync(body());
    } catch (e) {
      handle(e, { form });
    }
  };
  const onDraft = async () => {
    setDrafting(true);
    try {
      await downloadDraft(body());
    } catch (e) {
      handle(e, { form });
    } finally {
      setDrafting(false);
    }
  };
  const onIssue = async () => {
    if (!preview.data) return;
    try {
      const decision = await issue.mutateAsync({ ...body(), confirmCount: preview.data.recipients.length });
      setConfirming(false);
      void message.success(t('decisions.issued', { number: decision.number }));
      guard.saved();
      void navigate(`/decisions/${decision.id}`);
    } catch (e) {
      setConfirming(false);
      handle(e, { form });
    }
  };

  const p = preview.data;
  const initialProposal = params.get('proposal');
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('decisions.issueTitle')}</Typography.Title>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/decisions')}>
          {t('common.back')}
        </Button>
      </div>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          proposalIds: initialProposal ? [initialProposal] : [],
          summary: '',
          signedOn: dayjs(),
          signer: '',
          signerTitle: SIGNER_TITLES[0],
          legalBasis: [],
        }}
        onValuesChange={() => {
          preview.reset();
          guard.onValuesChange();
        }}
      >
        <Card title={t('decisions.pickDossiers')} style={{ marginBottom: 16 }}>
          {voted.error && <Alert type="error" showIcon title={problemText(voted.error, t)} />}
          <PickerCapped shown={voted.data?.length ?? 0} total={voted.total} />
          <Form.Item
            name="proposalIds"
            valuePropName="selectedRowKeys"
            rules={[{ required: true, type: 'array', min: 1, message: t('decisions.pickDossiersRequired') }]}
            extra={t('decisions.pickHint')}
          >
            <VotedPicker
              loading={voted.isFetching || signing.isFetching}
              rows={[...(signing.data ?? []), ...(voted.data ?? [])]}
            />
          </Form.Item>
        </Card>
        <Card title={t('decisions.drafting')} style={{ marginBottom: 16 }}>
          <Space wrap size="large" align="start">
            <Form.Item
              name="signedOn"
              label={t('decisions.signedOn')}
              rules={[
                dateRule,
                { required: true, message: t('common.requiredSelect', { field: t('decisions.signedOn') }) },
              ]}
            >
              <DateField style={{ width: 180 }} />
            </Form.Item>
            <Form.Item
              name="signer"
              label={t('decisions.signer')}
              rules={[
                { required: true, whitespace: true, message: t('common.required', { field: t('decisions.signer') }) },
              ]}
            >
              <Input {...limit(120)} style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="signerTitle" label={t('decisions.signerTitle')}>
              <Select
                style={{ width: 260 }}
                options={SIGNER_TITLES.map((s) => ({ value: s, label: s.replace('\n', ' – ') }))}
              />
            </Form.Item>
          </Space>
          <Form.Item name="summary" label={t('decisions.summary')} extra={t('decisions.summaryHint')}>
            <Input {...limit(300)} />
          </Form.Item>
          <Form.List name="legalBasis">
            {(fields, { add, remove }) => (
              <Form.Item label={t('decisions.legalBasis')} extra={t('decisions.legalBasisHint')}>
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {fields.map((f) => (
                    <Space key={f.key} style={{ width: '100%' }}>
                      <Form.Item name={f.name} noStyle>
                        <Input
                          aria-label={t('decisions.legalBasisLine', { row: f.name + 1 })}
                          {...limit(500)}
                          style={{ width: 640, maxWidth: '70vw' }}
                          placeholder="Căn cứ …"
                        />
                      </Form.Item>
                      <Button
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('decisions.removeLine', { row: f.name + 1 })}
                        onClick={() => remove(f.name)}
                      />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add('')}>
                    {t('decisions.addLegalBasis')}
                  </Button>
                </Space>
              </Form.Item>
            )}
          </Form.List>
          <Space wrap>
            <Button
              icon={<EyeOutlined />}
              onClick={() => void onPreview().catch(() => undefined)}
              loading={preview.isPending}
            >
              {t('decisions.preview')}
            </Button>
            <Button icon={<FileWordOutlined />} onClick={() => void onDraft()} loading={drafting}>
              {t('decisions.draftDocx')}
            </Button>
          </Space>
        </Card>
      </Form>
      {p && (
        <Card title={t('decisions.previewTitle', { symbol: p.symbol })} style={{ marginBottom: 16 }}>
          <Typography.Paragraph strong>{p.summary}</Typography.Paragraph>
          <ul>
            {p.legalBasis.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
          <section aria-label={t('decisions.articles')}>
            {p.articles.map((a, i) => (
              <Typography.Paragraph key={i}>
                <Typography.Text strong>{`Điều ${i + 1}. `}</Typography.Text>
                {a}
              </Typography.Paragraph>
            ))}
          </section>
          <RecipientsTable recipients={p.recipients} total={p.totalBonus} />
          <Button
            type="primary"
            icon={<SafetyCertificateOutlined />}
            style={{ marginTop: 16 }}
            disabled={!p.recipients.length}
            onClick={() => setConfirming(true)}
          >
            {t('decisions.issueOk')}
          </Button>
        </Card>
      )}
      <Modal
        open={confirming && Boolean(p)}
        title={t('decisions.issueConfirmTitle')}
        okText={t('decisions.issueOk')}
        cancelText={t('common.cancel')}
        onOk={() => void onIssue()}
        onCancel={() => setConfirming(false)}
        confirmLoading={issue.isPending}
      >
        {p && t('decisions.issueConfirm', { count: p.recipients.length, total: formatMoney(p.totalBonus) })}
      </Modal>
    </>
  );
}

interface VotedRow {
  id: string;
  title: string;
  orgName: string;
  year: number;
  itemCount: number;
}

function VotedPicker(props: {
  rows: VotedRow[];
  loading: boolean;
  selectedRowKeys?: string[];
  onChange?: (keys: string[]) => void;
}) {
  const t = useT();
  return (
    <Table<VotedRow>
      rowKey="id"
      size="small"
      loading={props.loading}
      dataSource={props.rows}
      pagination={false}
      locale={{ emptyText: <EmptyText loading={!!props.loading}>{t('decisions.noVoted')}</EmptyText> }}
      rowSelection={{
        selectedRowKeys: props.selectedRowKeys ?? [],
        onChange: (keys) => props.onChange?.(keys.map(String)),
        getCheckboxProps: (r) => ({ 'aria-label': t('council.pickDossier', { name: r.title }) }),
      }}
      columns={[
        { key: 'title', title: t('proposals.titleField'), dataIndex: 'title' },
        { key: 'org', title: t('proposals.org'), dataIndex: 'orgName' },
        { key: 'year', title: t('proposals.year'), dataIndex: 'year' },
        { key: 'items', title: t('proposals.itemCount'), dataIndex: 'itemCount', align: 'right' },
      ]}
    />
  );
}
