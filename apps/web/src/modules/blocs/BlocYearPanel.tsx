import { useEffect } from 'react';
import { App, Button, Card, Col, ConfigProvider, Form, Input, Radio, Row, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import type { BlocRole } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import type { BlocYearView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '../../lib/icons.tsx';
import { AttachmentsPanel } from '../../components/AttachmentsPanel.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { useMovementLabels } from '../movements/labels.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { uploadBlocAttachment, useSaveBlocYear } from './api.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Member {
  source: 'unit' | 'agency';
  orgId: string | null;
  name: string;
  role: BlocRole;
}
interface Values {
  members: Member[];
  covenantSignedOn: Dayjs | null;
  covenantNumber: string;
  covenantContent: string;
}

export interface BlocYearPanelProps {
  blocId: string;
  year: number;
  /** The saved year, or undefined for a year being added (prefilled from `template`). */
  view?: BlocYearView;
  template?: BlocYearView;
  canEdit: boolean;
  onChanged: () => void;
}

function toValues(view: BlocYearView | undefined, template: BlocYearView | undefined): Values {
  const members = (view ?? template)?.members ?? [];
  return {
    members: members.map((m) => ({ source: m.orgId ? 'unit' : 'agency', orgId: m.orgId, name: m.name, role: m.role })),
    covenantSignedOn: isoToDayjs(view?.covenantSignedOn),
    covenantNumber: view?.covenantNumber ?? '',
    covenantContent: view?.covenantContent ?? '',
  };
}

/** One year of a bloc: its members and roles, the covenant signed, the documents. */
export function BlocYearPanel({ blocId, year, view, template, canEdit, onChanged }: BlocYearPanelProps) {
  const t = useT();
  const labels = useMovementLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form });
  const save = useSaveBlocYear(blocId);

  useEffect(() => {
    form.setFieldsValue(toValues(view, template));
  }, [view, template, form]);

  const onFinish = async (v: Values) => {
    try {
      await save.mutateAsync({
        year,
        input: {
          members: (v.members ?? []).map((m) => ({
            orgId: m.source === 'unit' ? m.orgId : null,
            name: m.source === 'unit' ? '' : (m.name ?? '').trim(),
            role: m.role,
          })),
          covenantSignedOn: dayjsToIso(v.covenantSignedOn),
          covenantNumber: v.covenantNumber ?? '',
          covenantContent: v.covenantContent ?? '',
          version: view?.version ?? null,
        },
      });
      guard.saved();
      void message.success(t('blocs.yearSaved', { year }));
      onChanged();
    } catch (e) {
      handle(e, { form, onReload: onChanged });
    }
  };

  return (
    <Form<Values>
      name={`bloc-year-${year}`}
      form={form}
      onValuesChange={guard.onValuesChange}
      layout="vertical"
      disabled={!canEdit}
      initialValues={toValues(view, template)}
      onFinish={(v) => void onFinish(v)}
    >
      <Card
        size="small"
        title={t('blocs.members')}
        style={{ marginBottom: 16 }}
        extra={
          view && (
            // A reader's form is disabled; the download is not an edit and stays open to him.
            <ConfigProvider componentDisabled={false}>
              <ExportButton
                path={`/blocs/${encodeURIComponent(blocId)}/years/${year}/export.xlsx`}
                filename={`thanh-vien-khoi-${year}.xlsx`}
              />
            </ConfigProvider>
          )
        }
      >
        <Form.List name="members">
          {(fields, { add, remove }, { errors }) => (
            <>
              <Table
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={fields}
                locale={{ emptyText: t('blocs.noMembers') }}
                columns={[
                  {
                    key: 'source',
                    title: t('blocs.memberSource'),
                    width: 230,
                    render: (_, field, index) => (
                      <Form.Item name={[field.name, 'source']} style={{ marginBottom: 0 }}>
                        <Radio.Group
                          aria-label={t('blocs.memberSourceN', { n: index + 1 })}
                          options={[
                            { value: 'unit', label: t('blocs.ourUnit') },
                            { value: 'agency', label: t('blocs.otherAgency') },
                          ]}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'member',
                    title: t('blocs.member'),
                    render: (_, field, index) => (
                      <Form.Item noStyle shouldUpdate>
                        {() =>
                          form.getFieldValue(['members', field.name, 'source']) === 'unit' ? (
                            <Form.Item
                              name={[field.name, 'orgId']}
                              style={{ marginBottom: 0 }}
                              rules={[{ required: true, message: t('blocs.memberRequired') }]}
                            >
                              <OrgTreeSelect aria-label={t('blocs.memberN', { n: index + 1 })} style={{ width: 360 }} />
                            </Form.Item>
                          ) : (
                            <Form.Item
                              name={[field.name, 'name']}
                              style={{ marginBottom: 0 }}
                              rules={[{ required: true, whitespace: true, message: t('blocs.memberRequired') }]}
                            >
                              <Input
                                aria-label={t('blocs.memberN', { n: index + 1 })}
                                {...limit(300)}
                                style={{ width: 360 }}
                              />
                            </Form.Item>
                          )
                        }
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'role',
                    title: t('blocs.role'),
                    width: 170,
                    render: (_, field, index) => (
                      <Form.Item name={[field.name, 'role']} style={{ marginBottom: 0 }}>
                        <Select aria-label={t('blocs.roleN', { n: index + 1 })} options={labels.blocRoleOptions} />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'remove',
                    width: 48,
                    render: (_, field, index) => (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('blocs.removeMemberN', { n: index + 1 })}
                        onClick={() => remove(field.name)}
                      />
                    ),
                  },
                ]}
              />
              <Button
                icon={<PlusOutlined />}
                style={{ marginTop: 8 }}
                onClick={() => add({ source: 'unit', orgId: null, name: '', role: 'member' } satisfies Member)}
              >
                {t('blocs.addMember')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title={t('blocs.covenant')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item rules={[dateRule]} name="covenantSignedOn" label={t('blocs.covenantSignedOn')}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="covenantNumber" label={t('blocs.covenantNumber')}>
              <Input {...limit(60)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="covenantContent" label={t('blocs.covenantContent')}>
          <Input.TextArea {...limit(8000)} autoSize={{ minRows: 3, maxRows: 12 }} />
        </Form.Item>
      </Card>
      {view && (
        <Card size="small" title={t('attachments.title')} style={{ marginBottom: 16 }}>
          <AttachmentsPanel
            attachments={view.attachments}
            upload={canEdit ? (file, onProgress) => uploadBlocAttachment(blocId, year, file, onProgress) : undefined}
            canDelete={canEdit}
            onChanged={onChanged}
          />
        </Card>
      )}
      {canEdit && (
        <Space>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
            {t('blocs.saveYear', { year })}
          </Button>
        </Space>
      )}
    </Form>
  );
}
