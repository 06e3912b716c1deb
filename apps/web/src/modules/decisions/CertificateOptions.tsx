import { useEffect, useState } from 'react';
import { InputNumber, Space, Switch, Typography } from 'antd';
import { MAX_PRINT_OFFSET_MM } from '@thidua/contracts';
import { useT } from '../../i18n/index.tsx';
import type { PrintOptions } from './api.ts';

const STORAGE_KEY = 'thidua.certificatePrint';
const DEFAULTS: PrintOptions = { offsetX: 0, offsetY: 0, preprinted: false };
const clamp = (n: unknown) =>
  typeof n === 'number' && Number.isFinite(n) ? Math.max(-MAX_PRINT_OFFSET_MM, Math.min(MAX_PRINT_OFFSET_MM, n)) : 0;

function read(): PrintOptions {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<PrintOptions> | null;
    if (!raw) return DEFAULTS;
    return { offsetX: clamp(raw.offsetX), offsetY: clamp(raw.offsetY), preprinted: raw.preprinted === true };
  } catch {
    return DEFAULTS;
  }
}

/** The print settings of this machine's printer and blanks, remembered in the browser. */
export function usePrintOptions() {
  const [value, setValue] = useState<PrintOptions>(read);
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    } catch {
      /* private mode: keep it for this page only */
    }
  }, [value]);
  return [value, setValue] as const;
}

/** Offsets (mm) to align the print with the blank, and printing only the text on pre-printed blanks. */
export function CertificateOptions({ value, onChange }: { value: PrintOptions; onChange: (v: PrintOptions) => void }) {
  const t = useT();
  return (
    <Space wrap size="large">
      <Space>
        <label htmlFor="cert-offset-x">{t('decisions.offsetX')}</label>
        <InputNumber
          id="cert-offset-x"
          min={-MAX_PRINT_OFFSET_MM}
          max={MAX_PRINT_OFFSET_MM}
          step={0.5}
          decimalSeparator=","
          value={value.offsetX}
          onChange={(v) => onChange({ ...value, offsetX: clamp(v) })}
          suffix="mm"
          style={{ width: 110 }}
        />
      </Space>
      <Space>
        <label htmlFor="cert-offset-y">{t('decisions.offsetY')}</label>
        <InputNumber
          id="cert-offset-y"
          min={-MAX_PRINT_OFFSET_MM}
          max={MAX_PRINT_OFFSET_MM}
          step={0.5}
          decimalSeparator=","
          value={value.offsetY}
          onChange={(v) => onChange({ ...value, offsetY: clamp(v) })}
          suffix="mm"
          style={{ width: 110 }}
        />
      </Space>
      <Space>
        <Switch
          id="cert-preprinted"
          checked={value.preprinted}
          onChange={(checked) => onChange({ ...value, preprinted: checked })}
        />
        <label htmlFor="cert-preprinted">{t('decisions.preprinted')}</label>
      </Space>
      <Typography.Text type="secondary">{t('decisions.printHint')}</Typography.Text>
    </Space>
  );
}
