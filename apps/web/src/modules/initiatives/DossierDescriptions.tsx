import type { ReactNode } from 'react';
import { Descriptions, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { money } from './labels.ts';

/** The application's fields, as the registry and a reviewer's sheet both show them. */
export interface Dossier {
  summary: string;
  problem: string;
  solution: string;
  novelty: string;
  firstAppliedOn: string | null;
  appliedAt: string;
  benefitAmount: number | null;
  socialBenefit: string;
}

const Para = ({ text }: { text: string }) =>
  text ? <span style={{ whiteSpace: 'pre-line' }}>{text}</span> : <Typography.Text type="secondary">—</Typography.Text>;

/** The application form read-only; `first` is a line shown before it (the unit, or the authors). */
export function DossierDescriptions({
  dossier: d,
  first,
}: {
  dossier: Dossier;
  first: { label: string; value: ReactNode };
}) {
  const t = useT();
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={first.label}>{first.value}</Descriptions.Item>
      <Descriptions.Item label={t('initiatives.summary')}>
        <Para text={d.summary} />
      </Descriptions.Item>
      <Descriptions.Item label={t('initiatives.problem')}>
        <Para text={d.problem} />
      </Descriptions.Item>
      <Descriptions.Item label={t('initiatives.solution')}>
        <Para text={d.solution} />
      </Descriptions.Item>
      <Descriptions.Item label={t('initiatives.novelty')}>
        <Para text={d.novelty} />
      </Descriptions.Item>
      <Descriptions.Item label={t('initiatives.firstAppliedOn')}>
        {formatDate(d.firstAppliedOn) || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('initiatives.appliedAt')}>{d.appliedAt || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('initiatives.benefitAmount')}>{money(d.benefitAmount) || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('initiatives.socialBenefit')}>
        <Para text={d.socialBenefit} />
      </Descriptions.Item>
    </Descriptions>
  );
}
