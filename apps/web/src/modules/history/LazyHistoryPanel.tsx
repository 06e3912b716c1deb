import { lazy } from 'react';
import { Lazy } from '../layout/Lazy.tsx';

const Panel = lazy(() => import('./SubjectHistoryPanel.tsx').then((m) => ({ default: m.SubjectHistoryPanel })));

/** The history panel, loaded only when its tab is opened. */
export function LazyHistoryPanel({ subjectId }: { subjectId: string }) {
  return (
    <Lazy>
      <Panel subjectId={subjectId} />
    </Lazy>
  );
}
