import type { ReactNode } from 'react';
import { Button, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DeleteOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { limit } from '../../components/textLimit.ts';

/**
 * A table over a form list (a round's phases, its rubric's criteria): an editable label, then one
 * control per field; rows may be added (with a fresh key) and removed; `expanded` adds a nested editor.
 */
export function RoundSettingsRows({
  list,
  labelTitle,
  fields,
  fresh,
  addText,
  expanded,
}: {
  list: string;
  labelTitle: string;
  fields: { key: string; title: string; input: ReactNode; checked?: boolean }[];
  /** A new row, given the keys already taken. */
  fresh: (taken: string[]) => Record<string, unknown>;
  addText: string;
  expanded?: (row: number) => ReactNode;
}) {
  const t = useT();
  const form = Form.useFormInstance();
  return (
    <Form.List name={list}>
      {(rows, { add, remove }) => (
        <div style={{ marginBottom: 16 }}>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={rows}
            expandable={expanded ? { expandedRowRender: (r) => expanded(r.name) } : undefined}
            columns={[
              {
                key: 'label',
                title: labelTitle,
                render: (_, r) => (
                  <Form.Item
                    name={[r.name, 'label']}
                    rules={[{ required: true, whitespace: true, message: labelTitle }]}
                    style={{ margin: 0 }}
                  >
                    <Input aria-label={`${labelTitle} ${r.name + 1}`} />
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
              {
                key: 'remove',
                width: 48,
                render: (_, r) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t('common.delete')} ${labelTitle.toLowerCase()} ${r.name + 1}`}
                    disabled={rows.length <= 1}
                    onClick={() => remove(r.name)}
                  />
                ),
              },
            ]}
          />
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            onClick={() => {
              const taken = ((form.getFieldValue(list) ?? []) as { key?: string }[]).map((x) => x.key ?? '');
              add(fresh(taken));
            }}
          >
            {addText}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** A key not yet taken: `prefix_1`, `prefix_2`, … */
export function freshKey(prefix: string, taken: string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}_${n}`)) n += 1;
  return `${prefix}_${n}`;
}

/** The anchored scale of one criterion: what a score means ("0: không có điểm mới"). */
export function RubricAnchors({ row }: { row: number }) {
  const t = useT();
  return (
    <Form.List name={[row, 'anchors']}>
      {(anchors, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('reviews.anchors')}</Typography.Text>
          {anchors.map((a) => (
            <Space key={a.key} align="start" style={{ display: 'flex' }}>
              <Form.Item name={[a.name, 'score']} rules={[{ required: true, message: t('reviews.anchorScore') }]}>
                <InputNumber
                  aria-label={`${t('reviews.anchorScore')} ${row + 1}.${a.name + 1}`}
                  placeholder={t('reviews.anchorScore')}
                  style={{ width: 90 }}
                />
              </Form.Item>
              <Form.Item
                name={[a.name, 'text']}
                rules={[{ required: true, whitespace: true, message: t('reviews.anchorText') }]}
                style={{ width: 560 }}
              >
                <Input
                  aria-label={`${t('reviews.anchorText')} ${row + 1}.${a.name + 1}`}
                  placeholder={t('reviews.anchorText')}
                  {...limit(300)}
                />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${t('common.delete')} ${t('reviews.anchorScore').toLowerCase()} ${a.name + 1}`}
                onClick={() => remove(a.name)}
              />
            </Space>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ score: null, text: '' })}>
            {t('reviews.addAnchor')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
