import type { KeyboardEvent } from 'react';
import { Alert, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { ScorecardItemKind } from '@thidua/domain';
import { limit } from '../../components/textLimit.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useItemKindLabel } from './labels.tsx';
import { RuleEditor } from './RuleEditor.tsx';
import { childSum, type EditorNode } from './tree.ts';
import type { ScorecardSource } from './types.ts';

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex="0"]';

/**
 * Enter moves to the next box as Tab does (a clerk typing a row of criteria keeps both hands on the keys);
 * a multi-line box keeps its Enter for new lines and an open list keeps it for choosing.
 */
function enterMovesOn(e: KeyboardEvent<HTMLDivElement>) {
  const target = e.target as HTMLElement;
  if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || target.tagName !== 'INPUT') return;
  if (target.getAttribute('role') === 'combobox') return;
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  const next = all[all.indexOf(target) + 1];
  if (!next) return;
  e.preventDefault();
  next.focus();
}

/** The selected item's details: code, kind, name, maximum, guidance, evidence and how it is scored. */
export function ItemPanel({
  node,
  depth,
  readOnly,
  sources,
  onChange,
}: {
  node: EditorNode;
  depth: number;
  readOnly: boolean;
  sources: ScorecardSource[];
  onChange: (patch: Partial<EditorNode>) => void;
}) {
  const t = useT();
  const kindLabel = useItemKindLabel();
  const leaf = node.children.length === 0;
  const kinds: ScorecardItemKind[] = depth === 0 ? (leaf ? ['field', 'bonus', 'penalty'] : ['field']) : [node.kind];
  const source = sources.find((s) => s.key === node.source) ?? null;
  const sum = childSum(node);
  const max = node.maxPoints ?? 0;
  const required = (ok: boolean) => (ok ? {} : { validateStatus: 'error' as const, help: t('sct.required') });

  return (
    <div onKeyDown={enterMovesOn} role="group" aria-label={t('sct.itemPanel')}>
      <Form layout="vertical" component="div" disabled={readOnly}>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item label={t('sct.code')} htmlFor="sct-code" style={{ width: 140 }} {...required(!!node.code.trim())}>
            <Input
              id="sct-code"
              value={node.code}
              {...limit(20)}
              onChange={(e) => onChange({ code: e.target.value })}
            />
          </Form.Item>
          <Form.Item label={t('sct.itemKind')} htmlFor="sct-kind" style={{ flex: 1 }}>
            <Select<ScorecardItemKind>
              id="sct-kind"
              value={node.kind}
              disabled={readOnly || kinds.length < 2}
              options={kinds.map((k) => ({ value: k, label: kindLabel(k) }))}
              onChange={(kind) => onChange({ kind })}
            />
          </Form.Item>
          <Form.Item
            label={t('sct.maxPoints')}
            htmlFor="sct-max"
            style={{ width: 150 }}
            {...required(node.maxPoints !== null)}
          >
            <InputNumber
              id="sct-max"
              min={0}
              max={1000}
              step={0.5}
              precision={2}
              decimalSeparator=","
              style={{ width: '100%' }}
              value={node.maxPoints}
              onChange={(v) => onChange({ maxPoints: v })}
            />
          </Form.Item>
        </div>
        <Form.Item label={t('sct.itemName')} htmlFor="sct-name" {...required(!!node.name.trim())}>
          <Input
            id="sct-name"
            value={node.name}
            {...limit(1000)}
            onChange={(e) => onChange({ name: e.target.value })}
          />
        </Form.Item>
        {!leaf && (
          <Alert
            style={{ marginBottom: 16 }}
            type={sum === max ? 'success' : 'error'}
            showIcon
            title={t('sct.childSum', { sum: formatNumber(sum), max: formatNumber(max) })}
            description={sum > max ? t('sct.childOver') : sum < max ? t('sct.childUnder') : undefined}
          />
        )}
        <Form.Item label={t('sct.guidance')} htmlFor="sct-guidance">
          <Input.TextArea
            id="sct-guidance"
            autoSize={{ minRows: 2, maxRows: 8 }}
            value={node.guidance}
            {...limit(4000)}
            onChange={(e) => onChange({ guidance: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('sct.evidence')} htmlFor="sct-evidence">
          <Input.TextArea
            id="sct-evidence"
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={node.evidence}
            {...limit(2000)}
            onChange={(e) => onChange({ evidence: e.target.value })}
          />
        </Form.Item>
        {leaf ? (
          <>
            <Form.Item label={t('sct.method')}>
              <Radio.Group
                value={node.method}
                onChange={(e) => onChange({ method: e.target.value as EditorNode['method'] })}
                options={[
                  { value: 'manual', label: t('sct.method.manual') },
                  { value: 'computed', label: t('sct.method.computed') },
                ]}
              />
            </Form.Item>
            {node.method === 'computed' && (
              <>
                <Form.Item
                  label={t('sct.source')}
                  htmlFor="sct-source"
                  validateStatus={node.source ? undefined : 'error'}
                  help={source ? `${source.description} (${source.unit})` : t('sct.sourceRequired')}
                >
                  <Select<string>
                    id="sct-source"
                    showSearch={{ optionFilterProp: 'label' }}
                    value={node.source ?? undefined}
                    placeholder={t('sct.sourcePick')}
                    // Picking a source brings its suggested rule; the clerk adjusts it below.
                    onChange={(key) => {
                      const picked = sources.find((s) => s.key === key);
                      onChange({ source: key, scoring: picked?.suggested ?? node.scoring });
                    }}
                    options={sources.map((s) => ({ value: s.key, label: s.label }))}
                  />
                </Form.Item>
                <RuleEditor
                  value={node.scoring}
                  unit={source?.unit ?? ''}
                  maxPoints={max}
                  readOnly={readOnly}
                  onChange={(scoring) => onChange({ scoring })}
                />
              </>
            )}
          </>
        ) : (
          <Typography.Paragraph type="secondary">{t('sct.parentMethod')}</Typography.Paragraph>
        )}
      </Form>
    </div>
  );
}
