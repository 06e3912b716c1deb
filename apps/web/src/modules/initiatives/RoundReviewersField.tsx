import { Button, Form, Select, Space, Table } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DeleteOutlined, UserAddOutlined } from '../../lib/icons.tsx';
import { useCouncilMembers, useCouncilUsers } from '../council/api.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';

/** One reviewer as the round form holds him: an account, the person he is (optional), the unit he sits for. */
export interface ReviewerRow {
  userId: string | null;
  personId: string | null;
  orgId: string | null;
  fields: string[];
  initiativeIds: string[];
}
interface Option {
  value: string;
  label: string;
}

/**
 * The round's reviewers: council members added in one pick, anyone else as account + person + unit
 * (the pickers of the council's member form); each assigned by fields and/or initiatives, both empty = all.
 */
export function RoundReviewersField({
  open,
  fields,
  initiatives,
  known,
}: {
  open: boolean;
  /** The fields of the chosen initiatives. */
  fields: string[];
  /** The chosen initiatives. */
  initiatives: Option[];
  /** Names of the round's reviewers already saved: userId / personId → name. */
  known: { userId: string; personId: string | null; name: string }[];
}) {
  const t = useT();
  const form = Form.useFormInstance();
  const rows = (Form.useWatch('reviewers', form) ?? []) as (ReviewerRow | undefined)[];
  const members = (useCouncilMembers().data ?? []).filter((m) => m.active);
  const users = useCouncilUsers(open);

  const userOptions: Option[] = (users.data ?? []).map((u) => ({
    value: u.id,
    label: `${u.displayName} (${u.username})`,
  }));
  for (const extra of [...members, ...known])
    if (!userOptions.some((o) => o.value === extra.userId))
      userOptions.push({ value: extra.userId, label: extra.name });
  const knownPeople = [...members, ...known]
    .filter((p): p is typeof p & { personId: string } => !!p.personId)
    .map((p) => ({ value: p.personId, label: p.name }));
  const chosenUsers = rows.map((r) => r?.userId).filter(Boolean) as string[];
  const required = (field: string) => [{ required: true, message: t('common.requiredSelect', { field }) }];

  return (
    <Form.List name="reviewers">
      {(list, { add, remove }) => (
        <>
          <Space wrap style={{ marginBottom: 8 }} align="start">
            <Select
              mode="multiple"
              aria-label={t('reviews.addCouncil')}
              placeholder={t('reviews.addCouncil')}
              style={{ minWidth: 360 }}
              value={members.filter((m) => chosenUsers.includes(m.userId)).map((m) => m.id)}
              options={members.map((m) => ({ value: m.id, label: `${m.name} — ${m.orgName}` }))}
              optionFilterProp="label"
              onSelect={(id: string) => {
                const m = members.find((x) => x.id === id)!;
                add({ userId: m.userId, personId: m.personId, orgId: m.orgId, fields: [], initiativeIds: [] });
              }}
              onDeselect={(id: string) => {
                const m = members.find((x) => x.id === id);
                const k = rows.findIndex((r) => r?.userId === m?.userId);
                if (k >= 0) remove(k);
              }}
            />
            <Button
              icon={<UserAddOutlined />}
              onClick={() => add({ userId: null, personId: null, orgId: null, fields: [], initiativeIds: [] })}
            >
              {t('reviews.addOther')}
            </Button>
          </Space>
          {list.length > 0 && (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={list}
              scroll={{ x: 'max-content' }}
              style={{ marginBottom: 16 }}
              columns={[
                {
                  key: 'user',
                  title: t('council.user'),
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'userId']} rules={required(t('council.user'))} style={{ margin: 0 }}>
                      <Select
                        aria-label={`${t('council.user')} ${row.name + 1}`}
                        options={userOptions}
                        showSearch={{ optionFilterProp: 'label' }}
                        loading={users.isPending && !users.error}
                        style={{ width: 200 }}
                        popupMatchSelectWidth={false}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'person',
                  title: t('council.person'),
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'personId']} style={{ margin: 0 }}>
                      <PersonSelect
                        aria-label={`${t('council.person')} ${row.name + 1}`}
                        known={knownPeople}
                        style={{ width: 180 }}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'org',
                  title: t('council.unit'),
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'orgId']} rules={required(t('council.unit'))} style={{ margin: 0 }}>
                      <OrgTreeSelect aria-label={`${t('council.unit')} ${row.name + 1}`} style={{ width: 200 }} />
                    </Form.Item>
                  ),
                },
                {
                  key: 'fields',
                  title: t('rounds.byField'),
                  render: (_, row) => (
                    <Form.Item name={[row.name, 'fields']} noStyle>
                      <Select
                        mode="multiple"
                        allowClear
                        aria-label={`${t('rounds.byField')} ${row.name + 1}`}
                        options={fields.map((f) => ({ value: f, label: f }))}
                        style={{ width: 180 }}
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
                        aria-label={`${t('rounds.byInitiative')} ${row.name + 1}`}
                        options={initiatives}
                        style={{ width: 220 }}
                        placeholder={t('rounds.allInitiatives')}
                        optionFilterProp="label"
                        popupMatchSelectWidth={false}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'remove',
                  width: 48,
                  render: (_, row) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${t('common.delete')} ${row.name + 1}`}
                      onClick={() => remove(row.name)}
                    />
                  ),
                },
              ]}
            />
          )}
        </>
      )}
    </Form.List>
  );
}
