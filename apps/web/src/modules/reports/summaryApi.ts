import type { SummaryData, SummaryDraft, SummaryTexts } from '@thidua/contracts';
import { api } from '../../api/client.ts';
import { download } from '../../api/files.ts';

export interface Span {
  orgId?: string | undefined;
  from: number;
  to: number;
}
export type DraftItem = Omit<SummaryDraft, 'texts' | 'figures'>;
export interface DraftVersion {
  version: number;
  savedBy: string;
  savedAt: string;
  texts: SummaryTexts;
}

const base = '/reports/summary';
export const summaryApi = {
  figures: (q: Span, signal?: AbortSignal) => api.get<SummaryData>(base, { ...q }, signal),
  drafts: (orgId: string | undefined, signal?: AbortSignal) =>
    api.get<{ items: DraftItem[] }>(`${base}/drafts`, { orgId }, signal),
  draft: (id: string, signal?: AbortSignal) => api.get<SummaryDraft>(`${base}/drafts/${id}`, undefined, signal),
  versions: (id: string, signal?: AbortSignal) =>
    api.get<{ items: DraftVersion[] }>(`${base}/drafts/${id}/versions`, undefined, signal),
  create: (body: { orgId: string; from: number; to: number }) => api.post<SummaryDraft>(`${base}/drafts`, body),
  save: (id: string, body: { version: number; texts: SummaryTexts }) =>
    api.put<SummaryDraft>(`${base}/drafts/${id}`, body),
  sign: (id: string, body: { version: number; number: string }) =>
    api.post<SummaryDraft>(`${base}/drafts/${id}/sign`, body),
  downloadLive: (q: Span) => download(`${base}.docx`, `bao-cao-tong-ket-${q.from}-${q.to}.docx`, { query: { ...q } }),
  downloadDraft: (id: string, name: string, version?: number) =>
    download(`${base}/drafts/${id}/report.docx`, name, { query: { version } }),
};

const formats = new Map<number, Intl.NumberFormat>();
/** "884.000 tỷ đồng", "11,2 %", or the "no data" words: the figure in its own unit. */
export function figureText(value: number | null, unit: string, decimals: number, noData: string): string {
  if (value === null) return noData;
  let f = formats.get(decimals);
  if (!f) formats.set(decimals, (f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: decimals })));
  // "104/343 hợp tác xã": a unit that continues the number ("/343 …") follows it without a space, as in the DOCX.
  return unit ? `${f.format(value)}${unit.startsWith('/') ? '' : ' '}${unit}` : f.format(value);
}
