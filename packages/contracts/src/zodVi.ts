import { z } from 'zod';

/**
 * Zod's messages in Vietnamese, for every issue kind, wherever the contracts are used (server
 * validation, web forms): a clerk must never read "Invalid discriminator value". A schema's own
 * message still wins; zod's bundled Vietnamese locale answers anything not covered here.
 */
const TYPES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  bigint: 'số nguyên',
  boolean: 'đúng/sai (true/false)',
  array: 'danh sách',
  object: 'đối tượng',
  date: 'ngày',
  null: 'giá trị rỗng (null)',
  literal: 'giá trị cố định',
};

const UNITS: Record<string, string> = {
  string: 'ký tự',
  array: 'phần tử',
  set: 'phần tử',
  map: 'phần tử',
  file: 'byte',
};

const FORMATS: Record<string, string> = {
  regex: 'Sai định dạng',
  email: 'Địa chỉ email không hợp lệ',
  url: 'Địa chỉ URL không hợp lệ',
  uuid: 'Mã định danh (UUID) không hợp lệ',
  datetime: 'Thời điểm không hợp lệ (định dạng ISO 8601)',
  date: 'Ngày không hợp lệ (định dạng YYYY-MM-DD)',
  time: 'Giờ không hợp lệ',
};

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));
const list = (vs: readonly unknown[]) => vs.map(show).join(', ');

export const vietnameseIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Thiếu giá trị (bắt buộc)';
      return `Sai kiểu dữ liệu: cần ${TYPES[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const unit = UNITS[issue.origin];
      const min = Number(issue.minimum);
      if (unit === 'ký tự' && min === 1) return 'Không được để trống';
      if (unit) return `Cần ít nhất ${min} ${unit}`;
      return issue.inclusive ? `Giá trị tối thiểu là ${min}` : `Giá trị phải lớn hơn ${min}`;
    }
    case 'too_big': {
      const unit = UNITS[issue.origin];
      const max = Number(issue.maximum);
      if (unit) return `Tối đa ${max} ${unit}`;
      return issue.inclusive ? `Giá trị tối đa là ${max}` : `Giá trị phải nhỏ hơn ${max}`;
    }
    case 'invalid_format':
      return FORMATS[issue.format] ?? `Sai định dạng (${issue.format})`;
    case 'not_multiple_of':
      return `Phải là bội số của ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Giá trị phải là ${show(issue.values[0])}`
        : `Giá trị không thuộc danh sách cho phép (${list(issue.values)})`;
    case 'invalid_union': {
      // A discriminated union names the values it accepts for its discriminator.
      const options = (issue as { options?: readonly unknown[] }).options;
      if (options?.length) return `Giá trị không thuộc danh sách cho phép (${list(options)})`;
      return 'Dữ liệu không khớp với dạng nào được chấp nhận';
    }
    case 'invalid_key':
      return 'Khoá (tên trường) không hợp lệ';
    case 'invalid_element':
      return 'Có phần tử không hợp lệ';
    case 'custom':
      return 'Giá trị không hợp lệ';
    default:
      return undefined;
  }
};

z.config(z.locales.vi());
z.config({ customError: vietnameseIssue });
