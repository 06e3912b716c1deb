import { useMemo, useState } from 'react';
import { Form, Input, Modal, Table } from 'antd';
import { searchKey } from '@thidua/domain';
import { useT } from '../../i18n/index.tsx';
import { AwardSelect } from '../../components/AwardSelect.tsx';
import { usePeople } from '../people/api.ts';
import type { PersonOption } from '../../components/PersonSelect.tsx';

export interface BulkAddModalProps {
  open: boolean;
  orgId: string | null;
  onClose: () => void;
  onAdd: (people: PersonOption[], awardCode: string) => void;
}

/** Several people of the unit at once, for one award. */
export function BulkAddModal({ open, orgId, onClose, onAdd }: BulkAddModalProps) {
  const t = useT();
  const [selected, setSelected] = useState<string[]>([]);
  const [award, setAward] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const people = usePeople({
    orgId: orgId ?? undefined,
    subtree: true,
    status: 'working',
    sort: 'name',
    page: 1,
    pageSize: 500,
  });
  const rows = useMemo(() => {
    const key = searchKey(q);
    return (people.data?.items ?? []).filter((p) => !key || searchKey(p.fullName).includes(key));
  }, [people.data, q]);

  const ok = () => {
    if (!award || !selected.length) return;
    const byId = new Map((people.data?.items ?? []).map((p) => [p.id, p]));
    onAdd(
      selected.flatMap((id) => {
        const p = byId.get(id);
        return p ? [{ value: p.id, label: `${p.fullName} — ${p.orgName}` }] : [];
      }),
      award,
    );
    setSelected([]);
  };

  return (
    <Modal
      open={open && Boolean(orgId)}
      title={t('proposals.bulkAdd')}
      okText={t('proposals.bulkAddOk', { count: selected.length })}
      okButtonProps={{ disabled: !award || !selected.length }}
      cancelText={t('common.cancel')}
      onOk={ok}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('proposals.award')} htmlFor="bulk-award" required>
          <AwardSelect id="bulk-award" subject="individual" value={award ?? undefined} onChange={setAward} />
        </Form.Item>
        <Form.Item label={t('proposals.bulkSearch')} htmlFor="bulk-search">
          <Input id="bulk-search" allowClear value={q} onChange={(e) => setQ(e.target.value)} />
        </Form.Item>
      </Form>
      <Table
        rowKey="id"
        size="small"
        loading={people.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (p) => ({ 'aria-label': t('proposals.selectPerson', { name: p.fullName }) }),
        }}
        columns={[
          { key: 'name', title: t('proposals.person'), dataIndex: 'fullName' },
          { key: 'position', title: t('proposals.position'), dataIndex: 'position' },
          { key: 'org', title: t('proposals.org'), dataIndex: 'orgName' },
        ]}
      />
    </Modal>
  );
}
