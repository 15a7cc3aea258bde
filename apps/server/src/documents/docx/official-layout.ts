/**
 * Building blocks of the official Vietnamese administrative layout: Nghị định 30/2020/NĐ-CP on văn thư,
 * Phụ lục I (thể thức và kỹ thuật trình bày văn bản hành chính). A4 portrait, margins 20/20/30/15 mm,
 * Times New Roman 13–14 pt, the two-column header (issuing body | national name and motto), the
 * signature block on the right and "Nơi nhận" on the left.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IBorderOptions,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { OfficialHeader, Signer } from './types.ts';

export const FONT = 'Times New Roman';

/** Millimetres to twentieths of a point (twips), the unit of Word page geometry. */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** Width between the margins: 165 mm. */
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** Word's default left + right cell padding (108 twips each side). */
const CELL_PADDING = 216;

export interface TextStyle {
  size?: number; // points
  bold?: boolean;
  italics?: boolean;
}

export interface ParaOptions extends TextStyle {
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Space before / after, in points. */
  before?: number;
  after?: number;
  firstLineIndent?: boolean;
  keepNext?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export const run = (text: string, s: TextStyle = {}): TextRun =>
  new TextRun({ text, font: FONT, size: s.size ? s.size * 2 : undefined, bold: s.bold, italics: s.italics });

/** One paragraph; `content` is its text, or runs when the paragraph mixes styles. */
export function para(content: string | ParagraphChild[], o: ParaOptions = {}): Paragraph {
  const children = typeof content === 'string' ? [run(content, o)] : content;
  return new Paragraph({
    children,
    alignment: ALIGN[o.align ?? 'left'],
    spacing: { before: (o.before ?? 0) * 20, after: (o.after ?? 0) * 20 },
    // NĐ 30: the first line of a body paragraph is indented 1–1.27 cm.
    indent: o.firstLineIndent ? { firstLine: mm(12.7) } : undefined,
    keepNext: o.keepNext,
    run: o.size ? { size: o.size * 2, font: FONT } : undefined,
  });
}

/** Paragraphs from free text: one per non-empty line. */
export const textParagraphs = (text: string, o: ParaOptions = {}): Paragraph[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => para(line, o));

/**
 * A centred horizontal rule of `length` twips inside a container `width` twips wide: an empty 1 pt
 * paragraph with a top border, narrowed by its indents (the border runs from indent to indent).
 */
export function rule(width: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((width - CELL_PADDING - length) / 2));
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: side, right: side },
    // The gap keeps the rule clear of the descenders and of the Vietnamese marks below the line.
    spacing: { before: 60, after: 60, line: 20, lineRule: 'exact' },
    run: { size: 2 },
    children: [],
  });
}

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** A table with no lines, used only to place blocks side by side. */
export function layoutTable(widths: number[], rows: (Paragraph | Table)[][][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          cantSplit: true,
          // One block: a signature's title never sits on one page and its name on the next.
          keepNext: r < rows.length - 1,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
                verticalAlign: VerticalAlignTable.TOP,
                children: children.length > 0 ? children : [para('')],
              }),
          ),
        }),
    ),
  });
}

const upper = (s: string) => s.toLocaleUpperCase('vi');
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * "Hồng Lam, ngày 05 tháng 12 năm 2026". NĐ 30 Phụ lục I, II.5(b): a day below 10 and the months 1
 * and 2 take a leading zero (so they cannot be altered into 10–12); months 3–9 are written bare. With no
 * date yet the day and month are left blank for the hand that signs.
 */
export function placeDateLine(h: Pick<OfficialHeader, 'place' | 'date' | 'year'>): string {
  const m = h.date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(h.date) : null;
  if (!m) return `${h.place}, ngày     tháng     năm ${h.year}`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `${h.place}, ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

const HEADER_LEFT = mm(66);
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The header: issuing body over its short rule and the number on the left; the national name, the
 * motto over a rule of its own length and the place-and-date line on the right. Two rows, so the number
 * and the date sit on one line as in the printed forms.
 */
export function officialHeader(h: OfficialHeader): Table {
  const left: Paragraph[] = [];
  if (h.parentAgency) left.push(para(upper(h.parentAgency), { size: 12, align: 'center' }));
  left.push(para(upper(h.agency), { size: 12, bold: true, align: 'center' }), rule(HEADER_LEFT, mm(22)));
  const right = [
    para(NATIONAL_NAME, { size: 12, bold: true, align: 'center' }),
    para(MOTTO, { size: 13, bold: true, align: 'center' }),
    rule(HEADER_RIGHT, mm(60)),
  ];
  return layoutTable(
    [HEADER_LEFT, HEADER_RIGHT],
    [
      [left, right],
      [
        [para(h.numberLine, { size: 13, align: 'center', before: 6 })],
        [para(placeDateLine(h), { size: 14, italics: true, align: 'center', before: 6 })],
      ],
    ],
  );
}

/** "Mẫu số 01 – …" above the header, as the appendix forms print it. */
export const templateLabelLine = (label: string): Paragraph =>
  para(label, { size: 12, bold: true, align: 'right', after: 6 });

export interface SignatureOptions {
  /** Heading lines above the signer's title, e.g. "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ". */
  heading?: string[];
  /** Guidance in italics under the title, e.g. "(Ký, ghi rõ họ và tên)". */
  note?: string;
}

/** The bold upper-case lines of a signature block ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" gives two) and its note. */
export function signatureTitle(signer: Signer, o: SignatureOptions = {}): Paragraph[] {
  const lines = [...(o.heading ?? []), ...signer.title.split(/\r?\n/)].filter((l) => l.trim());
  const out = lines.map((l) => para(upper(l.trim()), { size: 13, bold: true, align: 'center' }));
  if (o.note) out.push(para(o.note, { size: 13, italics: true, align: 'center' }));
  return out;
}

/** The signer's name in bold, after room for the signature and seal (blank when not known yet). */
export const signatureName = (signer: Signer): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: mm(26) },
    children: [run(signer.name ?? '', { size: 14, bold: true })],
    run: { size: 28, font: FONT },
  });

/** Signature block (NĐ 30 Phụ lục I, II.7): authority and title, room to sign, the name. */
export const signatureBlock = (signer: Signer, o: SignatureOptions = {}): Paragraph[] => [
  ...signatureTitle(signer, o),
  signatureName(signer),
];

/** "Nơi nhận:" (NĐ 30 Phụ lục I, II.8): bold italic 12 pt heading, 11 pt list of "- …" lines. */
export function recipientsBlock(recipients: string[]): Paragraph[] {
  return [
    para('Nơi nhận:', { size: 12, bold: true, italics: true }),
    ...recipients.map((r) => para(/^\s*[-–]/.test(r) ? r.trim() : `- ${r.trim()}`, { size: 11 })),
  ];
}

/** "Nơi nhận" on the left, the signature on the right, side by side at the foot of the text. */
export function closingTable(signer: Signer, recipients: string[]): Table {
  const leftWidth = mm(75);
  return layoutTable(
    [leftWidth, TEXT_WIDTH - leftWidth],
    [[recipients.length > 0 ? recipientsBlock(recipients) : [], signatureBlock(signer)]],
  );
}

/**
 * Two signature blocks side by side, equal widths. Titles and names are in separate rows, so the names
 * stay level even when one title wraps onto more lines than the other.
 */
export function twoSignatures(
  left: { signer: Signer; options?: SignatureOptions },
  right: { signer: Signer; options?: SignatureOptions },
): Table {
  const half = Math.floor(TEXT_WIDTH / 2);
  return layoutTable(
    [half, TEXT_WIDTH - half],
    [
      [signatureTitle(left.signer, left.options), signatureTitle(right.signer, right.options)],
      [[signatureName(left.signer)], [signatureName(right.signer)]],
    ],
  );
}

/** Page numbers centred in the top margin from the second page on (NĐ 30 Phụ lục I, II.11). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
      }),
    ],
  });
}

/** A one-section A4 document in the NĐ 30 geometry, Times New Roman 14 pt by default. */
export async function packOfficialDocument(title: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'VinhDanh',
    title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 28, language: { value: 'vi-VN' } },
          // lineRule spelled out: LibreOffice reads a bare line="240" as exactly 12 pt, not single spacing.
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { ...MARGIN, header: mm(10), footer: mm(10) },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ——— bordered data tables ———

export interface Column {
  title: string;
  width: number; // twips
  align?: 'left' | 'center' | 'right';
}

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const LINES = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const CELL_LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const TABLE_SIZE = 12;

/** A row of the body: cell texts, or a full-width group heading. */
export type DataRow = { cells: string[] } | { group: string };

const dataCell = (text: string, width: number, style: ParaOptions, span = 1) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    borders: CELL_LINES,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text.includes('\n') ? textParagraphs(text, style) : [para(text, style)],
  });

/**
 * A ruled table with a bold header row that repeats on each page. No body rows gives one full-width
 * row "Không có", so an empty list still reads as a statement rather than a missing table.
 */
export function dataTable(columns: Column[], rows: DataRow[]): Table {
  const widths = columns.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) =>
      dataCell(c.title, c.width, { size: TABLE_SIZE, bold: true, align: 'center' }),
    ),
  });
  const body = rows.length > 0 ? rows : [{ group: 'Không có' }];
  const bodyRows = body.map((r) =>
    'group' in r
      ? new TableRow({
          cantSplit: true,
          children: [
            dataCell(
              r.group,
              total,
              {
                size: TABLE_SIZE,
                bold: rows.length > 0,
                italics: rows.length === 0,
                align: rows.length > 0 ? 'left' : 'center',
              },
              columns.length,
            ),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: columns.map((c, i) =>
            dataCell(r.cells[i] ?? '', c.width, { size: TABLE_SIZE, align: c.align ?? 'left' }),
          ),
        }),
  );
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: LINES,
    rows: [header, ...bodyRows],
  });
}

/** Section heading inside a document body ("I. SƠ LƯỢC LÝ LỊCH"). */
export const heading = (text: string, o: ParaOptions = {}): Paragraph =>
  para(text, { size: 14, bold: true, before: 10, after: 4, keepNext: true, ...o });
