import { Button, Form, InputNumber, Select, Space, Typography } from 'antd';
import type { ScoringRule } from '@thidua/domain';
import { useT } from '../../i18n/index.tsx';
import { DeleteOutlined, PlusOutlined } from '../../lib/icons.tsx';

type RuleName = ScoringRule['rule'];

/** A rule of the kind chosen, with a starting value the clerk then adjusts. */
function starter(rule: RuleName, unit: string): ScoringRule {
  switch (rule) {
    case 'ratio':
      return { rule, target: unit === '%' ? 100 : 1 };
    case 'per_unit':
      return { rule, pointsEach: 1 };
    case 'at_most':
      return { rule, limit: 0 };
    case 'bands':
      return { rule, bands: [{ min: 0, points: 0 }] };
  }
}

const num = (v: number | null) => v ?? 0;

/**
 * How a computed criterion turns its figure into points (domain `ScoringRule`): a ratio of a target, points per
 * unit counted, full points at most a limit, or bands. The figure's unit is shown beside each number.
 */
export function RuleEditor({
  value,
  unit,
  maxPoints,
  readOnly,
  onChange,
}: {
  value: ScoringRule | null;
  unit: string;
  maxPoints: number;
  readOnly: boolean;
  onChange: (rule: ScoringRule | null) => void;
}) {
  const t = useT();
  const rules: RuleName[] = ['ratio', 'per_unit', 'at_most', 'bands'];
  const suffix = unit ? ` (${unit})` : '';
  return (
    <>
      <Form.Item
        label={t('sct.rule')}
        htmlFor="sct-rule"
        validateStatus={value ? undefined : 'error'}
        help={value ? t(`sct.ruleHelp.${value.rule}`, { max: maxPoints }) : t('sct.ruleRequired')}
      >
        <Select<RuleName>
          id="sct-rule"
          disabled={readOnly}
          value={value?.rule}
          placeholder={t('sct.rulePick')}
          onChange={(r) => onChange(starter(r, unit))}
          options={rules.map((r) => ({ value: r, label: t(`sct.ruleName.${r}`) }))}
        />
      </Form.Item>
      {value?.rule === 'ratio' && (
        <Form.Item label={t('sct.ruleTarget') + suffix} htmlFor="sct-rule-target">
          <InputNumber
            id="sct-rule-target"
            disabled={readOnly}
            min={0}
            decimalSeparator=","
            value={value.target}
            onChange={(v) => onChange({ rule: 'ratio', target: num(v) })}
          />
        </Form.Item>
      )}
      {value?.rule === 'per_unit' && (
        <Form.Item label={t('sct.rulePointsEach')} htmlFor="sct-rule-each">
          <InputNumber
            id="sct-rule-each"
            disabled={readOnly}
            min={0}
            decimalSeparator=","
            value={value.pointsEach}
            onChange={(v) => onChange({ rule: 'per_unit', pointsEach: num(v) })}
          />
        </Form.Item>
      )}
      {value?.rule === 'at_most' && (
        <Form.Item label={t('sct.ruleLimit') + suffix} htmlFor="sct-rule-limit">
          <InputNumber
            id="sct-rule-limit"
            disabled={readOnly}
            min={0}
            decimalSeparator=","
            value={value.limit}
            onChange={(v) => onChange({ rule: 'at_most', limit: num(v) })}
          />
        </Form.Item>
      )}
      {value?.rule === 'bands' && (
        <Form.Item label={t('sct.ruleBands')}>
          <Space direction="vertical" size={4}>
            {value.bands.map((band, i) => {
              const set = (patch: Partial<typeof band>) =>
                onChange({ rule: 'bands', bands: value.bands.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
              return (
                <Space key={i} wrap>
                  <Typography.Text>{t('sct.bandFrom')}</Typography.Text>
                  <InputNumber
                    aria-label={t('sct.bandMinOf', { n: i + 1 })}
                    disabled={readOnly}
                    decimalSeparator=","
                    value={band.min}
                    onChange={(v) => set({ min: num(v) })}
                  />
                  <Typography.Text>{unit}</Typography.Text>
                  <Typography.Text>{t('sct.bandPoints')}</Typography.Text>
                  <InputNumber
                    aria-label={t('sct.bandPointsOf', { n: i + 1 })}
                    disabled={readOnly}
                    min={0}
                    max={maxPoints || undefined}
                    decimalSeparator=","
                    value={band.points}
                    onChange={(v) => set({ points: num(v) })}
                  />
                  {!readOnly && value.bands.length > 1 && (
                    <Button
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('sct.bandRemove', { n: i + 1 })}
                      onClick={() => onChange({ rule: 'bands', bands: value.bands.filter((_, j) => j !== i) })}
                    />
                  )}
                </Space>
              );
            })}
            {!readOnly && value.bands.length < 20 && (
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => {
                  const last = value.bands.at(-1);
                  onChange({ rule: 'bands', bands: [...value.bands, { min: (last?.min ?? 0) + 1, points: 0 }] });
                }}
              >
                {t('sct.bandAdd')}
              </Button>
            )}
          </Space>
        </Form.Item>
      )}
    </>
  );
}
