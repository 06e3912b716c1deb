import { useT } from '../../i18n/index.tsx';
import { EditableTable } from './EditableTable.tsx';
import { useProcedureLabels } from './labels.ts';

/** The draft's lists: required documents, fees, internal steps with their budgets, inter-agency legs. */
export function DraftLists() {
  const t = useT();
  const labels = useProcedureLabels();
  return (
    <>
      <EditableTable
        name="documents"
        title={t('procedures.documents')}
        addLabel={t('procedures.addDocument')}
        emptyText={t('procedures.noDocuments')}
        newRow={() => ({ name: '', kind: 'original', count: 1, required: true })}
        columns={[
          {
            key: 'name',
            title: t('procedures.documentName'),
            kind: 'text',
            width: 420,
            required: t('procedures.documentNameRequired'),
          },
          {
            key: 'kind',
            title: t('procedures.documentKind'),
            kind: 'select',
            width: 200,
            options: labels.documentKindOptions,
          },
          { key: 'count', title: t('procedures.documentCount'), kind: 'number', width: 90 },
          { key: 'required', title: t('procedures.documentRequired'), kind: 'check', width: 90 },
        ]}
      />
      <EditableTable
        name="fees"
        title={t('procedures.fees')}
        addLabel={t('procedures.addFee')}
        emptyText={t('procedures.noFee')}
        newRow={() => ({ name: '', amount: 0, note: '' })}
        columns={[
          {
            key: 'name',
            title: t('procedures.feeName'),
            kind: 'text',
            width: 360,
            required: t('procedures.feeNameRequired'),
          },
          { key: 'amount', title: t('procedures.feeAmountVnd'), kind: 'money', width: 160 },
          { key: 'note', title: t('procedures.feeNote'), kind: 'text', width: 300 },
        ]}
      />
      <EditableTable
        name="steps"
        title={t('procedures.steps')}
        addLabel={t('procedures.addStep')}
        emptyText={t('procedures.noSteps')}
        newRow={() => ({ name: '', unit: '', amount: 1, timeUnit: 'working_days' })}
        columns={[
          {
            key: 'name',
            title: t('procedures.stepName'),
            kind: 'text',
            width: 340,
            required: t('procedures.stepNameRequired'),
          },
          {
            key: 'unit',
            title: t('procedures.stepUnit'),
            kind: 'text',
            width: 240,
            required: t('procedures.stepUnitRequired'),
          },
          { key: 'amount', title: t('procedures.stepAmount'), kind: 'number', width: 100 },
          { key: 'timeUnit', title: t('procedures.timeUnit'), kind: 'select', width: 170, options: labels.unitOptions },
        ]}
      />
      <EditableTable
        name="legs"
        title={t('procedures.legs')}
        addLabel={t('procedures.addLeg')}
        emptyText={t('procedures.noLegs')}
        newRow={() => ({ agency: '', name: '', amount: 1, timeUnit: 'working_days' })}
        columns={[
          {
            key: 'agency',
            title: t('procedures.legAgency'),
            kind: 'text',
            width: 280,
            required: t('procedures.legAgencyRequired'),
          },
          {
            key: 'name',
            title: t('procedures.legName'),
            kind: 'text',
            width: 300,
            required: t('procedures.legNameRequired'),
          },
          { key: 'amount', title: t('procedures.stepAmount'), kind: 'number', width: 100 },
          { key: 'timeUnit', title: t('procedures.timeUnit'), kind: 'select', width: 170, options: labels.unitOptions },
        ]}
      />
    </>
  );
}
