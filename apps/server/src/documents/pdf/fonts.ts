import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Noto Serif (full Vietnamese coverage) read from the npm package @expo-google-fonts/noto-serif, so the
 * server needs no system fonts. pdfmake subsets these TTFs correctly (pdf-lib does not: blank glyphs).
 */
export interface FontFiles {
  normal: Buffer;
  bold: Buffer;
  italics: Buffer;
  bolditalics: Buffer;
}

const FILES = {
  normal: '400Regular/NotoSerif_400Regular.ttf',
  bold: '700Bold/NotoSerif_700Bold.ttf',
  italics: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  bolditalics: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
} as const;

let cached: FontFiles | null = null;

export function notoSerif(): FontFiles {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@expo-google-fonts/noto-serif/package.json'));
  const read = (f: string) => readFileSync(path.join(dir, f));
  cached = {
    normal: read(FILES.normal),
    bold: read(FILES.bold),
    italics: read(FILES.italics),
    bolditalics: read(FILES.bolditalics),
  };
  return cached;
}
