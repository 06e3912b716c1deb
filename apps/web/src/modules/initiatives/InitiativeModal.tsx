import { useEffect } from 'react';
import { App, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { RecognitionLevel } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import type { InitiativeView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { DeleteOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useSaveInitiative } from './api.ts';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { DateField, dateRule } from '../../components/DateField.tsx';

interface Values {
  title: string;
  kind: InitiativeView['kind'];
  field: string;
  orgId: string | null;
  level: RecognitionLevel | null;
  recognisedOn: Dayjs | null;
  decisionNumber: string;
  decisionSigner: string;
  summary: string;
  problem: string;
  solution: string;
  novelty: string;
  firstAppliedOn: Dayjs | null;
  appliedAt: string;
  benefitAmount: number | null;
  socialBenefit: string;
  authors: { personId: string | null; share: number | null }[];
}

export interface InitiativeModalProps {
  open: boolean;
  initiative?: InitiativeView;
  onClose: () => void;
  /** After a save, with the saved initiative (the list opens a new one's page). */
  onSaved?: (saved: InitiativeView) => void;
}

/** Sum of the authors' shares; the client says so before the server does. */
export function sharesTotal(authors: Values['authors'] | undefined): number {
  return (authors ?? []).reduce((sum, a) => sum + (a?.share ?? 0), 0);
}

export function InitiativeModal({ open, initiative, onClose, onSaved }: InitiativeModalProps) {
  const t = useT();
  const labels = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handle = useProblemHandler();
  const save = useSaveInitiative();
  const guard = useFormGuard({
    form,
    active: open,
    draft: { name: 'initiative', recordId: initiative?.id },
  });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const i = initiative;
    form.setFieldsValue({
      title: i?.title ?? '',
      kind: i?.kind ?? 'initiative',
      field: i?.field ?? '',
      orgId: i?.orgId ?? null,
      level: i?.level ?? null,
      recognisedOn: isoToDayjs(i?.recognisedOn),
      decisionNumber: i?.decisionNumber ?? '',
      decisionSigner: i?.decisionSigner ?? '',
      summary: i?.summary ?? '',
      problem: i?.problem ?? '',
      solution: i?.solution ?? '',
      novelty: i?.novelty ?? '',
      firstAppliedOn: isoToDayjs(i?.firstAppliedOn),
      appliedAt: i?.appliedAt ?? '',
      benefitAmount: i?.benefitAmount ?? null,
      socialBenefit: i?.socialBenefit ?? '',
      authors: i?.authors.map((a) => ({ personId: a.personId, share: a.share })) ?? [{ personId: null, share: 100 }],
    });
  }, [open, initiative, form]);

  const onFinish = async (v: Values) => {
    try {
      const saved = await save.mutateAsync({
        id: initiative?.id,
        version: initiative?.version,
        input: {
          title: v.title,
          kind: v.kind,
          field: v.field ?? '',
          orgId: v.orgId ?? '',
          level: v.level ?? null,
          recognisedOn: dayjsToIso(v.recognisedOn),
          decisionNumber: v.decisionNumber ?? '',
          decisionSigner: v.decisionSigner ?? '',
          summary: v.summary ?? '',
          problem: v.problem ?? '',
          solution: v.solution ?? '',
          novelty: v.novelty ?? '',
          firstAppliedOn: dayjsToIso(v.firstAppliedOn),
          appliedAt: v.appliedAt ?? '',
          benefitAmount: v.benefitAmount ?? null,
          socialBenefit: v.socialBenefit ?? '',
          authors: v.authors.map((a) => ({ personId: a.personId ?? '', share: a.share ?? 0 })),
        },
      });
      guard.saved();
      void message.success(initiative ? t('common.saved') : t('initiatives.created', { title: v.title }));
      onClose();
      onSaved?.(saved);
    } catch (error) {
      handle(error, { form, onReload: onClose });
    }
  };

  const known = initiative?.authors.map((a) => ({ value: a.personId, label: a.name })) ?? [];
  const requiredText = (key: 'initiatives.titleField' | 'people.org') => [
    { required: true, message: t('common.required', { field: t(key).toLowerCase() }) },
  ];
  return (
    <Modal
      open={open}
      width={820}
      title={initiative ? t('initiatives.editTitle') : t('initiatives.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
    >
      <Form<Values>
        name="initiative"
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        onValuesChange={guard.onValuesChange}
      >
        {guard.banner}
        <Form.Item name="title" label={t('initiatives.titleField')} rules={requiredText('initiatives.titleField')}>
          <Input {...limit(300)} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="kind" label={t('initiatives.kind')}>
              <Select options={labels.initiativeKindOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="field" label={t('initiatives.field')}>
              <Input {...limit(120)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="orgId" label={t('people.org')} rules={requiredText('people.org')}>
          <OrgTreeSelect />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="level" label={t('initiatives.level')}>
              <Select allowClear options={labels.recognitionOptions} placeholder={t('initiatives.notRecognised')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item rules={[dateRule]} name="recognisedOn" label={t('initiatives.recognisedOn')}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="decisionNumber" label={t('history.decisionNumber')}>
              <Input {...limit(60)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="decisionSigner" label={t('initiatives.decisionSigner')}>
          <Input {...limit(120)} />
        </Form.Item>
        <Form.List
          name="authors"
          rules={[
            {
              validator: async (_, authors: Values['authors']) => {
                if (!authors || authors.length === 0) throw new Error(t('initiatives.needAuthor'));
                const total = sharesTotal(authors);
                if (total !== 100) throw new Error(t('initiatives.sharesSum', { total }));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <fieldset className="authors">
              <legend>{t('initiatives.authors')}</legend>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item
                    name={[field.name, 'personId']}
                    rules={[{ required: true, message: t('initiatives.pickAuthor') }]}
                    style={{ marginBottom: 8 }}
                  >
                    <PersonSelect
                      aria-label={t('initiatives.authorN', { n: index + 1 })}
                      known={known}
                      style={{ width: 380 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'share']}
                    rules={[{ required: true, message: t('initiatives.shareRequired') }]}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber
                      aria-label={t('initiatives.shareN', { n: index + 1 })}
                      min={1}
                      max={100}
                      suffix="%"
                      style={{ width: 110 }}
                      onChange={() => void form.validateFields([['authors']]).catch(() => undefined)}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('initiatives.removeAuthor')}
                    onClick={() => remove(field.name)}
                    disabled={fields.length === 1}
                  />
                </Space>
              ))}
              <Space>
                <Button icon={<PlusOutlined />} onClick={() => add({ personId: null, share: null })}>
                  {t('initiatives.addAuthor')}
                </Button>
                <Form.Item noStyle shouldUpdate>
                  {() => {
                    const total = sharesTotal(form.getFieldValue('authors') as Values['authors']);
                    return (
                      <Typography.Text type={total === 100 ? 'success' : 'danger'} data-testid="shares-total">
                        {t('initiatives.sharesTotal', { total })}
                      </Typography.Text>
                    );
                  }}
                </Form.Item>
              </Space>
              <Form.ErrorList errors={errors} />
            </fieldset>
          )}
        </Form.List>
        <Form.Item name="summary" label={t('initiatives.summary')} style={{ marginTop: 16 }}>
          <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="problem" label={t('initiatives.problem')}>
          <Input.TextArea {...limit(8000)} autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="solution" label={t('initiatives.solution')}>
          <Input.TextArea {...limit(8000)} autoSize={{ minRows: 2, maxRows: 10 }} />
        </Form.Item>
        <Form.Item name="novelty" label={t('initiatives.novelty')}>
          <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item rules={[dateRule]} name="firstAppliedOn" label={t('initiatives.firstAppliedOn')}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="appliedAt" label={t('initiatives.appliedAt')}>
              <Input {...limit(500)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="benefitAmount" label={t('initiatives.benefitAmount')}>
          <InputNumber<number>
            min={0}
            step={1_000_000}
            style={{ width: 260 }}
            suffix="đ"
            formatter={(v) =>
              v === undefined || v === null || `${v}` === '' ? '' : new Intl.NumberFormat('vi-VN').format(Number(v))
            }
            parser={(v) => Number((v ?? '').replace(/\D/gu, '')) || 0}
          />
        </Form.Item>
        <Form.Item name="socialBenefit" label={t('initiatives.socialBenefit')}>
          <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
