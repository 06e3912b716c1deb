import type { Rule } from 'antd/es/form';
import type { Translate } from '../i18n/index.tsx';

const numberFormat = new Intl.NumberFormat('vi-VN');

/**
 * A text field's limit, said and never enforced by cutting: the counter appears near the limit
 * and turns red past it (antd's count, which does not truncate), while maxRule and the server
 * refuse the save. Replaces maxLength, which cut pasted text silently.
 */
export function limit(max: number, always = false) {
  return {
    count: {
      max,
      show: ({ count }: { count: number }) =>
        always || count >= max * 0.8 ? `${numberFormat.format(count)} / ${numberFormat.format(max)}` : null,
    },
  };
}

/** The Form.Item rule beside limit(): "Tối đa 50 ký tự — đang có 1.000 ký tự…". */
export function maxRule(max: number, t: Translate): Rule {
  return {
    validator: (_rule, value: unknown) =>
      typeof value === 'string' && value.length > max
        ? Promise.reject(new Error(t('forms.tooLong', { max, count: numberFormat.format(value.length) })))
        : Promise.resolve(),
  };
}
