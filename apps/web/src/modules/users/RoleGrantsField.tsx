import { Button, Col, Form, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';

/** Role grants as rows of (role, organisation); each covers the organisation's subtree. */
export function RoleGrantsField() {
  const t = useT();
  const labels = useLabels();
  return (
    <Form.List name="roles">
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('users.roles')}</legend>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top" wrap={false}>
              <Col flex="1 1 45%">
                <Form.Item
                  name={[field.name, 'role']}
                  rules={[
                    { required: true, message: t('common.requiredSelect', { field: t('users.role').toLowerCase() }) },
                  ]}
                >
                  <Select
                    options={labels.roleOptions}
                    placeholder={t('users.role')}
                    aria-label={`${t('users.role')} ${index + 1}`}
                  />
                </Form.Item>
              </Col>
              <Col flex="1 1 55%">
                <Form.Item
                  name={[field.name, 'orgId']}
                  rules={[
                    {
                      required: true,
                      message: t('common.requiredSelect', { field: t('users.roleOrg').toLowerCase() }),
                    },
                  ]}
                >
                  <OrgTreeSelect
                    placeholder={t('users.roleOrg')}
                    aria-label={`${t('users.roleOrg')} ${index + 1}`}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col flex="none">
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('users.removeRole')}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'viewer' })} block>
            {t('users.addRole')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
