import { Form, Input, Radio, Select } from 'antd';
import { APPLICANT_KINDS, APPLICANT_KIND_LABELS, DOSSIER_CHANNELS, DOSSIER_CHANNEL_LABELS } from '@thidua/domain';
import { useI18n } from '../../i18n/index.tsx';
import { limit } from '../../components/textLimit.ts';

const CHANNELS_EN = { counter: 'At the one-stop counter', online: 'Online', post: 'By public postal service' };
const KINDS_EN = { citizen: 'Citizen', enterprise: 'Organisation or enterprise' };

/** Step 2 of the receipt: who submits (a citizen with a CCCD number, or an enterprise with its tax code) and how. */
export function ReceiveApplicant() {
  const { t, lang } = useI18n();
  const kind = Form.useWatch(['applicant', 'kind']) as string | undefined;
  const enterprise = kind === 'enterprise';
  return (
    <div style={{ maxWidth: 720 }}>
      <Form.Item name={['applicant', 'kind']} label={t('onestop.applicantKind')} rules={[{ required: true }]}>
        <Radio.Group
          options={APPLICANT_KINDS.map((k) => ({
            value: k,
            label: lang === 'en' ? KINDS_EN[k] : APPLICANT_KIND_LABELS[k],
          }))}
        />
      </Form.Item>
      <Form.Item
        name={['applicant', 'name']}
        label={enterprise ? t('onestop.enterpriseName') : t('onestop.citizenName')}
        rules={[{ required: true, whitespace: true, message: t('onestop.applicantNameRequired') }]}
      >
        <Input {...limit(300)} />
      </Form.Item>
      <Form.Item
        name={['applicant', 'idNo']}
        label={enterprise ? t('onestop.taxCode') : t('onestop.citizenId')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: enterprise ? t('onestop.taxCodeRequired') : t('onestop.citizenIdRequired'),
          },
          enterprise
            ? { pattern: /^\d{10}(-\d{3})?$/u, message: t('onestop.taxCodeFormat') }
            : { pattern: /^\d{12}$/u, message: t('onestop.citizenIdFormat') },
        ]}
      >
        <Input {...limit(20)} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item name={['applicant', 'address']} label={t('onestop.address')}>
        <Input {...limit(500)} />
      </Form.Item>
      <Form.Item
        name={['applicant', 'phone']}
        label={t('onestop.phone')}
        rules={[{ pattern: /^[0-9+ .-]{8,15}$/u, message: t('onestop.phoneFormat') }]}
      >
        <Input {...limit(20)} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item
        name={['applicant', 'email']}
        label={t('onestop.email')}
        rules={[{ type: 'email', message: t('onestop.emailFormat') }]}
      >
        <Input {...limit(200)} style={{ maxWidth: 360 }} />
      </Form.Item>
      <Form.Item name="channel" label={t('onestop.channel')} rules={[{ required: true }]}>
        <Select
          style={{ maxWidth: 360 }}
          options={DOSSIER_CHANNELS.map((c) => ({
            value: c,
            label: lang === 'en' ? CHANNELS_EN[c] : DOSSIER_CHANNEL_LABELS[c],
          }))}
        />
      </Form.Item>
    </div>
  );
}
