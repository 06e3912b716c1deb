import { useEffect, useMemo, type ReactNode } from 'react';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Switch, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DEFAULT_PHASES, DEFAULT_RUBRIC, type RoundPhase, type RubricCriterion } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { DATE_FORMAT, dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { useCouncilMembers } from '../council/api.ts';
import { useInitiatives } from './api.ts';
import { useSaveRound, type Detail } from './roundsApi.ts';

interface ReviewerRow {
  memberId: string;
  fields: string[];
  initiativeIds: string[];
}
interface Values {
  title: string;
  dates: [Dayjs, Dayjs];
  initiativeIds: string[];
  reviewers: ReviewerRow[];
  phases: RoundPhase[];
  rubric: RubricCriterion[];
  contestedStdev: number;
}

/** A review round: its initiatives, reviewers (whole round, by field or by initiative), phases and rubric. */
export function RoundFormModal({
  open,
  round,
  onClose,
  onSaved,
}: {
  open: boolean;
  round?: Detail;
  onClose: () => void;
  onSaved?: (d: Detail) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const save = useSaveRound();
  const members = useCouncilMembers();
  const candidates = useInitiatives({ status: 'submitted' }, open);
  const chosen = Form.useWatch('initiativeIds', form) ?? [];
  const reviewers = Form.useWatch('reviewers', form) ?? [];

  const initiativeOptions = useMemo(() => {
    const own = (round?.items ?? []).map((i) => ({ value: i.initiativeId, label: i.title, field: i.field }));
    const free = (candidates.data ?? []).map((i) => ({
      value: i.id,
      label: `${i.title} — ${i.orgName}`,
      field: i.field,
    }));
    return [...own, ...free.filter((f) => !own.some((o) => o.value === f.value))];
  }, [round, candidates.data]);
  const fields = [
    ...new Set(
      initiativeOptions
        .filter((o) => chosen.includes(o.value))
        .map((o) => o.field)
        .filter(Boolean),
    ),
  ];
  const activeMembers = (members.data ?? []).filter((m) => m.active);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const r = round?.round;
    const year = dayjs().year();
    form.setFieldsValue({
      title: r?.title ?? t('rounds.defaultTitle', { year }),
      dates: r ? [isoToDayjs(r.opensOn)!, isoToDayjs(r.closesOn)!] : [dayjs(), dayjs().add(30, 'day')],
      initiativeIds: round?.items.map((i) => i.initiativeId) ?? [],
      reviewers:
        round?.reviewers.map((v) => ({
          memberId: activeMembers.find((m) => m.userId === v.userId)?.id ?? v.userId,
          fields: v.fields,
          initiativeIds: v.initiativeIds,
        })) ?? [],
      phases: r?.phases ?? [...DEFAULT_PHASES],
      rubric: r?.rubric ?? DEFAULT_RUBRIC.map((c) => ({ ...c })),
      contestedStdev: r?.contestedStdev ?? 15,
    });
    // Members load once; the form is set when the modal opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, round, form]);

  const onFinish = async (v: Values) => {
    try {
      const input = {
        title: v.title,
        opensOn: dayjsToIso(v.dates[0])!,
        closesOn: dayjsToIso(v.dates[1])!,
        initiativeIds: v.initiativeIds,
        reviewers: v.reviewers.map((r) => {
          const m = activeMembers.find((x) => x.id === r.memberId)!;
          return {
            userId: m.userId,
            personId: m.personId,
            orgId: m.orgId,
            fields: r.fields ?? [],
            initiativeIds: r.initiativeIds ?? [],
          };
        }),
        phases: v.phases,
        rubric: v.rubric,
        contestedStdev: v.contestedStdev,
      };
      const saved = await save.mutateAsync({ id: round?.round.id, version: round?.round.version, input });
      void message.success(t('common.saved'));
      onClose();
      onSaved?.(saved);
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <Modal
      open={open}
      width={1000}
      title={round ? t('rounds.edit') : t('rounds.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="title" label={t('rounds.title')} rules={[{ required: true, message: t('rounds.title') }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="dates" label={t('rounds.dates')} rules={[{ required: true, message: t('rounds.dates') }]}>
              <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="initiativeIds" label={t('rounds.initiatives')}>
          <Select
            mode="multiple"
            aria-label={t('rounds.initiatives')}
            options={initiativeOptions}
            optionFilterProp="label"
            loading={candidates.isFetching}
          />
        </Form.Item>
        <Form.List name="reviewers">
          {(rows, { add, remove }) => (
            <>
              <Form.Item label={t('rounds.reviewers')}>
                <Select
                  mode="multiple"
                  aria-label={t('rounds.reviewers')}
                  value={reviewers.map((r) => r?.memberId)}
                  options={activeMembers.map((m) => ({ value: m.id, label: `${m.name} — ${m.orgName}` }))}
                  optionFilterProp="label"
                  onSelect={(id: string) => add({ memberId: id, fields: [], initiativeIds: [] })}
                  onDeselect={(id: string) => remove(reviewers.findIndex((r) => r?.memberId === id))}
                />
              </Form.Item>
              {rows.length > 0 && (
                <Table
                  size="small"
                  pagination={false}
                  rowKey="key"
                  dataSource={rows}
                  style={{ marginBottom: 16 }}
                  columns={[
                    {
                      key: 'name',
                      title: t('rounds.reviewer'),
                      render: (_, row) => activeMembers.find((m) => m.id === reviewers[row.name]?.memberId)?.name ?? '',
                    },
                    {
                      key: 'fields',
                      title: t('rounds.byField'),
                      render: (_, row) => (
                        <Form.Item name={[row.name, 'fields']} noStyle>
                          <Select
                            mode="multiple"
                            allowClear
                            options={fields.map((f) => ({ value: f, label: f }))}
                            style={{ minWidth: 200 }}
                            placeholder={t('rounds.allFields')}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      key: 'ids',
                      title: t('rounds.byInitiative'),
                      render: (_, row) => (
                        <Form.Item name={[row.name, 'initiativeIds']} noStyle>
                          <Select
                            mode="multiple"
                            allowClear
                            options={initiativeOptions.filter((o) => chosen.includes(o.value))}
                            style={{ minWidth: 240 }}
                            placeholder={t('rounds.allInitiatives')}
                            optionFilterProp="label"
                          />
                        </Form.Item>
                      ),
                    },
                  ]}
                />
              )}
            </>
          )}
        </Form.List>
        <Typography.Title level={5}>{t('rounds.phases')}</Typography.Title>
        <SettingsRows
          list="phases"
          labelTitle={t('rounds.phase')}
          fields={(['canScore', 'seeOthers', 'seeAuthors'] as const).map((k) => ({
            key: k,
            title: t(`rounds.${k}`),
            checked: true,
            input: <Switch size="small" />,
          }))}
        />
        <Typography.Title level={5}>{t('rounds.rubric')}</Typography.Title>
        <SettingsRows
          list="rubric"
          labelTitle={t('rounds.criterion')}
          fields={(['weight', 'min', 'max'] as const).map((k) => ({
            key: k,
            title: t(`rounds.${k}`),
            input: <InputNumber min={0} max={1000} style={{ width: 90 }} />,
          }))}
        />
        <Form.Item name="contestedStdev" label={t('rounds.contestedStdev')}>
          <InputNumber min={1} max={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A table over a form list (phases, rubric criteria): an editable label, then one control per field. */
function SettingsRows({
  list,
  labelTitle,
  fields,
}: {
  list: string;
  labelTitle: string;
  fields: { key: string; title: string; input: ReactNode; checked?: boolean }[];
}) {
  return (
    <Form.List name={list}>
      {(rows) => (
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          style={{ marginBottom: 16 }}
          columns={[
            {
              key: 'label',
              title: labelTitle,
              render: (_, r) => (
                <Form.Item name={[r.name, 'label']} noStyle>
                  <Input aria-label={labelTitle} />
                </Form.Item>
              ),
            },
            ...fields.map((f) => ({
              key: f.key,
              title: f.title,
              render: (_: unknown, r: { name: number }) => (
                <Form.Item name={[r.name, f.key]} valuePropName={f.checked ? 'checked' : 'value'} noStyle>
                  {f.input}
                </Form.Item>
              ),
            })),
          ]}
        />
      )}
    </Form.List>
  );
}
