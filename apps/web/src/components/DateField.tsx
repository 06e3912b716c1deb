import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { Button, Calendar, Input, Popover, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { checkDateInput } from '@thidua/domain';
import { useT } from '../i18n/index.tsx';
import { CalendarOutlined } from '../lib/icons.tsx';
import { DATE_FORMAT } from '../lib/format.ts';

/**
 * What a date field holds while its text is not a real date: the text as typed (kept visible)
 * and why it is refused. A form holding one cannot be saved (dateRule), and dayjsToIso throws
 * on it, so an impossible date is never dropped silently.
 */
export class DateText {
  constructor(
    readonly text: string,
    readonly message: string,
  ) {}
}

/** A date field's value: a real date, a refused text, or nothing. */
export type DateValue = Dayjs | DateText | null | undefined;

/** The rule every Form.Item holding a DateField carries: a refused text blocks the save. */
export const dateRule: Rule = {
  validator: (_rule, value: unknown) =>
    value instanceof DateText ? Promise.reject(new Error(value.message)) : Promise.resolve(),
};

/** A whole date has been typed (as opposed to one still being typed). */
const COMPLETE = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$|^\s*\d{4}-\d{2}-\d{2}\s*$/u;

/** `31021990` → `31/02/1990` (typed without separators). */
function withSeparators(text: string): string {
  const m = /^\s*(\d{2})(\d{2})(\d{4})\s*$/u.exec(text);
  return m ? `${m[1]}/${m[2]}/${m[3]}` : text;
}

function shown(value: DateValue): string {
  if (!value) return '';
  if (value instanceof DateText) return value.text;
  return value.isValid() ? value.format(DATE_FORMAT) : '';
}

/** The reading of a text as a field value. */
function read(text: string): DateValue {
  const r = checkDateInput(text);
  if (!r.ok) return new DateText(text, r.message);
  return r.iso ? dayjs(r.iso) : null;
}

function same(a: DateValue, b: DateValue): boolean {
  if (!a || !b) return !a && !b;
  if (a instanceof DateText || b instanceof DateText) return a === b;
  return a.isSame(b, 'day');
}

export interface DateFieldProps {
  value?: DateValue;
  onChange?: (value: DateValue) => void;
  id?: string;
  disabled?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  /** Outside a Form.Item (a filter): the field shows a refused text's reason itself. */
  standalone?: boolean;
}

/**
 * The one date field of the app: the date is typed as dd/mm/yyyy (a calendar stays at hand);
 * a text that is not a real date stays as typed and the form's rule (dateRule) explains it in
 * Vietnamese ("Ngày không hợp lệ: 31/02/1990 — tháng 2 năm 1990 chỉ có 28 ngày").
 * Its value is a Dayjs like antd's DatePicker, so forms keep isoToDayjs/dayjsToIso.
 */
export function DateField({ value, onChange, id, disabled, placeholder, style, standalone, ...aria }: DateFieldProps) {
  const t = useT();
  const [text, setText] = useState(() => shown(value));
  const [open, setOpen] = useState(false);
  /** The last value this field sent: a value coming back from the form is not re-shown over the text. */
  const sent = useRef<DateValue>(value);

  useEffect(() => {
    if (same(value, sent.current)) return;
    sent.current = value;
    setText(shown(value));
  }, [value]);

  const emit = (next: DateValue) => {
    if (same(next, sent.current)) return;
    sent.current = next;
    onChange?.(next);
  };

  /** While typing, only a finished (or emptied) text is judged; a partial one waits for leaving the field. */
  const typed = (raw: string) => {
    setText(raw);
    const next = read(raw);
    if (!(next instanceof DateText) || COMPLETE.test(raw)) emit(next);
  };
  const settle = () => {
    const full = withSeparators(text);
    if (full !== text) setText(full);
    emit(read(full));
  };

  const picked = value && !(value instanceof DateText) && value.isValid() ? value : dayjs();
  const calendar = (
    <div style={{ width: 300 }}>
      <Calendar
        fullscreen={false}
        value={picked}
        onSelect={(date, info) => {
          if (info.source !== 'date') return;
          const next = date.startOf('day');
          setText(next.format(DATE_FORMAT));
          emit(next);
          setOpen(false);
        }}
      />
    </div>
  );

  const input = (
    <Input
      id={id}
      value={text}
      disabled={disabled}
      inputMode="numeric"
      autoComplete="off"
      placeholder={placeholder ?? t('forms.datePlaceholder')}
      style={{ width: 180, ...style }}
      aria-label={aria['aria-label']}
      aria-invalid={aria['aria-invalid'] ?? (standalone && value instanceof DateText ? true : undefined)}
      status={standalone && value instanceof DateText ? 'error' : undefined}
      onChange={(e) => typed(e.target.value)}
      onBlur={settle}
      onKeyDown={(e) => {
        // Enter settles the date (as in a date picker) and does not submit the form.
        if (e.key === 'Enter') {
          e.preventDefault();
          settle();
        }
      }}
      suffix={
        <Popover
          content={calendar}
          trigger="click"
          open={open && !disabled}
          onOpenChange={setOpen}
          placement="bottomRight"
        >
          <Button
            type="text"
            size="small"
            disabled={disabled}
            icon={<CalendarOutlined />}
            aria-label={t('forms.pickDate')}
            style={{ marginInlineEnd: -6 }}
          />
        </Popover>
      }
    />
  );
  if (!standalone || !(value instanceof DateText)) return input;
  return (
    <div style={{ width: style?.width ?? 180 }}>
      {input}
      <Typography.Text type="danger" role="alert" style={{ display: 'block', fontSize: 12 }}>
        {value.message}
      </Typography.Text>
    </div>
  );
}
