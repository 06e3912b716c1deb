import { useState } from 'react';
import { Form, Modal, Radio, Select } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { AwardSelect } from '../../components/AwardSelect.tsx';
import { useOrgForest } from '../org/api.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PersonSelect, type PersonOption } from '../../components/PersonSelect.tsx';
import { yearOptions } from '../../lib/years.ts';
import type { EligibilitySubject } from './EligibilityPanel.tsx';
import { QuestionCircleOutlined } from '../../lib/icons.tsx';

export interface WhyNotModalProps {
  open: boolean;
  defaultYear: number;
  onClose: () => void;
  onPick: (subject: EligibilitySubject, awardCode: string, year: number) => void;
}

/** "Vì sao không?": any person or unit, any award — then the panel explains the verdict. */
export function WhyNotModal({ open, defaultYear, onClose, onPick }: WhyNotModalProps) {
  const t = useT();
  const { forest } = useOrgForest();
  const [kind, setKind] = useState<'individual' | 'collective'>('individual');
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [award, setAward] = useState<string>();
  const [year, setYear] = useState(defaultYear);

  const subject: EligibilitySubject | null =
    kind === 'individual'
      ? person && { id: person.value, name: person.label.split(' — ')[0]!, kind }
      : orgId
        ? { id: orgId, name: forest?.byId.get(orgId)?.org.name ?? '', kind }
        : null;
  return (
    <Modal
      open={open}
      title={t('candidates.whyNot')}
      okText={t('candidates.explain')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !subject || !award }}
      onOk={() => subject && award && onPick(subject, award, year)}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item label={t('candidates.subjectKind')}>
          <Radio.Group
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as 'individual' | 'collective');
              setAward(undefined);
            }}
            options={[
              { value: 'individual', label: t('candidates.individual') },
              { value: 'collective', label: t('candidates.collective') },
            ]}
          />
        </Form.Item>
        <Form.Item label={kind === 'individual' ? t('candidates.person') : t('people.org')}>
          {kind === 'individual' ? (
            <PersonSelect
              aria-label={t('candidates.person')}
              value={person?.value ?? null}
              onChange={(_, option) => setPerson(option ?? null)}
              style={{ width: '100%' }}
            />
          ) : (
            <OrgTreeSelect aria-label={t('people.org')} value={orgId} onChange={setOrgId} style={{ width: '100%' }} />
          )}
        </Form.Item>
        <Form.Item label={t('eligibility.award')}>
          <AwardSelect
            aria-label={t('eligibility.award')}
            subject={kind}
            value={award}
            onChange={setAward}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          label={t('eligibility.year')}
          tooltip={{ title: t('eligibility.yearHint'), icon: <QuestionCircleOutlined /> }}
        >
          <Select
            aria-label={t('eligibility.year')}
            value={year}
            onChange={setYear}
            options={yearOptions()}
            style={{ width: 120 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
