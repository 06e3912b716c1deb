import { Col, Form, Input, Radio, Row, Select } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { EmploymentType, Gender, PersonStatus } from '@thidua/domain';
import type { Person } from '../../api/types.ts';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { maxRule } from '../../components/textLimit.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import type { PersonInput } from './api.ts';
import { limit } from '../../components/textLimit.ts';

export interface PersonValues {
  familyName: string;
  middleName?: string;
  givenName: string;
  gender?: Gender;
  dateOfBirth?: Dayjs | null;
  position?: string;
  orgId?: string | null;
  employmentType?: EmploymentType;
  startDate?: Dayjs | null;
  status: PersonStatus;
  citizenId?: string;
}

export function personToValues(person: Person): PersonValues {
  return {
    familyName: person.familyName,
    middleName: person.middleName,
    givenName: person.givenName,
    gender: person.gender,
    dateOfBirth: isoToDayjs(person.dateOfBirth),
    position: person.position,
    orgId: person.orgId,
    employmentType: person.employmentType,
    startDate: isoToDayjs(person.startDate),
    status: person.status,
    citizenId: person.citizenId ?? '',
  };
}

export function valuesToInput(values: PersonValues): PersonInput {
  return {
    familyName: values.familyName.trim(),
    middleName: (values.middleName ?? '').trim(),
    givenName: values.givenName.trim(),
    gender: values.gender!,
    dateOfBirth: dayjsToIso(values.dateOfBirth),
    position: (values.position ?? '').trim(),
    orgId: values.orgId!,
    employmentType: values.employmentType!,
    startDate: dayjsToIso(values.startDate),
    status: values.status,
    citizenId: values.citizenId?.trim() || null,
  };
}

export interface PersonFormProps {
  form: FormInstance<PersonValues>;
  disabled?: boolean;
  initialValues?: Partial<PersonValues>;
  onFinish: (values: PersonValues) => void;
  /** The user changed a field (the unsaved-changes guard). */
  onValuesChange?: () => void;
}

export function PersonForm({ form, disabled, initialValues, onFinish, onValuesChange }: PersonFormProps) {
  const t = useT();
  const labels = useLabels();
  const need = (key: MessageKey) => [
    { required: true, message: t('common.required', { field: t(key).toLowerCase() }) },
  ];
  const pick = (key: MessageKey) => [
    { required: true, message: t('common.requiredSelect', { field: t(key).toLowerCase() }) },
  ];
  const col = { xs: 24, sm: 12, lg: 8 };
  const date = <DateField style={{ width: '100%' }} />;

  return (
    <Form<PersonValues>
      name="person"
      form={form}
      layout="vertical"
      disabled={disabled}
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      scrollToFirstError
    >
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item
            label={t('people.familyName')}
            name="familyName"
            rules={[...need('people.familyName'), maxRule(50, t)]}
          >
            <Input {...limit(50)} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('people.middleName')} name="middleName" rules={[maxRule(100, t)]}>
            <Input {...limit(100)} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            label={t('people.givenName')}
            name="givenName"
            rules={[...need('people.givenName'), maxRule(50, t)]}
          >
            <Input {...limit(50)} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('people.gender')} name="gender" rules={pick('people.gender')}>
            <Radio.Group options={labels.genderOptions} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('people.dateOfBirth')} name="dateOfBirth" rules={[dateRule]}>
            {date}
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('people.position')} name="position" rules={[maxRule(200, t)]}>
            <Input {...limit(200)} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={16}>
          <Form.Item label={t('people.org')} name="orgId" rules={pick('people.org')}>
            <OrgTreeSelect />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('people.employmentType')} name="employmentType" rules={pick('people.employmentType')}>
            <Select options={labels.employmentTypeOptions} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('people.startDate')} name="startDate" rules={[dateRule]}>
            {date}
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('people.status')} name="status" rules={pick('people.status')}>
            <Select options={labels.personStatusOptions} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            label={t('people.citizenId')}
            name="citizenId"
            extra={t('people.citizenIdHint')}
            rules={[{ pattern: /^\d{12}$/u, message: 'Số CCCD phải gồm đúng 12 chữ số' }]}
          >
            <Input inputMode="numeric" {...limit(12)} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
