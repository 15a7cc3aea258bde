/**
 * Quyết định khen thưởng (and its revocation twin), laid out by NĐ 30/2020/NĐ-CP Phụ lục I: the
 * two-column header, "QUYẾT ĐỊNH" and its subject, the authority line, the legal bases (Căn cứ …), the
 * proposal considered (Xét đề nghị …), "QUYẾT ĐỊNH:", Điều 1/2/3, the signature with Nơi nhận, then on a
 * new page the appendix listing every awardee with unit, title or form and amount.
 * Plain data in, bytes out: the service decides every text, number and date.
 */
import { Paragraph, type Table } from 'docx';
import {
  type Column,
  closingTable,
  dataTable,
  heading,
  mm,
  officialHeader,
  packOfficialDocument,
  para,
  rule,
  run,
  TEXT_WIDTH,
} from './official-layout.ts';
import type { OfficialHeader, Signer } from './types.ts';

export interface DecisionAppendixRow {
  name: string;
  unitName: string | null;
  targetName: string;
  /** Printed amount, already formatted ("3.510.000"), or '' when none. */
  amount: string;
}

export interface DecisionDocumentInput {
  header: OfficialHeader;
  /** "Về việc khen thưởng …" */
  subject: string;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HỒNG LAM" */
  authorityLine: string;
  basis: string[];
  /** "Xét đề nghị của …" (may be empty). */
  considering: string[];
  /** Body of Điều 1, 2, 3 … without the "Điều n." prefix. */
  articles: string[];
  signer: Signer;
  recipients: string[];
  appendix: {
    title: string;
    /** "(Kèm theo Quyết định số 12/QĐ-UBND ngày 10/12/2026 của Chủ tịch UBND tỉnh …)" */
    subtitle: string;
    rows: DecisionAppendixRow[];
    totalLine: string | null;
  } | null;
}

const APPENDIX_COLUMNS: Column[] = [
  { title: 'STT', width: mm(11), align: 'center' },
  { title: 'Họ và tên / Tên tập thể', width: mm(42) },
  { title: 'Đơn vị', width: mm(44) },
  { title: 'Danh hiệu / Hình thức', width: mm(40) },
  { title: 'Số tiền thưởng (đồng)', width: TEXT_WIDTH - mm(11 + 42 + 44 + 40), align: 'right' },
];

const body = (text: string, o: { after?: number; keepNext?: boolean } = {}) =>
  para(text, {
    size: 14,
    align: 'justify',
    firstLineIndent: true,
    after: o.after ?? 6,
    keepNext: o.keepNext,
  });

export async function renderDecision(input: DecisionDocumentInput): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    officialHeader(input.header),
    para('QUYẾT ĐỊNH', { size: 14, bold: true, align: 'center', before: 18 }),
    para(input.subject, { size: 14, bold: true, align: 'center' }),
    rule(TEXT_WIDTH, mm(35)),
    para(input.authorityLine, { size: 14, bold: true, align: 'center', before: 12, after: 12 }),
    ...input.basis.map((b) =>
      para(b, { size: 14, italics: true, align: 'justify', firstLineIndent: true, after: 6 }),
    ),
    ...input.considering.map((c) =>
      para(c, { size: 14, italics: true, align: 'justify', firstLineIndent: true, after: 6 }),
    ),
    para('QUYẾT ĐỊNH:', { size: 14, bold: true, align: 'center', before: 6, after: 6 }),
    ...input.articles.map((a, i) =>
      para([run(`Điều ${i + 1}. `, { size: 14, bold: true }), run(a, { size: 14 })], {
        size: 14,
        align: 'justify',
        firstLineIndent: true,
        after: 6,
        keepNext: i === input.articles.length - 1,
      }),
    ),
    closingTable(input.signer, input.recipients),
  ];
  if (input.appendix) {
    const a = input.appendix;
    children.push(
      new Paragraph({ pageBreakBefore: true, children: [] }),
      heading(a.title, { align: 'center', before: 0 }),
      para(a.subtitle, { size: 14, italics: true, align: 'center', after: 12 }),
      dataTable(
        APPENDIX_COLUMNS,
        a.rows.map((r, i) => ({
          cells: [String(i + 1), r.name, r.unitName ?? '', r.targetName, r.amount],
        })),
      ),
    );
    if (a.totalLine) children.push(body(a.totalLine, { after: 0 }));
  }
  return packOfficialDocument('Quyết định khen thưởng', children);
}
