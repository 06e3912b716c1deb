import { useCallback, useEffect, useMemo, useState } from 'react';
import { sheetTotals } from '@thidua/domain';
import { useUnsavedChanges } from '../../components/UnsavedChanges.tsx';
import type { AppraisalInput, SelfScoreInput } from './api.ts';
import { appraisedPointsOf, flattenItems, selfPointsOf, type SheetRow } from './sheetRows.ts';
import type { Appraisal, ScoreSheet, SheetScore, SheetTotals } from './types.ts';

export type SheetMode = 'self' | 'appraise' | 'explain' | 'read';

interface SelfEdit {
  points?: number | null;
  note?: string;
}
interface AppraisalEdit {
  appraisal?: Appraisal | null;
  points?: number | null;
  reason?: string;
}

/** What the user may do with the sheet now, from the server's abilities. */
export function modeOf(sheet: ScoreSheet): SheetMode {
  if (sheet.abilities.selfAssess) return 'self';
  if (sheet.abilities.appraise) return 'appraise';
  if (sheet.abilities.explain) return 'explain';
  return 'read';
}

/** Live totals by the domain's tree arithmetic; the server's figures while the engine cannot answer. */
function liveTotals(
  sheet: ScoreSheet,
  points: Map<string, number | null>,
  fallback: SheetTotals | null,
): SheetTotals | null {
  try {
    return sheetTotals(sheet.items, points, { bonusCap: sheet.bonusCap, penaltyCap: sheet.penaltyCap });
  } catch {
    return fallback;
  }
}

/**
 * The sheet's unsaved work: the self scores and notes, the appraisal, or the explanation the user has typed
 * since the last save, laid over the sheet the server answered (an evidence upload reloads the sheet without
 * losing them). Marks the page as holding unsaved changes; the totals follow the typing.
 */
export function useSheetEdits(sheet: ScoreSheet) {
  const [self, setSelf] = useState<Record<string, SelfEdit>>({});
  const [appraisal, setAppraisal] = useState<Record<string, AppraisalEdit>>({});
  const [explanation, setExplanation] = useState<Record<string, string>>({});
  // PAR index: the sociological survey's component, typed by the appraiser (undefined: unchanged).
  const [survey, setSurvey] = useState<number | null | undefined>(undefined);
  const setDirty = useUnsavedChanges();
  const dirty =
    Object.keys(self).length + Object.keys(appraisal).length + Object.keys(explanation).length > 0 ||
    survey !== undefined;
  useEffect(() => setDirty(dirty), [dirty, setDirty]);

  const rows = useMemo(() => flattenItems(sheet.items), [sheet.items]);
  const scores = useMemo(() => new Map(sheet.scores.map((s) => [s.itemId, s])), [sheet.scores]);
  const leaves = rows.filter((r) => r.leaf);

  const selfOf = useCallback(
    (r: SheetRow) => selfPointsOf(r, scores.get(r.item.id), self[r.item.id]?.points),
    [scores, self],
  );
  const noteOf = (id: string) => self[id]?.note ?? scores.get(id)?.selfNote ?? '';
  const appraisalOf = (id: string): Appraisal | null => {
    const e = appraisal[id];
    return e && 'appraisal' in e ? (e.appraisal ?? null) : (scores.get(id)?.appraisal ?? null);
  };
  const reducedOf = (id: string): number | null => {
    const e = appraisal[id];
    if (e && 'points' in e) return e.points ?? null;
    const s = scores.get(id);
    return s?.appraisal === 'reduced' ? s.appraisedPoints : null;
  };
  const reasonOf = (id: string) => appraisal[id]?.reason ?? scores.get(id)?.appraisalReason ?? '';
  const explanationOf = (id: string) => explanation[id] ?? scores.get(id)?.explanation ?? '';
  const appraisedOf = (r: SheetRow) => {
    const a = appraisalOf(r.item.id);
    if (a === null) return scores.get(r.item.id)?.appraisedPoints ?? null;
    return appraisedPointsOf(a, selfOf(r), reducedOf(r.item.id));
  };

  const selfPoints = new Map(leaves.map((r) => [r.item.id, selfOf(r)]));
  const appraisedPoints = new Map(leaves.map((r) => [r.item.id, appraisedOf(r)]));
  const anyAppraisal = leaves.some(
    (r) => appraisalOf(r.item.id) !== null || scores.get(r.item.id)?.appraisedPoints != null,
  );

  return {
    rows,
    scores,
    dirty,
    selfOf,
    noteOf,
    appraisalOf,
    reducedOf,
    reasonOf,
    explanationOf,
    appraisedOf,
    score: (id: string): SheetScore | undefined => scores.get(id),
    selfTotals: liveTotals(sheet, selfPoints, sheet.selfTotals),
    appraisedTotals: anyAppraisal ? liveTotals(sheet, appraisedPoints, sheet.appraisedTotals) : sheet.appraisedTotals,
    setSelf: (id: string, patch: SelfEdit) => setSelf((p) => ({ ...p, [id]: { ...p[id], ...patch } })),
    setAppraisal: (id: string, patch: AppraisalEdit) => setAppraisal((p) => ({ ...p, [id]: { ...p[id], ...patch } })),
    survey: survey !== undefined ? survey : sheet.member.surveyScore,
    setSurvey,
    surveyPayload: () => (survey !== undefined ? { surveyScore: survey } : {}),
    setExplanation: (id: string, text: string) => setExplanation((p) => ({ ...p, [id]: text })),
    /** Accepts every leaf the appraiser has not judged yet. */
    acceptRest: () =>
      setAppraisal((p) => {
        const next = { ...p };
        for (const r of leaves)
          if (appraisalOf(r.item.id) === null) next[r.item.id] = { ...next[r.item.id], appraisal: 'accepted' };
        return next;
      }),
    selfPayload: (): SelfScoreInput[] =>
      leaves.filter((r) => !r.computed).map((r) => ({ itemId: r.item.id, points: selfOf(r), note: noteOf(r.item.id) })),
    appraisalPayload: (): AppraisalInput[] =>
      leaves.flatMap((r) => {
        const a = appraisalOf(r.item.id);
        if (a === null) return [];
        return [
          {
            itemId: r.item.id,
            appraisal: a,
            points: a === 'reduced' ? reducedOf(r.item.id) : null,
            reason: reasonOf(r.item.id),
          },
        ];
      }),
    explanationPayload: () =>
      leaves
        .filter((r) => scores.get(r.item.id)?.appraisal === 'explain')
        .map((r) => ({ itemId: r.item.id, explanation: explanationOf(r.item.id) })),
    /** After a save: the server's sheet holds it all. */
    clear: () => {
      setDirty(false);
      setSelf({});
      setAppraisal({});
      setExplanation({});
      setSurvey(undefined);
    },
  };
}

export type SheetEdits = ReturnType<typeof useSheetEdits>;
