import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { Modal } from 'antd';
import { useT } from '../i18n/index.tsx';

/**
 * Forms with unsaved changes, each saying whether a local draft keeps its work. One guard (in the
 * layout) asks before any of them is left: a menu link, Back, a link in a message (the router's
 * blocker), a reload or a closed tab (beforeunload).
 */
const dirtyForms = new Map<symbol, { draft: boolean }>();

export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

/**
 * Marks one form as holding unsaved changes (or not). `setDirty(false)` takes effect at once, so a
 * form that has just saved can navigate away in the same tick without being asked.
 */
export function useUnsavedChanges(opts: { draft?: boolean } = {}) {
  const token = useRef(Symbol('form'));
  const draft = Boolean(opts.draft);
  useEffect(() => {
    const key = token.current;
    return () => void dirtyForms.delete(key);
  }, []);
  return useCallback(
    (dirty: boolean) => {
      if (dirty) dirtyForms.set(token.current, { draft });
      else dirtyForms.delete(token.current);
    },
    [draft],
  );
}

/** The one prompt before leaving a form with unsaved changes (mounted once, in the layout). */
export function UnsavedChangesGuard() {
  const t = useT();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirtyForms.size > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyForms.size === 0) return;
      event.preventDefault();
      // Older browsers show their own prompt only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
  const drafted = [...dirtyForms.values()].every((f) => f.draft);
  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('forms.leaveTitle')}
      okText={t('forms.leave')}
      cancelText={t('forms.stay')}
      okButtonProps={{ danger: true }}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
      destroyOnHidden
    >
      {drafted ? t('forms.leaveBodyDraft') : t('forms.leaveBody')}
    </Modal>
  );
}
