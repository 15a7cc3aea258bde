/**
 * Test helper: reads a .docx back into text, paragraphs and tables, so tests assert what a reader would
 * see rather than how the XML happens to be split into runs. jszip comes with exceljs.
 */
import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi,
    (_, name: string, dec?: string, hex?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(Number.parseInt(hex, 16))
          : ENTITIES[name]!,
  );

/** The XML of one part of the package, e.g. 'word/document.xml'; null when the part is missing. */
export async function docxPart(buf: Buffer | Uint8Array, name: string): Promise<string | null> {
  const zip = await JSZip.loadAsync(buf);
  return (await zip.file(name)?.async('string')) ?? null;
}

export async function docxXml(buf: Buffer | Uint8Array): Promise<string> {
  const xml = await docxPart(buf, 'word/document.xml');
  if (xml === null) throw new Error('word/document.xml is missing');
  return xml;
}

/** Text of the paragraphs in an XML fragment, one string per <w:p>, tabs as '\t'. */
export function paragraphsOf(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let text = '';
    for (const t of m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g))
      text += t[1] !== undefined ? decode(t[1]) : t[0] === '<w:tab/>' ? '\t' : '\n';
    out.push(text);
  }
  return out;
}

export async function docxParagraphs(buf: Buffer | Uint8Array): Promise<string[]> {
  return paragraphsOf(await docxXml(buf));
}

/** The whole body text, paragraphs joined by newlines. */
export async function docxText(buf: Buffer | Uint8Array): Promise<string> {
  return (await docxParagraphs(buf)).join('\n');
}

/** Tables (not nested) as rows of cell texts; a cell's paragraphs are joined by newlines. */
export async function docxTables(buf: Buffer | Uint8Array): Promise<string[][][]> {
  const xml = await docxXml(buf);
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphsOf(c[0]).join('\n')),
    ),
  );
}
