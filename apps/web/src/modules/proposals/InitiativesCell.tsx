import { Form, Select, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useInitiatives } from '../initiatives/api.ts';
import type { ItemValues } from './ItemsEditor.tsx';

/**
 * The recognised initiatives of the item's person, as evidence (CSTĐCS and the like). One already
 * founding an award, or resting a live dossier, is shown but cannot be picked: the one-use rule.
 */
export function InitiativesCell({ form, name }: { form: FormInstance; name: number }) {
  const t = useT();
  const kind = Form.useWatch(['items', name, 'subjectKind'], form) as ItemValues['subjectKind'] | undefined;
  const personId = Form.useWatch(['items', name, 'subjectId'], form) as string | null | undefined;
  const chosen = (Form.useWatch(['items', name, 'initiativeIds'], form) as string[] | undefined) ?? [];
  const enabled = kind === 'individual' && !!personId;
  const { data, isFetching } = useInitiatives({ personId, status: 'recognised' }, enabled);
  if (!enabled) return <Typography.Text type="secondary">—</Typography.Text>;
  const options = (data ?? []).map((i) => {
    const taken = !chosen.includes(i.id) && (i.usedBy || i.pendingProposal);
    const why = i.usedBy
      ? t('proposals.initiativeUsed', { award: i.usedBy.awardName, year: i.usedBy.year })
      : i.pendingProposal
        ? t('proposals.initiativePending', { title: i.pendingProposal.title })
        : '';
    return { value: i.id, label: taken ? `${i.title} (${why})` : i.title, disabled: !!taken };
  });
  return (
    <Form.Item name={[name, 'initiativeIds']} style={{ marginBottom: 0 }}>
      <Select
        mode="multiple"
        allowClear
        loading={isFetching}
        aria-label={t('proposals.initiativesOf', { row: name + 1 })}
        placeholder={options.length ? t('proposals.pickInitiatives') : t('proposals.noInitiatives')}
        options={options}
        optionFilterProp="label"
        style={{ width: 260 }}
      />
    </Form.Item>
  );
}
