import { useState } from 'react';
import { Button, Form, Input, Radio, Space, Table, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DeleteOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '../../lib/icons.tsx';
import { AwardSelect } from '../../components/AwardSelect.tsx';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PersonSelect, type PersonOption } from '../../components/PersonSelect.tsx';
import { BulkAddModal } from './BulkAddModal.tsx';
import { InitiativesCell } from './InitiativesCell.tsx';
import { ItemVerdictCell, JustificationCell } from './ItemVerdict.tsx';
import { limit } from '../../components/textLimit.ts';

export interface ItemValues {
  id?: string;
  subjectKind: 'individual' | 'collective';
  subjectId: string | null;
  awardCode: string | null;
  achievement: string;
  justification: string;
  /** Initiatives the award rests on (each founds one award only). */
  initiativeIds: string[];
}

export const emptyItem = (): ItemValues => ({
  subjectKind: 'individual',
  subjectId: null,
  awardCode: null,
  achievement: '',
  justification: '',
  initiativeIds: [],
});

export interface ItemsEditorProps {
  form: FormInstance;
  /** Labels of the people already in the dossier (the person search may not hold them). */
  known: PersonOption[];
  onKnown: (options: PersonOption[]) => void;
  /** itemId → what the office asked to complete (a returned dossier). */
  returnReasons?: Record<string, string>;
}

/** The items of a dossier: subject, award, live eligibility verdict, achievement report, justification. */
export function ItemsEditor({ form, known, onKnown, returnReasons }: ItemsEditorProps) {
  const t = useT();
  const [expanded, setExpanded] = useState<number[]>([]);
  const [bulkOpen, setBulkOpen] = useState(false);
  const orgId = Form.useWatch('orgId', form) as string | undefined;
  const toggle = (key: number) =>
    setExpanded((keys) => (keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key]));

  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Button icon={<PlusOutlined />} onClick={() => add(emptyItem())}>
              {t('proposals.addItem')}
            </Button>
            <Button icon={<TeamOutlined />} onClick={() => setBulkOpen(true)} disabled={!orgId}>
              {t('proposals.bulkAdd')}
            </Button>
            <Typography.Text type="secondary">{t('proposals.itemsHint')}</Typography.Text>
          </Space>
          <Table
            rowKey="key"
            size="small"
            dataSource={fields}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('proposals.noItems') }}
            expandable={{
              expandedRowKeys: expanded,
              showExpandColumn: false,
              expandedRowRender: (field) => (
                <Form.Item
                  name={[field.name, 'achievement']}
                  label={t('proposals.achievementOf', { row: field.name + 1 })}
                  style={{ marginBottom: 0 }}
                >
                  <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} {...limit(8000, true)} />
                </Form.Item>
              ),
            }}
            columns={[
              { key: 'no', title: '#', width: 44, render: (_, f) => f.name + 1 },
              {
                key: 'subject',
                title: t('proposals.subject'),
                render: (_, field) => (
                  <SubjectCell
                    form={form}
                    name={field.name}
                    known={known}
                    onKnown={(o) => onKnown([o])}
                    returnReasons={returnReasons}
                  />
                ),
              },
              {
                key: 'award',
                title: t('proposals.award'),
                render: (_, field) => <AwardCell form={form} name={field.name} />,
              },
              {
                key: 'verdict',
                title: t('proposals.verdict'),
                render: (_, field) => (
                  <ItemVerdictCell form={form} name={field.name} rowLabel={String(field.name + 1)} />
                ),
              },
              // The justification sits beside the verdict that asks for it: at 1,366 px it stays on screen.
              {
                key: 'justification',
                title: t('proposals.justification'),
                render: (_, field) => (
                  <JustificationCell form={form} name={field.name} rowLabel={String(field.name + 1)} />
                ),
              },
              {
                key: 'initiatives',
                title: t('proposals.initiatives'),
                render: (_, field) => <InitiativesCell form={form} name={field.name} />,
              },
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_, field) => (
                  <Space size={4}>
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-expanded={expanded.includes(field.key)}
                      aria-label={t('proposals.achievementToggle', { row: field.name + 1 })}
                      onClick={() => toggle(field.key)}
                    >
                      {t('proposals.achievement')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('proposals.removeItem', { row: field.name + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ),
              },
            ]}
          />
          <BulkAddModal
            open={bulkOpen}
            orgId={orgId ?? null}
            onClose={() => setBulkOpen(false)}
            onAdd={(people, awardCode) => {
              onKnown(people);
              for (const p of people) add({ ...emptyItem(), subjectId: p.value, awardCode });
              setBulkOpen(false);
            }}
          />
        </>
      )}
    </Form.List>
  );
}

function SubjectCell({
  form,
  name,
  known,
  onKnown,
  returnReasons,
}: {
  form: FormInstance;
  name: number;
  known: PersonOption[];
  onKnown: (option: PersonOption) => void;
  returnReasons?: Record<string, string>;
}) {
  const t = useT();
  const kind = Form.useWatch(['items', name, 'subjectKind'], form) as ItemValues['subjectKind'] | undefined;
  const id = Form.useWatch(['items', name, 'id'], { form, preserve: true }) as string | undefined;
  const returnReason = id ? returnReasons?.[id] : undefined;
  const row = name + 1;
  return (
    <Space orientation="vertical" size={4} style={{ minWidth: 230 }}>
      <Form.Item name={[name, 'subjectKind']} noStyle>
        <Radio.Group
          size="small"
          optionType="button"
          aria-label={t('proposals.subjectKindOf', { row })}
          onChange={() => {
            form.setFieldValue(['items', name, 'subjectId'], null);
            form.setFieldValue(['items', name, 'awardCode'], null);
          }}
          options={[
            { value: 'individual', label: t('proposals.individual') },
            { value: 'collective', label: t('proposals.collective') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={[name, 'subjectId']}
        rules={[{ required: true, message: t('proposals.subjectRequired') }]}
        style={{ marginBottom: 0 }}
      >
        {kind === 'collective' ? (
          <OrgTreeSelect aria-label={t('proposals.subjectOf', { row })} style={{ width: 230 }} />
        ) : (
          <PersonSelect
            aria-label={t('proposals.subjectOf', { row })}
            known={known}
            onChange={(_, option) => option && onKnown(option)}
            style={{ width: 230 }}
          />
        )}
      </Form.Item>
      {returnReason && (
        <Typography.Text mark style={{ maxWidth: 230, display: 'inline-block' }}>
          {t('proposals.returnReason')}: {returnReason}
        </Typography.Text>
      )}
    </Space>
  );
}

function AwardCell({ form, name }: { form: FormInstance; name: number }) {
  const t = useT();
  const kind = Form.useWatch(['items', name, 'subjectKind'], form) as ItemValues['subjectKind'] | undefined;
  return (
    <Form.Item
      name={[name, 'awardCode']}
      rules={[{ required: true, message: t('proposals.awardRequired') }]}
      style={{ marginBottom: 0 }}
    >
      <AwardSelect
        subject={kind ?? 'individual'}
        aria-label={t('proposals.awardOf', { row: name + 1 })}
        style={{ width: 230 }}
      />
    </Form.Item>
  );
}
