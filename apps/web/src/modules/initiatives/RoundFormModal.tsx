import { useEffect, useMemo } from 'react';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DEFAULT_PHASES, DEFAULT_RUBRIC, type RoundPhase, type RubricCriterion } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { useInitiatives } from './api.ts';
import { RoundReviewersField, type ReviewerRow } from './RoundReviewersField.tsx';
import { freshKey, RoundSettingsRows, RubricAnchors } from './RoundSettingsRows.tsx';
import { useSaveRound, type Detail } from './roundsApi.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  title: string;
  opensOn: Dayjs | null;
  closesOn: Dayjs | null;
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
  const guard = useFormGuard({ form, active: open });
  const candidates = useInitiatives({ status: 'submitted' }, open);
  const chosen = Form.useWatch('initiativeIds', form) ?? [];

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

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const r = round?.round;
    const year = dayjs().year();
    form.setFieldsValue({
      title: r?.title ?? t('rounds.defaultTitle', { year }),
      opensOn: r ? isoToDayjs(r.opensOn) : dayjs().startOf('day'),
      closesOn: r ? isoToDayjs(r.closesOn) : dayjs().startOf('day').add(30, 'day'),
      initiativeIds: round?.items.map((i) => i.initiativeId) ?? [],
      reviewers:
        round?.reviewers.map((v) => ({
          userId: v.userId,
          personId: v.personId,
          orgId: v.orgId,
          fields: v.fields,
          initiativeIds: v.initiativeIds,
        })) ?? [],
      phases: (r?.phases ?? DEFAULT_PHASES).map((p) => ({ ...p })),
      rubric: (r?.rubric ?? DEFAULT_RUBRIC).map((c) => ({ ...c, anchors: c.anchors.map((a) => ({ ...a })) })),
      contestedStdev: r?.contestedStdev ?? 15,
    });
    // The form is set when the modal opens (not again when the language changes).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, round, form]);

  const onFinish = async (shown: Values) => {
    // The store, not only the shown fields: a phase's or criterion's key and the anchors of a folded row have no input.
    const v = { ...shown, ...(form.getFieldsValue(true) as Values) };
    try {
      const input = {
        title: v.title,
        opensOn: dayjsToIso(v.opensOn) ?? '',
        closesOn: dayjsToIso(v.closesOn) ?? '',
        initiativeIds: v.initiativeIds,
        reviewers: (v.reviewers ?? []).map((r) => ({
          userId: r.userId ?? '',
          personId: r.personId ?? null,
          orgId: r.orgId ?? '',
          fields: r.fields ?? [],
          initiativeIds: r.initiativeIds ?? [],
        })),
        phases: v.phases.map((p) => ({ ...p, label: p.label.trim() })),
        rubric: v.rubric.map((c) => ({ ...c, label: c.label.trim(), anchors: c.anchors ?? [] })),
        contestedStdev: v.contestedStdev,
      };
      const saved = await save.mutateAsync({ id: round?.round.id, version: round?.round.version, input });
      guard.saved();
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
      width={1200}
      title={round ? t('rounds.edit') : t('rounds.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        onValuesChange={guard.onValuesChange}
      >
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="title" label={t('rounds.title')} rules={[{ required: true, message: t('rounds.title') }]}>
              <Input {...limit(300)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              name="opensOn"
              label={t('rounds.opensOn')}
              rules={[dateRule, { required: true, message: t('rounds.opensOn') }]}
            >
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              name="closesOn"
              label={t('rounds.closesOn')}
              rules={[dateRule, { required: true, message: t('rounds.closesOn') }]}
            >
              <DateField style={{ width: '100%' }} />
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
        <Typography.Title level={5}>{t('rounds.reviewers')}</Typography.Title>
        <RoundReviewersField
          open={open}
          fields={fields}
          initiatives={initiativeOptions.filter((o) => chosen.includes(o.value))}
          known={round?.reviewers ?? []}
        />
        <Typography.Title level={5}>{t('rounds.phases')}</Typography.Title>
        <RoundSettingsRows
          list="phases"
          labelTitle={t('rounds.phase')}
          addText={t('reviews.addPhase')}
          fresh={(taken) => ({
            key: freshKey('phase', taken),
            label: '',
            canScore: true,
            seeOthers: false,
            seeAuthors: false,
          })}
          fields={(['canScore', 'seeOthers', 'seeAuthors'] as const).map((k) => ({
            key: k,
            title: t(`rounds.${k}`),
            checked: true,
            input: <Switch size="small" />,
          }))}
        />
        <Typography.Title level={5}>{t('rounds.rubric')}</Typography.Title>
        <RoundSettingsRows
          list="rubric"
          labelTitle={t('rounds.criterion')}
          addText={t('reviews.addCriterion')}
          fresh={(taken) => ({ key: freshKey('criterion', taken), label: '', weight: 1, min: 0, max: 10, anchors: [] })}
          expanded={(row) => <RubricAnchors row={row} />}
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
