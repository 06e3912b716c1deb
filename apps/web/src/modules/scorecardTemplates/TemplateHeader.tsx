import { Card, Col, Descriptions, Form, Input, InputNumber, Row } from 'antd';
import { limit } from '../../components/textLimit.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { StatusTag, useKindLabel } from './labels.tsx';
import { extrasSum, treeMax, type EditorNode } from './tree.ts';
import type { HeaderValues } from './useTemplateEditor.ts';
import type { TemplateView } from './types.ts';

/** The template's own fields (name, basis, bonus and penalty caps) and what it adds up to. */
export function TemplateHeader({
  view,
  header,
  nodes,
  readOnly,
  onChange,
}: {
  view: TemplateView;
  header: HeaderValues;
  nodes: EditorNode[];
  readOnly: boolean;
  onChange: (patch: Partial<HeaderValues>) => void;
}) {
  const t = useT();
  const kindLabel = useKindLabel();
  const bonus = extrasSum(nodes, 'bonus');
  const penalty = extrasSum(nodes, 'penalty');
  return (
    <Card style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'kind', label: t('sct.kind'), children: kindLabel(view.kind) },
          { key: 'bloc', label: t('sct.bloc'), children: view.blocName ?? t('common.none') },
          { key: 'year', label: t('sct.year'), children: view.year },
          { key: 'status', label: t('sct.status'), children: <StatusTag status={view.status} /> },
          {
            key: 'max',
            label: t('sct.maxTotal'),
            children: <strong data-testid="sct-max-total">{formatNumber(treeMax(nodes))}</strong>,
          },
          {
            key: 'extras',
            label: t('sct.extras'),
            children: t('sct.extrasText', {
              bonus: formatNumber(bonus),
              bonusCap: formatNumber(header.bonusCap ?? 0),
              penalty: formatNumber(penalty),
              penaltyCap: formatNumber(header.penaltyCap ?? 0),
            }),
          },
          ...(readOnly
            ? [
                {
                  key: 'basis',
                  label: t('sct.basis'),
                  children: header.basis || t('common.none'),
                  span: 'filled' as const,
                },
              ]
            : []),
        ]}
      />
      {!readOnly && (
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item
                label={t('sct.name')}
                htmlFor="sct-template-name"
                {...(header.name.trim() ? {} : { validateStatus: 'error' as const, help: t('sct.nameRequired') })}
              >
                <Input
                  id="sct-template-name"
                  value={header.name}
                  {...limit(300)}
                  onChange={(e) => onChange({ name: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item label={t('sct.basis')} htmlFor="sct-basis" extra={t('sct.basisHint')}>
                <Input
                  id="sct-basis"
                  value={header.basis}
                  {...limit(500)}
                  onChange={(e) => onChange({ basis: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item label={t('sct.bonusCap')} htmlFor="sct-bonus-cap">
                <InputNumber
                  id="sct-bonus-cap"
                  min={0}
                  max={1000}
                  precision={2}
                  decimalSeparator=","
                  style={{ width: '100%' }}
                  value={header.bonusCap}
                  onChange={(v) => onChange({ bonusCap: v })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item label={t('sct.penaltyCap')} htmlFor="sct-penalty-cap">
                <InputNumber
                  id="sct-penalty-cap"
                  min={0}
                  max={1000}
                  precision={2}
                  decimalSeparator=","
                  style={{ width: '100%' }}
                  value={header.penaltyCap}
                  onChange={(v) => onChange({ penaltyCap: v })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      )}
    </Card>
  );
}
