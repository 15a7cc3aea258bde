/**
 * The texts of a decision's .docx: header of the issuing body, authority line, bases, articles and the
 * appendix of awardees. Reads happen in `loadDocumentContext` (before any transaction); `decisionDocument`
 * is pure and renders with the number once it is known.
 */
import { revocationGrounds } from '@vinhdanh/contracts';
import { formatVnd, type IssuerLevel } from '@vinhdanh/domain';
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { dossier, unit } from '../../db/schema/index.ts';
import { renderDecision } from '../../documents/docx/decision.ts';
import type { Awardee } from './decision-awardees.ts';
import type { DecisionRow } from './decision.service.ts';

export interface DocumentContext {
  issuerName: string;
  parentName: string | null;
  place: string;
  proposers: string[];
}

export async function loadDocumentContext(
  db: DbOrTx,
  d: Pick<DecisionRow, 'issuerUnitId' | 'issuerPath' | 'dossierIds'>,
) {
  const ids = d.issuerPath.split('/').filter(Boolean).map(Number);
  const chain = await db.select().from(unit).where(inArray(unit.id, ids));
  const self = chain.find((u) => u.id === d.issuerUnitId)!;
  const root = chain.find((u) => u.id === ids[0]) ?? self;
  const parent = self.parentId ? (chain.find((u) => u.id === self.parentId) ?? null) : null;
  const proposers = d.dossierIds.length
    ? await db
        .selectDistinct({ name: unit.name })
        .from(dossier)
        .innerJoin(unit, eq(unit.id, dossier.unitId))
        .where(inArray(dossier.id, d.dossierIds))
    : [];
  return {
    issuerName: self.name,
    parentName: parent?.name ?? null,
    place: root.name.replace(/^(UBND|Ủy ban nhân dân)\s+(tỉnh|thành phố)\s+/i, ''),
    proposers: proposers.map((p) => p.name),
  } satisfies DocumentContext;
}

const expand = (name: string) => name.replace(/^UBND\b/, 'Ủy ban nhân dân');
const upper = (s: string) => s.toLocaleUpperCase('vi');
export const dmy = (iso: string) => iso.split('-').reverse().join('/');

function chiefTitle(level: IssuerLevel, name: string): string {
  if (level !== 'unit') return 'Chủ tịch';
  if (/^Sở\b/.test(name)) return 'Giám đốc';
  if (/^Trường\b/.test(name)) return 'Hiệu trưởng';
  return 'Thủ trưởng';
}

/** "Chủ tịch Ủy ban nhân dân tỉnh Hồng Lam" — the authority in whose name the decision is made. */
export const authorityName = (level: IssuerLevel, issuerName: string) =>
  `${chiefTitle(level, issuerName)} ${expand(issuerName)}`;

function header(
  c: DocumentContext,
  level: IssuerLevel,
  numberLine: string,
  date: string | null,
  year: number,
) {
  const committee = level !== 'unit';
  return {
    parentAgency: committee || !c.parentName ? null : upper(expand(c.parentName)),
    agency: expand(c.issuerName),
    numberLine,
    place: c.place,
    date,
    year,
  };
}

const KIND_WORD: Record<string, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

function countSubjects(awardees: Awardee[]): string {
  return ['individual', 'collective', 'household']
    .map((k) => ({ k, n: awardees.filter((a) => a.subjectKind === k).length }))
    .filter(({ n }) => n > 0)
    .map(({ k, n }) => `${n} ${KIND_WORD[k]}`)
    .join(', ');
}

const BASIS = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
];

export async function awardDecisionDocument(
  c: DocumentContext,
  d: Pick<DecisionRow, 'issuerLevel' | 'symbol' | 'title' | 'signerName' | 'signerTitle' | 'year'>,
  number: string | null,
  date: string | null,
  awardees: Awardee[],
  total: number,
  baseSalary: number | null,
): Promise<Buffer> {
  const level = d.issuerLevel as IssuerLevel;
  const authority = authorityName(level, c.issuerName);
  const targets = [...new Set(awardees.map((a) => a.targetName))];
  const years = [...new Set(awardees.map((a) => a.year))].sort();
  const council = awardees.some((a) => a.basis === 'council');
  const numberText = number ?? `      /QĐ-${d.symbol}`;
  return renderDecision({
    header: header(c, level, `Số: ${numberText}`, date, d.year),
    subject: d.title,
    authorityLine: upper(authority),
    basis: level === 'unit' ? BASIS.slice(1) : BASIS,
    considering: [
      `Xét đề nghị của ${c.proposers.join(', ') || 'các cơ quan, đơn vị'}${council ? ', kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng' : ''} và kết quả thẩm định của cơ quan thường trực Hội đồng Thi đua – Khen thưởng.`,
    ],
    articles: [
      `Tặng ${targets.join('; ')} cho ${countSubjects(awardees)} có tên trong danh sách kèm theo, đã có thành tích xuất sắc trong phong trào thi đua năm ${years.join(', ')}.`,
      `Tiền thưởng kèm theo thực hiện theo Nghị định số 152/2025/NĐ-CP${baseSalary ? `, trên mức lương cơ sở ${formatVnd(baseSalary)} đồng` : ''}; tổng số tiền thưởng ${formatVnd(total)} đồng (có danh sách kèm theo), chi từ Quỹ thi đua, khen thưởng theo quy định.`,
      `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    ],
    signer: { title: d.signerTitle ?? 'Chủ tịch', name: d.signerName },
    recipients: ['Như Điều 3;', 'Cơ quan thường trực Hội đồng TĐKT;', 'Lưu: VT.'],
    appendix: {
      title: 'DANH SÁCH KHEN THƯỞNG',
      subtitle: `(Kèm theo Quyết định số ${numberText} ngày ${date ? dmy(date) : '     '} của ${authority})`,
      rows: awardees.map((a) => ({
        name: a.name,
        unitName: a.unitName,
        targetName: a.targetName,
        amount: a.paid > 0 ? formatVnd(a.paid) : '',
      })),
      totalLine: `Tổng cộng: ${countSubjects(awardees)}; tổng số tiền thưởng: ${formatVnd(total)} đồng.`,
    },
  });
}

export async function revocationDocument(
  c: DocumentContext,
  r: {
    issuerLevel: IssuerLevel;
    number: string;
    date: string;
    year: number;
    signerName: string;
    signerTitle: string;
    ground: (typeof revocationGrounds.values)[number];
    citation: string;
    note: string;
    awardee: { name: string; unitName: string | null; targetName: string };
    original: { number: string | null; date: string | null; authority: string };
  },
): Promise<Buffer> {
  const authority = authorityName(r.issuerLevel, c.issuerName);
  const who = r.awardee.unitName ? `${r.awardee.name} (${r.awardee.unitName})` : r.awardee.name;
  return renderDecision({
    header: header(c, r.issuerLevel, `Số: ${r.number}`, r.date, r.year),
    subject: `Về việc hủy bỏ quyết định khen thưởng đối với ${r.awardee.name}`,
    authorityLine: upper(authority),
    basis: [...(r.issuerLevel === 'unit' ? BASIS.slice(1) : BASIS), `Căn cứ ${r.citation};`],
    considering: [`Xét: ${r.note}`],
    articles: [
      `Hủy bỏ việc tặng ${r.awardee.targetName} đối với ${who} tại Quyết định số ${r.original.number ?? ''} ngày ${r.original.date ? dmy(r.original.date) : ''} của ${r.original.authority}. Lý do: ${revocationGrounds.vi[r.ground].toLocaleLowerCase('vi')}.`,
      'Thu hồi hiện vật và tiền thưởng đã nhận theo quy định tại Điều 93 Luật Thi đua, khen thưởng.',
      `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan và ${who} chịu trách nhiệm thi hành Quyết định này./.`,
    ],
    signer: { title: r.signerTitle, name: r.signerName },
    recipients: ['Như Điều 3;', 'Lưu: VT.'],
    appendix: null,
  });
}
