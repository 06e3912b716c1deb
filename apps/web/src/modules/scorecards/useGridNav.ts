import { useCallback, useRef, type KeyboardEvent } from 'react';
import { nextCell, type CellKey } from './sheetRows.ts';

interface Focusable {
  focus: () => void;
  select?: () => void;
}

/**
 * Keyboard moves between the grid's typing cells: Tab and Shift+Tab walk them in reading order, Enter goes down
 * the column (see `nextCell`). Cells register themselves; a cell not drawn now (a reduction's points before
 * "Giảm điểm" is chosen) is skipped.
 */
export function useGridNav(order: readonly CellKey[]) {
  const cells = useRef(new Map<CellKey, Focusable>());
  const register = useCallback(
    (key: CellKey) => (el: Focusable | null) => {
      if (el) cells.current.set(key, el);
      else cells.current.delete(key);
    },
    [],
  );
  const onKeyDown =
    (key: CellKey, opts: { enter?: boolean } = {}) =>
    (e: KeyboardEvent) => {
      const enter = e.key === 'Enter' && opts.enter !== false && !e.altKey && !e.ctrlKey && !e.metaKey;
      const tab = e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey;
      if (!enter && !tab) return;
      const live = order.filter((k) => cells.current.has(k));
      const target = nextCell(live, key, tab ? 'Tab' : 'Enter', e.shiftKey);
      if (!target) return;
      e.preventDefault();
      const el = cells.current.get(target);
      el?.focus();
      el?.select?.();
    };
  return { register, onKeyDown };
}
