import { useState } from 'react';
import { Button, Select, Space, Table, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { CheckOutlined } from '../../lib/icons.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';

export interface PersonRow {
  id: string;
  name: string;
  position: string;
}

export interface PeopleTitlesTableProps {
  people: PersonRow[];
  loading: boolean;
  titleOptions: { value: string; label: string }[];
  /** personId → award codes registered (absent or empty: none). */
  value: Record<string, string[]>;
  onChange: (next: Record<string, string[]>) => void;
  disabled?: boolean;
}

/** The unit's people with a title per row, and a bulk assignment to the selected rows. */
export function PeopleTitlesTable({
  people,
  loading,
  titleOptions,
  value,
  onChange,
  disabled,
}: PeopleTitlesTableProps) {
  const t = useT();
  const [selected, setSelected] = useState<string[]>([]);
  const [bulk, setBulk] = useState<string | null>(null);

  const apply = () => {
    const next = { ...value };
    // Adds the title: a CSTĐCS registration keeps the LĐTT it rests on.
    for (const id of selected) next[id] = bulk ? [...new Set([...(next[id] ?? []), bulk])] : [];
    onChange(next);
    setSelected([]);
  };
  const count = people.filter((p) => value[p.id]?.length).length;

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('movements.bulkTitle')}
          placeholder={t('movements.bulkTitle')}
          allowClear
          value={bulk ?? undefined}
          onChange={(v: string | undefined) => setBulk(v ?? null)}
          options={titleOptions}
          style={{ width: 300 }}
          disabled={disabled}
        />
        <Button icon={<CheckOutlined />} disabled={disabled || !selected.length} onClick={apply}>
          {t('movements.applyToSelected', { count: selected.length })}
        </Button>
        <Typography.Text type="secondary">
          {t('movements.peopleWithTitle', { count, total: people.length })}
        </Typography.Text>
      </Space>
      <Table<PersonRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={people}
        pagination={{ pageSize: 100, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <EmptyText loading={loading}>{t('movements.noPeople')}</EmptyText> }}
        rowSelection={
          disabled
            ? undefined
            : {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (p) => ({ 'aria-label': t('movements.selectPerson', { name: p.name }) }),
              }
        }
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'name', title: t('movements.person'), dataIndex: 'name' },
          { key: 'position', title: t('movements.position'), dataIndex: 'position' },
          {
            key: 'title',
            title: t('movements.awardTitle'),
            width: 320,
            render: (_, p) => (
              <Select
                mode="multiple"
                aria-label={t('movements.titleOf', { name: p.name })}
                placeholder={t('movements.noTitle')}
                allowClear
                value={value[p.id] ?? []}
                onChange={(v: string[]) => onChange({ ...value, [p.id]: v })}
                options={titleOptions}
                style={{ width: 300 }}
                disabled={disabled}
              />
            ),
          },
        ]}
      />
    </>
  );
}
