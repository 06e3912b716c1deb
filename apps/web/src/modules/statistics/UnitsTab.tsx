import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { STAT_UNIT_KINDS, STAT_UNIT_KIND_LABELS } from '@thidua/contracts';
import { api } from '../../api/client.ts';
import { useProblemHandler } from '../../api/problems.ts';
import { DateField, dateRule, type DateValue } from '../../components/DateField.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, formatDate, isoToDayjs } from '../../lib/format.ts';
import { PlusOutlined } from '../../lib/icons.tsx';
import { CATALOG_PATHS, STAT_CATALOG_KEY, useSaveUnit, useUnitTree } from './apiCatalog.ts';
import type { StatUnit, StatUnitTree } from './types.ts';
import { CatalogModal } from './CatalogModal.tsx';

type Node = StatUnitTree['items'][number] & { children?: Node[] };

const today = () => new Date().toISOString().slice(0, 10);

/** The flattened tree (a parent before its children) as nested rows for the table. */
function nest(items: StatUnitTree['items']): Node[] {
  const byId = new Map<string, Node>();
  const roots: Node[] = [];
  for (const item of items) byId.set(item.id, { ...item });
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * "Đơn vị báo cáo": the reporting units valid on a day, as a tree (the province, its districts until
 * 30/06/2025, its communes after, enterprises, parks), each with the dates it is valid.
 */
export function UnitsTab({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const [asOf, setAsOf] = useState<string>(today());
  const tree = useUnitTree(asOf);
  const rows = useMemo(() => nest(tree.data?.items ?? []), [tree.data]);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('stat.catalog.units')}</Typography.Title>
        <Space wrap>
          <ExportButton path="/stat-units/export.xlsx" filename="don-vi-bao-cao.xlsx" query={{ asOf }} />
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('stat.catalog.newUnit')}
            </Button>
          )}
        </Space>
      </div>
      <Space style={{ marginBottom: 12 }}>
        <span>{t('stat.catalog.asOf')}</span>
        <DateField
          standalone
          aria-label={t('stat.catalog.asOf')}
          value={isoToDayjs(asOf)}
          onChange={(v: DateValue) => {
            if (dayjs.isDayjs(v)) setAsOf(v.format('YYYY-MM-DD'));
          }}
        />
      </Space>
      <Table<Node>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        key={`${asOf}:${rows.length}`}
        locale={{ emptyText: <EmptyText loading={tree.isFetching}>{t('stat.catalog.noUnits')}</EmptyText> }}
        columns={[
          {
            title: t('stat.catalog.name'),
            key: 'name',
            render: (_, u) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setEditing(u.id)}>
                {u.name}
              </Button>
            ),
          },
          { title: t('stat.catalog.code'), dataIndex: 'code' },
          { title: t('stat.catalog.unitKind'), key: 'kind', render: (_, u) => STAT_UNIT_KIND_LABELS[u.kind] },
          { title: t('stat.catalog.validFrom'), key: 'from', render: (_, u) => formatDate(u.validFrom) },
          {
            title: t('stat.catalog.validTo'),
            key: 'to',
            render: (_, u) => (u.validTo ? formatDate(u.validTo) : t('stat.catalog.noEnd')),
          },
        ]}
      />
      <UnitForm id={editing} readOnly={!canEdit} units={tree.data?.items ?? []} onClose={() => setEditing(null)} />
    </>
  );
}

interface UnitFormValues {
  code: string;
  name: string;
  kind: StatUnit['kind'];
  parentId: string | null;
  validFrom: DateValue;
  validTo: DateValue;
}

function UnitForm({
  id,
  readOnly,
  units,
  onClose,
}: {
  id: string | 'new' | null;
  readOnly: boolean;
  units: StatUnitTree['items'];
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<UnitFormValues>();
  const save = useSaveUnit();
  const unit = useQuery({
    queryKey: [...STAT_CATALOG_KEY, 'units', 'one', id],
    queryFn: ({ signal }) => api.get<StatUnit>(`${CATALOG_PATHS.units}/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: Boolean(id && id !== 'new'),
  });
  const u = id !== 'new' ? unit.data : undefined;
  useEffect(() => {
    if (id === null) return;
    form.resetFields();
    if (u)
      form.setFieldsValue({
        code: u.code,
        name: u.name,
        kind: u.kind,
        parentId: u.parent?.id ?? null,
        validFrom: isoToDayjs(u.validFrom),
        validTo: isoToDayjs(u.validTo),
      });
  }, [id, u, form]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        id: u?.id,
        version: u?.version,
        input: {
          code: v.code,
          name: v.name,
          kind: v.kind,
          parentId: v.parentId ?? null,
          orgId: u?.org?.id ?? null,
          validFrom: dayjsToIso(v.validFrom as Dayjs) ?? '',
          validTo: dayjsToIso(v.validTo as Dayjs | null),
        },
      });
      void message.success(t('stat.catalog.saved'));
      onClose();
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <CatalogModal
      open={id !== null}
      title={u ? `${u.code} — ${u.name}` : t('stat.catalog.newUnit')}
      form={form}
      readOnly={readOnly}
      saving={save.isPending}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('stat.catalog.unitKind')} rules={[{ required: true }]}>
        <Select options={STAT_UNIT_KINDS.map((k) => ({ value: k, label: STAT_UNIT_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="parentId" label={t('stat.catalog.parent')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={units.filter((x) => x.id !== id).map((x) => ({ value: x.id, label: `${x.code} — ${x.name}` }))}
        />
      </Form.Item>
      <Form.Item name="validFrom" label={t('stat.catalog.validFrom')} rules={[{ required: true }, dateRule]}>
        <DateField />
      </Form.Item>
      <Form.Item name="validTo" label={t('stat.catalog.validTo')} rules={[dateRule]}>
        <DateField />
      </Form.Item>
    </CatalogModal>
  );
}
