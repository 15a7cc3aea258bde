/**
 * Tờ trình đề nghị khen thưởng: Mẫu số 01 of the NĐ 152/2025/NĐ-CP appendix (legal-rules §6.1), laid
 * out by NĐ 30/2020/NĐ-CP. The list of nominees is grouped by the title or form proposed, each group
 * numbered I, II, … as the provincial councils receive them.
 */
import type { Paragraph, Table } from 'docx';
import {
  type Column,
  type DataRow,
  closingTable,
  dataTable,
  mm,
  officialHeader,
  packOfficialDocument,
  para,
  rule,
  TEXT_WIDTH,
  templateLabelLine,
  textParagraphs,
} from './official-layout.ts';
import type { SubmissionLetterInput, SubmissionNominee } from './types.ts';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const roman = (n: number) => ROMAN[n - 1] ?? String(n);

const KIND_WORD: Record<SubmissionNominee['subjectKind'], string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

/**
 * "3 cá nhân, 1 tập thể". The totals line always names individuals and collectives; `onlyPresent`
 * (for a group heading) and households name a kind only when there is one.
 */
export function countNominees(nominees: SubmissionNominee[], onlyPresent = false): string {
  const kinds = ['individual', 'collective', 'household'] as const;
  return kinds
    .map((k) => ({ k, n: nominees.filter((x) => x.subjectKind === k).length }))
    .filter(({ k, n }) => n > 0 || (!onlyPresent && k !== 'household'))
    .map(({ k, n }) => `${n} ${KIND_WORD[k]}`)
    .join(', ');
}

/** Groups by proposed title or form, in the order the titles first appear. */
function groupByTarget(nominees: SubmissionNominee[]): [string, SubmissionNominee[]][] {
  const groups = new Map<string, SubmissionNominee[]>();
  for (const n of nominees) {
    const list = groups.get(n.targetName);
    if (list) list.push(n);
    else groups.set(n.targetName, [n]);
  }
  return [...groups];
}

const COLUMNS: Column[] = [
  { title: 'STT', width: mm(11), align: 'center' },
  { title: 'Họ và tên / Tên tập thể', width: mm(36) },
  { title: 'Chức vụ, đơn vị', width: mm(38) },
  { title: 'Danh hiệu / Hình thức đề nghị', width: mm(30) },
  { title: 'Thành tích tóm tắt', width: TEXT_WIDTH - mm(11 + 36 + 38 + 30) },
];

function nomineeRows(nominees: SubmissionNominee[]): DataRow[] {
  return groupByTarget(nominees).flatMap(([target, members], g) => [
    { group: `${roman(g + 1)}. ${target} (${countNominees(members, true)})` },
    ...members.map((m, i) => ({
      cells: [
        String(i + 1),
        m.name,
        m.position ? `${m.position}, ${m.unitName}` : m.unitName,
        m.targetName,
        m.achievement ?? '',
      ],
    })),
  ]);
}

export async function renderSubmissionLetter(input: SubmissionLetterInput): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    templateLabelLine(input.templateLabel),
    officialHeader(input.header),
    para('TỜ TRÌNH', { size: 14, bold: true, align: 'center', before: 18 }),
    para(input.subject, { size: 14, bold: true, align: 'center' }),
    rule(TEXT_WIDTH, mm(35)),
    para(`Kính gửi: ${input.addressee}`, { size: 14, align: 'center', before: 12, after: 12 }),
    ...input.basis.map((b) => para(b, { size: 14, align: 'justify', firstLineIndent: true, after: 6 })),
    ...textParagraphs(input.body, { size: 14, align: 'justify', firstLineIndent: true, after: 6 }),
    dataTable(COLUMNS, nomineeRows(input.nominees)),
    para(`Tổng số: ${countNominees(input.nominees)}.`, {
      size: 14,
      bold: true,
      firstLineIndent: true,
      before: 6,
      after: 6,
    }),
    para(`Kính trình ${input.addressee} xem xét, quyết định./.`, {
      size: 14,
      align: 'justify',
      firstLineIndent: true,
      after: 12,
      keepNext: true, // never a signature page without a line of the text above it
    }),
    closingTable(input.signer, input.recipients),
  ];
  return packOfficialDocument('Tờ trình đề nghị khen thưởng', body);
}
