import { useEffect, useMemo } from 'react';
import dayjs from 'dayjs';
import { Alert, App, Col, Divider, Form, Input, InputNumber, Modal, Radio, Row, Select, TreeSelect } from 'antd';
import { isApiError } from '../../api/client.ts';
import { useProblemHandler } from '../../api/problems.ts';
import { DateField, dateRule, type DateValue } from '../../components/DateField.tsx';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { useOrgForest } from '../org/api.ts';
import { matchesWords, toSelectData } from '../org/tree.ts';
import { useSaveTask, useTask } from './api.ts';
import { useWpLabels } from './labels.ts';
import { RecordPick } from './RecordPick.tsx';
import type { ProgrammeView, TaskView } from './types.ts';

interface Values {
  title: string;
  content?: string;
  product?: string;
  leaderPersonId?: string | null;
  orgId: string;
  partnerOrgIds?: string[];
  startDate: DateValue;
  deadlineMode: 'date' | 'days';
  deadline?: DateValue;
  deadlineWorkingDays?: number | null;
  priority: 'high' | 'normal' | 'low';
  source?: { kind?: string | null; number?: string; date?: DateValue; issuer?: string; title?: string };
  movementId?: string | null;
  procedureId?: string | null;
  indicatorId?: string | null;
  reason?: string;
}

const iso = (v: DateValue) => (dayjs.isDayjs(v) ? dayjsToIso(v) : null);

function initial(task: TaskView | undefined, p: ProgrammeView): Partial<Values> {
  if (!task) {
    // A month's programme starts its tasks on the month's first day; a year's or a quarter's, on today.
    const start = p.kind === 'month' ? dayjs(`${p.year}-${String(p.period).padStart(2, '0')}-01`) : dayjs();
    return { startDate: start, deadlineMode: 'date', priority: 'normal', partnerOrgIds: [] };
  }
  return {
    title: task.title,
    content: task.content,
    product: task.product,
    leaderPersonId: task.leaderPersonId,
    orgId: task.orgId,
    partnerOrgIds: task.partners.map((x) => x.id),
    startDate: isoToDayjs(task.startDate),
    deadlineMode: task.deadlineWorkingDays ? 'days' : 'date',
    deadline: isoToDayjs(task.deadline),
    deadlineWorkingDays: task.deadlineWorkingDays,
    priority: task.priority,
    source: task.source
      ? { ...task.source, date: isoToDayjs(task.source.date) }
      : { kind: null, number: '', date: null, issuer: '', title: '' },
    movementId: task.movement?.id ?? null,
    procedureId: task.procedure?.id ?? null,
    indicatorId: task.indicator?.id ?? null,
  };
}

/**
 * A task of the programme, added or edited: what, who (leader, unit in charge, co-operating units), when (start,
 * and a deadline as a date or as working days the calendar counts), priority, the document it comes from, the
 * records it concerns. Once the programme is issued the change is an amendment: the reason is asked.
 */
export function TaskFormModal({
  open,
  programme: p,
  taskId,
  onClose,
}: {
  open: boolean;
  programme: ProgrammeView;
  taskId: string | null;
  onClose: () => void;
}) {
  const t = useT();
  const labels = useWpLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const save = useSaveTask();
  const existing = useTask(open && taskId ? taskId : undefined);
  const task = taskId ? existing.data : undefined;
  const mode = Form.useWatch('deadlineMode', form);
  const sourceKind = Form.useWatch(['source', 'kind'], form);
  const issued = p.status !== 'draft';
  const { forest } = useOrgForest();
  const orgData = useMemo(() => (forest ? toSelectData(forest.roots) : []), [forest]);

  useEffect(() => {
    if (!open || (taskId && !task)) return;
    form.resetFields();
    form.setFieldsValue(initial(task, p));
  }, [open, taskId, task, p, form]);

  const onFinish = async (v: Values) => {
    const src = v.source;
    const body = {
      title: v.title.trim(),
      content: v.content ?? '',
      product: v.product?.trim() ?? '',
      leaderPersonId: v.leaderPersonId ?? null,
      orgId: v.orgId,
      partnerOrgIds: v.partnerOrgIds ?? [],
      startDate: iso(v.startDate)!,
      deadline: v.deadlineMode === 'date' ? iso(v.deadline) : null,
      deadlineWorkingDays: v.deadlineMode === 'days' ? (v.deadlineWorkingDays ?? null) : null,
      priority: v.priority,
      source: src?.kind
        ? {
            kind: src.kind as 'decision',
            number: src.number?.trim() ?? '',
            date: iso(src.date),
            issuer: src.issuer?.trim() ?? '',
            title: src.title?.trim() ?? '',
          }
        : null,
      movementId: v.movementId ?? null,
      procedureId: v.procedureId ?? null,
      indicatorId: v.indicatorId ?? null,
      reason: v.reason?.trim() ?? '',
    };
    try {
      const saved = await save.mutateAsync(
        task
          ? { id: task.id, body: { ...body, version: task.version } }
          : { id: null, body: { ...body, programmeId: p.id } },
      );
      void message.success(task ? t('common.saved') : t('wp.taskAdded', { code: saved.code }));
      guard.saved();
      onClose();
    } catch (e) {
      handle(e, { form, onReload: onClose });
      // The deadline's error names `deadline`; typed as working days, it belongs to that field.
      if (v.deadlineMode === 'days' && isApiError(e)) {
        const errors = e.fieldErrors.filter((f) => /deadline$/u.test(f.path)).map((f) => f.message);
        if (errors.length) form.setFields([{ name: 'deadlineWorkingDays', errors }]);
      }
    }
  };

  const required = (label: string, select = false) => ({
    required: true,
    message: t(select ? 'common.requiredSelect' : 'common.required', { field: label.toLowerCase() }),
  });

  return (
    <Modal
      open={open}
      title={task ? t('wp.editTaskOf', { code: task.code }) : t('wp.addTask')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={820}
      forceRender
    >
      {issued && <Alert type="warning" showIcon title={t('wp.issuedEditHelp')} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="workTask"
        form={form}
        layout="vertical"
        onValuesChange={guard.onValuesChange}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="title" label={t('wp.taskTitle')} rules={[required(t('wp.taskTitle'))]}>
          <Input.TextArea {...limit(500)} autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
        <Form.Item name="content" label={t('wp.content')}>
          <Input.TextArea {...limit(8000)} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="product" label={t('wp.product')}>
          <Input {...limit(500)} placeholder={t('wp.productPlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="orgId" label={t('wp.orgInCharge')} rules={[required(t('wp.orgInCharge'), true)]}>
              <OrgTreeSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="leaderPersonId" label={t('wp.leader')}>
              <PersonSelect
                known={task?.leaderPersonId ? [{ value: task.leaderPersonId, label: task.leaderName ?? '' }] : []}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="partnerOrgIds" label={t('wp.partners')}>
          <TreeSelect
            multiple
            treeData={orgData}
            showSearch={{ filterTreeNode: (input, node) => matchesWords(String(node.title ?? ''), input) }}
            placeholder={t('org.select')}
            treeDefaultExpandedKeys={forest?.roots.map((r) => r.org.id) ?? []}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="startDate" label={t('wp.startDate')} rules={[required(t('wp.startDate')), dateRule]}>
              <DateField />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="deadlineMode" label={t('wp.deadlineMode')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'date', label: t('wp.deadlineByDate') },
                  { value: 'days', label: t('wp.deadlineByDays') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            {mode === 'days' ? (
              <Form.Item
                name="deadlineWorkingDays"
                label={t('wp.deadlineWorkingDays')}
                rules={[required(t('wp.deadlineWorkingDays'))]}
                extra={t('wp.deadlineDaysHelp')}
              >
                <InputNumber min={1} max={400} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            ) : (
              <Form.Item name="deadline" label={t('wp.deadline')} rules={[required(t('wp.deadline')), dateRule]}>
                <DateField />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item name="priority" label={t('wp.priority')}>
          <Radio.Group optionType="button" options={labels.priorityOptions} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('wp.sourceDoc')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['source', 'kind']} label={t('wp.sourceKind')}>
              <Select allowClear options={labels.sourceOptions} placeholder={t('wp.sourceNone')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['source', 'number']} label={t('wp.sourceNumber')}>
              <Input {...limit(60)} disabled={!sourceKind} placeholder="245/QĐ-UBND" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['source', 'date']} label={t('wp.sourceDate')} rules={[dateRule]}>
              <DateField disabled={!sourceKind} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['source', 'issuer']} label={t('wp.sourceIssuer')}>
              <Input {...limit(200)} disabled={!sourceKind} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name={['source', 'title']} label={t('wp.sourceTitle')}>
              <Input {...limit(500)} disabled={!sourceKind} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('wp.links')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="movementId" label={t('wp.movement')}>
              <RecordPick
                path="/movements"
                known={task?.movement ? { id: task.movement.id, name: task.movement.title } : null}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="procedureId" label={t('wp.procedure')}>
              <RecordPick path="/procedures" known={task?.procedure ?? null} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="indicatorId" label={t('wp.indicator')}>
              <RecordPick path="/indicators" known={task?.indicator ?? null} />
            </Form.Item>
          </Col>
        </Row>
        {issued && (
          <Form.Item
            name="reason"
            label={t('wp.changeReason')}
            rules={[{ ...required(t('wp.changeReason')), whitespace: true }]}
          >
            <Input.TextArea {...limit(2000)} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
