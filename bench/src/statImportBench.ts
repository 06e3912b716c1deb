/**
 * Sector statistics, the Excel import (issue 16, "Performance"): 100,000 values of a data set (40 indicators
 * × 5 cells × 50 units × 10 months, a historical series in one file with its `Kỳ` column) imported through the
 * API: read by the streaming reader, every row checked, then written in one transaction with a history row
 * each. Target: over 20,000 values/s. In process (app.inject).
 *   npx tsx bench/src/statImportBench.ts [--db sqlite|postgres|both] [--units 50] [--months 10]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { VALUE_COLUMNS } from '../../apps/server/src/modules/statValues/excel.ts';
import { multipart } from '../../apps/server/src/test/harness.ts';
import { postgresBaseUrl, type DbKind } from './databases.ts';
import { OPTIONS, setupStatBench, type StatBench } from './statEntryBench.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
export const SECTION_IMPORT = '## Statistics Excel import';

/** The template's layout, as Excel writes it (shared strings), months from January 2016. */
async function writeSheet(b: StatBench, months: number): Promise<{ file: Buffer; values: number }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-stat-')), 'import.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['STT', ...VALUE_COLUMNS.map((c) => c.header)]).commit();
  let n = 0;
  for (let m = 0; m < months; m++) {
    const period = `${2016 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    for (const u of b.units)
      for (const code of b.codes)
        for (const cat of ['', ...OPTIONS])
          ws.addRow([
            ++n,
            period,
            u.code,
            '',
            code,
            '',
            'tỷ đồng',
            cat,
            '',
            cat ? 25.5 : 102,
            'Chính thức',
            '',
          ]).commit();
  }
  await wb.commit();
  const buf = fs.readFileSync(file);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { file: buf, values: n };
}

export async function benchImport(kind: DbKind, opts: { units: number; months: number }) {
  const b = await setupStatBench(kind, opts.units);
  try {
    const { file, values } = await writeSheet(b, opts.months);
    const m = multipart(file, 'chuoi-so-lieu.xlsx');
    const t = performance.now();
    const c = process.cpuUsage();
    const res = await b.admin.send('POST', `/api/v1/stat-entry/import?dataset=${b.dataset}`, m.body, {
      'content-type': m.type,
    });
    const ms = performance.now() - t;
    const used = process.cpuUsage(c);
    const cpuMs = (used.user + used.system) / 1000;
    if (res.statusCode !== 200) throw new Error(`import ${res.statusCode}: ${res.body.slice(0, 300)}`);
    const r = res.json() as { ok: boolean; imported: number; errors: unknown[] };
    if (!r.ok || r.imported !== values)
      throw new Error(`import wrote ${r.imported} of ${values}: ${JSON.stringify(r.errors.slice(0, 3))}`);
    return {
      kind,
      values,
      mb: file.length / 1048576,
      ms,
      perSecond: values / (ms / 1000),
      cpuMs,
      perCpuSecond: values / (cpuMs / 1000),
    };
  } finally {
    await b.h.close();
  }
}

if (process.argv[1]?.endsWith('statImportBench.ts')) {
  const which = arg('db', 'both');
  const kinds: DbKind[] =
    which === 'both' ? (postgresBaseUrl() ? ['sqlite', 'postgres'] : ['sqlite']) : [which as DbKind];
  const opts = { units: Number(arg('units', '50')), months: Number(arg('months', '10')) };
  console.log(
    `${SECTION_IMPORT}\n\nPOST /api/v1/stat-entry/import, all-or-nothing, one transaction, history rows; target > 20,000 values/s.\n`,
  );
  console.log(
    '| database | values | file | time | values/s | server CPU | values per CPU-second |\n|---|---|---|---|---|---|---|',
  );
  for (const kind of kinds) {
    const r = await benchImport(kind, opts);
    console.log(
      `| ${r.kind} | ${r.values.toLocaleString('en')} | ${r.mb.toFixed(1)} MB | ${(r.ms / 1000).toFixed(2)} s | ${Math.round(r.perSecond).toLocaleString('en')} | ${(r.cpuMs / 1000).toFixed(2)} s | ${Math.round(r.perCpuSecond).toLocaleString('en')} |`,
    );
  }
}
