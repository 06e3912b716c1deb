import type { z } from 'zod';
import type { AwardImportResult, RatingsQuery } from '@thidua/contracts';
import { RATING_LABELS, RATINGS, parseRating, searchKey } from '@thidua/domain';
import type { Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import {
  cellText,
  departmentHeading,
  inputSheet,
  listValidation,
  newWorkbook,
  toBuffer,
} from '../../platform/documents/xlsx.ts';
import { cellAt, readFirstSheet } from '../../platform/documents/xlsxReader.ts';
import { AppError } from '../../platform/errors.ts';
import { ratingsGrid, saveRatings } from './service.ts';

/** More than a province's staff and units: a grid is one year of one scope. */
export const MAX_RATING_ROWS = 100_000;

const HEADERS = ['STT', 'Mã', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Xếp loại', 'Ghi chú'] as const;

/** The unit's grid as a sheet to fill in: the hidden-in-plain-sight "Mã" column ties rows back on import. */
export async function exportRatings(deps: Deps, user: RequestUser, q: z.output<typeof RatingsQuery>): Promise<Buffer> {
  const grid = await ratingsGrid(deps, user, q);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = inputSheet(wb, `Xếp loại ${q.year}`, [
    { key: 'id', header: HEADERS[1], width: 12 },
    { key: 'kind', header: HEADERS[2], width: 10 },
    { key: 'name', header: HEADERS[3], width: 32 },
    { key: 'org', header: HEADERS[4], width: 36 },
    { key: 'rating', header: HEADERS[5], width: 30 },
    { key: 'note', header: HEADERS[6], width: 30 },
  ]);
  grid.items.forEach((r, i) =>
    ws.addRow([
      i + 1,
      r.subjectId,
      r.subjectKind === 'individual' ? 'Cá nhân' : 'Tập thể',
      r.name,
      r.orgName,
      r.rating ? RATING_LABELS[r.rating] : '',
      r.note,
    ]),
  );
  ws.getColumn(2).font = { color: { argb: 'FF808080' }, size: 8 };
  listValidation(
    ws,
    'rating',
    RATINGS.map((r) => RATING_LABELS[r]),
    { rows: grid.items.length + 1 },
  );
  return toBuffer(wb);
}

/**
 * Reads a filled-in export back: rows are tied by the "Mã" column, ratings read
 * from labels or abbreviations; all-or-nothing through the grid's own save.
 */
export async function importRatings(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  buffer: Buffer,
  q: { year: number; dryRun: boolean },
): Promise<AwardImportResult> {
  // The header is row 1, so every other row counts against the limit, enforced while reading.
  const sheet = await readFirstSheet(buffer, { maxRows: MAX_RATING_ROWS, headerRows: 1 });
  const head = new Map<string, number>();
  const first = sheet[0]?.number === 1 ? sheet[0] : undefined;
  first?.cells.forEach((v, col) => head.set(searchKey(cellText(v)), col));
  const col = (h: string) => head.get(searchKey(h));
  const missing = ['Mã', 'Đối tượng', 'Xếp loại'].filter((h) => !col(h));
  if (missing.length)
    throw new AppError(
      400,
      'missing_columns',
      `Tệp thiếu cột: ${missing.join(', ')}. Hãy tải bảng xếp loại từ hệ thống, điền rồi nhập lại.`,
      missing.map((m) => ({ path: `columns.${m}`, message: 'Thiếu cột' })),
    );
  const errors: AwardImportResult['errors'] = [];
  const items: {
    row: number;
    subjectKind: 'individual' | 'collective';
    subjectId: string;
    rating: ReturnType<typeof parseRating>;
    note: string;
  }[] = [];
  for (const row of sheet) {
    if (row === first) continue;
    const r = row.number;
    const text = (h: string) =>
      cellText(cellAt(row, col(h)))
        .normalize('NFC')
        .trim();
    const id = text('Mã');
    const ratingText = text('Xếp loại');
    if (!id && !ratingText) continue;
    const kind = searchKey(text('Đối tượng')) === 'tap the' ? 'collective' : 'individual';
    const rating = ratingText ? parseRating(ratingText) : null;
    if (!id) errors.push({ row: r, column: 'Mã', message: 'Thiếu mã (dùng bảng tải từ hệ thống)' });
    if (ratingText && !rating)
      errors.push({ row: r, column: 'Xếp loại', message: `Không rõ mức xếp loại "${ratingText}"` });
    items.push({ row: r, subjectKind: kind, subjectId: id, rating, note: text('Ghi chú').slice(0, 500) });
  }
  if (!items.length && !errors.length)
    throw new AppError(400, 'no_rows', 'Tệp không có dòng dữ liệu nào.', [
      { path: 'file', message: 'Không có dữ liệu' },
    ]);
  const result: AwardImportResult = {
    ok: errors.length === 0,
    dryRun: q.dryRun,
    totalRows: items.length,
    imported: 0,
    errors,
    flags: [],
  };
  if (errors.length) return result;
  // Versions are read now: an import overwrites what it names, on purpose.
  const current = new Map<string, number>();
  for (let i = 0; i < items.length; i += 500)
    for (const x of await deps.db.kysely
      .selectFrom('ratings')
      .select(['subject_id', 'version'])
      .where('year', '=', q.year)
      .where(
        'subject_id',
        'in',
        items.slice(i, i + 500).map((it) => it.subjectId),
      )
      .execute())
      current.set(x.subject_id, Number(x.version));
  try {
    const saved = await saveRatings(
      deps,
      user,
      actor,
      {
        year: q.year,
        items: items.map((it) => ({
          subjectKind: it.subjectKind,
          subjectId: it.subjectId,
          rating: it.rating,
          note: it.note,
          version: current.get(it.subjectId) ?? null,
        })),
      },
      { dryRun: q.dryRun },
    );
    return { ...result, imported: q.dryRun ? 0 : saved.saved };
  } catch (e) {
    if (!(e instanceof AppError) || !e.errors) throw e;
    // Map the grid's item paths back to sheet rows.
    const rowErrors = e.errors.map((fe) => {
      const idx = Number(/^items\.(\d+)/u.exec(fe.path)?.[1] ?? -1);
      return { row: items[idx]?.row ?? 0, column: 'Mã', message: fe.message };
    });
    return { ...result, ok: false, errors: rowErrors };
  }
}
