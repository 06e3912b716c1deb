import { Descriptions, Table, Tag, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatMoney, formatNumber } from '../../lib/format.ts';
import { STATUS_COLORS, useProcedureLabels } from './labels.ts';
import { TemplateCell } from './TemplateCell.tsx';
import type { Fee, InterAgencyLeg, InternalStep, ProcedureVersion, RequiredDocument } from './types.ts';

/** "Số 12/QĐ-SCT ngày 05/01/2026, Nguyễn Văn A ký" (or a dash when the version is not published yet). */
export function useDecisionText() {
  const t = useT();
  return (v: ProcedureVersion) =>
    v.decision.no
      ? t('procedures.decisionText', {
          no: v.decision.no,
          date: formatDate(v.decision.date),
          signer: v.decision.signer || t('common.none'),
        })
      : t('common.none');
}

/** One version of a procedure as the catalog publishes it: decision, basis, time, fees, documents, steps, legs, result. */
export function VersionDetails({
  version: v,
  procedureId,
  editTemplates = false,
}: {
  version: ProcedureVersion;
  /** With the procedure's id the documents offer their form templates; `editTemplates` on a draft. */
  procedureId?: string;
  editTemplates?: boolean;
}) {
  const t = useT();
  const labels = useProcedureLabels();
  const decision = useDecisionText();
  const stepsTotal = v.steps.reduce((sum, s) => sum + (s.timeUnit === v.time.unit ? s.amount : 0), 0);
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        bordered
        items={[
          {
            key: 'status',
            label: t('procedures.versionStatus'),
            children: (
              <>
                {t('procedures.versionSeq', { seq: v.seq })}{' '}
                <Tag color={STATUS_COLORS[v.status]}>{labels.versionStatus(v.status)}</Tag>
              </>
            ),
          },
          { key: 'decision', label: t('procedures.decision'), children: decision(v) },
          {
            key: 'effective',
            label: t('procedures.effective'),
            children: v.effectiveFrom
              ? `${formatDate(v.effectiveFrom)}${v.effectiveTo ? ` – ${formatDate(v.effectiveTo)}` : ''}`
              : t('common.none'),
          },
          {
            key: 'time',
            label: t('procedures.time'),
            children: v.noAppointment ? t('procedures.noAppointment') : labels.time(v.time.amount, v.time.unit),
          },
          {
            key: 'legal',
            label: t('procedures.legalBasis'),
            span: 'filled',
            children: <Multiline text={v.legalBasis} />,
          },
          { key: 'result', label: t('procedures.result'), children: v.result || t('common.none') },
          { key: 'validity', label: t('procedures.resultValidity'), children: v.resultValidity || t('common.none') },
          {
            key: 'cost',
            label: t('procedures.complianceCost'),
            children: formatMoney(v.complianceCost),
          },
          {
            key: 'perYear',
            label: t('procedures.dossiersPerYear'),
            children: formatNumber(v.yearlyDossiers),
          },
          ...(v.changeNote
            ? [
                {
                  key: 'note',
                  label: t('procedures.changeNote'),
                  span: 'filled' as const,
                  children: <Multiline text={v.changeNote} />,
                },
              ]
            : []),
        ]}
      />
      <Section title={t('procedures.fees')}>
        <FeesTable fees={v.fees} total={v.feeTotal} />
      </Section>
      <Section title={t('procedures.documents')}>
        <Table<RequiredDocument>
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={v.documents}
          locale={{ emptyText: t('procedures.noDocuments') }}
          columns={[
            { key: 'no', title: t('procedures.no'), width: 56, render: (_, __, i) => i + 1 },
            { key: 'name', title: t('procedures.documentName'), dataIndex: 'name' },
            { key: 'kind', title: t('procedures.documentKind'), render: (_, d) => labels.documentKind(d.kind) },
            { key: 'count', title: t('procedures.documentCount'), dataIndex: 'count', align: 'right', width: 90 },
            {
              key: 'required',
              title: t('procedures.documentRequired'),
              width: 110,
              render: (_, d) => (d.required ? t('common.yes') : t('procedures.optional')),
            },
            ...(procedureId
              ? [
                  {
                    key: 'template',
                    title: t('procedures.template'),
                    render: (_: unknown, d: RequiredDocument, i: number) => (
                      <TemplateCell
                        procedureId={procedureId}
                        seq={i + 1}
                        document={d}
                        editable={editTemplates && v.status === 'draft'}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Section>
      <Section
        title={t('procedures.steps')}
        extra={
          v.steps.length > 0 ? (
            <Typography.Text type="secondary">
              {t('procedures.stepsTotal', {
                total: labels.time(stepsTotal, v.time.unit),
                limit: labels.time(v.time.amount, v.time.unit),
              })}
            </Typography.Text>
          ) : null
        }
      >
        <Table<InternalStep>
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={v.steps}
          locale={{ emptyText: t('procedures.noSteps') }}
          columns={[
            { key: 'no', title: t('procedures.no'), width: 56, render: (_, __, i) => i + 1 },
            { key: 'name', title: t('procedures.stepName'), dataIndex: 'name' },
            { key: 'unit', title: t('procedures.stepUnit'), dataIndex: 'unit' },
            { key: 'amount', title: t('procedures.stepTime'), render: (_, s) => labels.time(s.amount, s.timeUnit) },
          ]}
        />
      </Section>
      {v.legs.length > 0 && (
        <Section title={t('procedures.legs')}>
          <Table<InterAgencyLeg>
            size="small"
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={v.legs}
            columns={[
              { key: 'agency', title: t('procedures.legAgency'), dataIndex: 'agency' },
              { key: 'name', title: t('procedures.legName'), dataIndex: 'name' },
              { key: 'amount', title: t('procedures.stepTime'), render: (_, l) => labels.time(l.amount, l.timeUnit) },
            ]}
          />
        </Section>
      )}
    </>
  );
}

export function FeesTable({ fees, total }: { fees: Fee[]; total: number }) {
  const t = useT();
  return (
    <Table<Fee>
      size="small"
      pagination={false}
      rowKey={(_, i) => String(i)}
      dataSource={fees}
      locale={{ emptyText: t('procedures.noFee') }}
      columns={[
        { key: 'name', title: t('procedures.feeName'), dataIndex: 'name' },
        { key: 'amount', title: t('procedures.feeAmount'), align: 'right', render: (_, f) => formatMoney(f.amount) },
        { key: 'note', title: t('procedures.feeNote'), dataIndex: 'note' },
      ]}
      summary={() =>
        fees.length > 1 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('procedures.feeTotal')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong>{formatMoney(total)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}

function Section({ title, extra, children }: { title: string; extra?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section style={{ marginTop: 20 }}>
      <div
        style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 8, flexWrap: 'wrap' }}
      >
        <Typography.Title level={5} style={{ margin: '0 0 8px' }}>
          {title}
        </Typography.Title>
        {extra}
      </div>
      {children}
    </section>
  );
}

function Multiline({ text }: { text: string | null }) {
  const t = useT();
  return text ? <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> : <>{t('common.none')}</>;
}
