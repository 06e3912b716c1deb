import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * pdfmake with Noto Serif embedded (subset), so every Vietnamese glyph prints the same on any machine with no
 * system font at run time. One engine per process for every PDF (certificates, the one-stop forms): pdfmake
 * keeps one font table, and reading and registering the fonts per call would dominate.
 */

/** The parts of pdfmake 0.3's server API used here (the package ships no types). */
export interface PdfMake {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
/** The font family name documents use. */
export const PDF_FONT = 'NotoSerif';
const FILES = {
  normal: '400Regular/NotoSerif_400Regular.ttf',
  bold: '700Bold/NotoSerif_700Bold.ttf',
  italics: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  bolditalics: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
} as const;

let engine: PdfMake | undefined;

/** pdfmake and the fonts, loaded once per process. */
export function pdfmake(): PdfMake {
  if (engine) return engine;
  const pm = require('pdfmake') as PdfMake;
  const dir = require.resolve('@expo-google-fonts/noto-serif/package.json').replace(/package\.json$/, '');
  const fonts = {} as Record<keyof typeof FILES, string>;
  for (const [style, file] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
    // Fonts come from pdfmake's in-memory file system: no network, no disk access while printing.
    pm.virtualfs.writeFileSync(`noto-${style}.ttf`, fs.readFileSync(dir + file));
    fonts[style] = `noto-${style}.ttf`;
  }
  pm.setFonts({ [PDF_FONT]: fonts });
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy(() => false);
  engine = pm;
  return pm;
}
