import { useCallback } from 'react';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useT, type Translate } from '../i18n/index.tsx';
import { isApiError } from './client.ts';
import { fieldErrorText } from './fieldLabels.ts';

/** The sentence to show a clerk for any error thrown by the API client. */
export function problemText(error: unknown, t: Translate): string {
  if (isApiError(error)) {
    if (error.status === 0) return t('error.network');
    // A schema refusal's detail lists code paths ("endsOn: …"): say it with the fields' labels instead.
    if (error.code === 'validation_failed' && error.fieldErrors.length)
      return `${t('error.invalid')} ${error.fieldErrors.map(fieldErrorText).join('; ')}`;
    return error.problem?.detail || t('error.unknown', { status: error.status });
  }
  return error instanceof Error ? error.message : String(error);
}

/** `body.roles.0.orgId` / `/roles/0/orgId` → `['roles', 0, 'orgId']`. */
export function pathToName(path: string): (string | number)[] {
  return path
    .split(/[./]/u)
    .filter((part) => part !== '' && part !== 'body')
    .map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
}

/** Puts the problem's field errors on the form; returns the errors it could not place. */
export function applyFieldErrors(form: FormInstance, error: unknown): string[] {
  if (!isApiError(error)) return [];
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const { path, message } of error.fieldErrors) {
    const name = pathToName(path);
    const head = name[0];
    if (typeof head !== 'string' || !known.has(head)) {
      unplaced.push(fieldErrorText({ path, message }));
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })));
  return unplaced;
}

export interface HandleOptions {
  form?: FormInstance;
  /** Reload the record after a 409 stale_version. */
  onReload?: () => void;
}

/** Shows an API error the way the project agreed: field errors on the form, detail as a message, 409 → reload. */
export function useProblemHandler() {
  const { message, modal } = App.useApp();
  const t = useT();
  return useCallback(
    (error: unknown, options: HandleOptions = {}) => {
      if (isApiError(error) && error.status === 401) return;
      if (isApiError(error) && error.code === 'stale_version') {
        modal.confirm({
          title: t('stale.title'),
          content: error.problem?.detail || t('stale.content'),
          okText: t('stale.reload'),
          cancelText: t('common.close'),
          onOk: options.onReload,
        });
        return;
      }
      if (options.form) applyFieldErrors(options.form, error);
      void message.error({ content: problemText(error, t), duration: 6 });
    },
    [message, modal, t],
  );
}
