import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, App, Button, Space } from 'antd';
import type { FormInstance } from 'antd';
import { useT } from '../i18n/index.tsx';
import { useMe } from '../modules/auth/session.ts';
import {
  decodeDraft,
  draftKey,
  draftTime,
  encodeDraft,
  readDraft,
  removeDraft,
  writeDraft,
  type StoredDraft,
} from './formDraft.ts';
import { useUnsavedChanges } from './UnsavedChanges.tsx';

export interface FormDraftOptions {
  /** The form's name in the draft key ("proposal", "person"…). */
  name: string;
  /** The record edited; null/undefined for a new one. */
  recordId?: string | null;
  /** False while the record loads: the draft is offered once the form shows the record. */
  ready?: boolean;
  /** State kept beside the form values (labels of chosen people…). */
  extra?: { get: () => unknown; restore: (value: unknown) => void };
}

export interface FormGuardOptions {
  form: FormInstance;
  /** Long forms keep a local draft that is offered back when reopened. */
  draft?: FormDraftOptions;
  /** A modal's form guards only while the modal is open. */
  active?: boolean;
}

export interface FormGuard {
  /** Pass to the Form's onValuesChange: the user changed something. */
  onValuesChange: () => void;
  /** Call once the save succeeded (before navigating): nothing to ask about, the draft is gone. */
  saved: () => void;
  /** Forget the changes without saving (a dialog cancelled). */
  discard: () => void;
  /** The "restore the draft?" notice to show above the form (null when there is none). */
  banner: ReactNode;
}

/**
 * One guard for a form that edits data: changes make the app ask before the form is left (see
 * UnsavedChangesGuard), and a long form writes a local draft, offered back when reopened and
 * removed when saved.
 */
export function useFormGuard({ form, draft, active = true }: FormGuardOptions): FormGuard {
  const t = useT();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const setDirty = useUnsavedChanges({ draft: Boolean(draft) });
  const key = draft && me ? draftKey(me.id, draft.name, draft.recordId) : null;
  const ready = draft?.ready ?? true;
  const [offered, setOffered] = useState<StoredDraft | null>(null);
  /** The key whose stored draft has been offered (and is not to be overwritten until answered). */
  const checked = useRef<string | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const extraRef = useRef(draft?.extra);
  extraRef.current = draft?.extra;

  // Offered once per opening: a dialog closed and opened again looks for its draft again.
  useEffect(() => {
    if (!active) {
      checked.current = null;
      setOffered(null);
      return;
    }
    if (!key || !ready || checked.current === key) return;
    checked.current = key;
    setOffered(readDraft(key));
  }, [key, ready, active]);

  const cancelWrite = () => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
  };
  useEffect(() => cancelWrite, []);

  useEffect(() => {
    if (!active) setDirty(false);
  }, [active, setDirty]);

  const write = useCallback(() => {
    if (!key) return;
    cancelWrite();
    pending.current = setTimeout(() => {
      pending.current = null;
      writeDraft(key, {
        at: new Date().toISOString(),
        values: encodeDraft(form.getFieldsValue(true)),
        extra: extraRef.current ? encodeDraft(extraRef.current.get()) : undefined,
      });
    }, 300);
  }, [key, form]);

  const onValuesChange = useCallback(() => {
    if (!active) return;
    setDirty(true);
    // A stored draft not yet answered is kept as it is.
    if (!offered) write();
  }, [active, setDirty, offered, write]);

  const saved = useCallback(() => {
    cancelWrite();
    setDirty(false);
    if (key) removeDraft(key);
    setOffered(null);
  }, [key, setDirty]);

  const discard = useCallback(() => {
    cancelWrite();
    setDirty(false);
  }, [setDirty]);

  const restore = () => {
    if (!offered) return;
    form.setFieldsValue(decodeDraft(offered.values) as object);
    if (offered.extra !== undefined) extraRef.current?.restore(decodeDraft(offered.extra));
    setOffered(null);
    setDirty(true);
    void message.info(t('forms.draftRestored'));
  };
  const drop = () => {
    if (key) removeDraft(key);
    setOffered(null);
  };

  const banner = offered ? (
    <Alert
      type="info"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('forms.draftFound', { at: draftTime(offered.at) })}
      description={t('forms.draftHint')}
      action={
        <Space wrap>
          <Button size="small" type="primary" onClick={restore}>
            {t('forms.draftRestore')}
          </Button>
          <Button size="small" onClick={drop}>
            {t('forms.draftDiscard')}
          </Button>
        </Space>
      }
    />
  ) : null;

  return { onValuesChange, saved, discard, banner };
}
