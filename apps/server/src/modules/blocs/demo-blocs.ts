import { toDecimalString, toHundredths } from '@vinhdanh/domain/scoring/index';
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  assessment,
  attachment,
  bloc,
  blocMember,
  criterion,
  pact,
  pactSignature,
  score,
  scoreSheet,
  unit,
} from '../../db/schema/index.ts';

const PDF = Buffer.from('%PDF-1.4\n% minh chứng mẫu\n%%EOF\n');

/** Leaf points of each department: SGD and SYT tie at 99 (SGD lost fewer points), SNNMT submitted, SKHCN draft. */
const DEPARTMENTS: [code: string, points: number[] | null, status: 'final' | 'submitted' | 'draft'][] = [
  ['SGD', [30, 19, 19, 19, 10, 2, 0], 'final'],
  ['SYT', [30, 20, 18, 19, 10, 3, 1], 'final'],
  ['STC', [29, 18, 18, 18, 9, 1, 0], 'final'],
  ['SNV', [28, 18, 17, 18, 9, 0, 0], 'final'],
  ['SXD', [27, 17, 16, 17, 9, 0, 2], 'final'],
  ['SNNMT', [26, 16, 16, 16, 8, 0, 0], 'submitted'],
  ['SKHCN', null, 'draft'],
];
const COMMUNES = ['P-HL', 'P-BTH', 'P-TH', 'X-BT', 'X-NS', 'X-AH', 'X-TP'];
/** [code, parent, name, kind, max, cap, evidence]; leaves in the order of DEPARTMENTS' points. */
const CRITERIA: [
  string,
  string | null,
  string,
  'normal' | 'bonus' | 'penalty',
  number,
  number | null,
  boolean,
][] = [
  ['I', null, 'Thực hiện nhiệm vụ chính trị được giao', 'normal', 50, null, false],
  ['1.1', 'I', 'Hoàn thành các chỉ tiêu, nhiệm vụ trọng tâm năm', 'normal', 30, null, false],
  ['1.2', 'I', 'Chất lượng, tiến độ thực hiện nhiệm vụ UBND tỉnh giao', 'normal', 20, null, true],
  ['II', null, 'Cải cách hành chính, chuyển đổi số', 'normal', 20, null, false],
  ['III', null, 'Công tác thi đua, khen thưởng', 'normal', 20, null, false],
  ['IV', null, 'Xây dựng tổ chức đảng, đoàn thể vững mạnh', 'normal', 10, null, false],
  ['C', null, 'Điểm thưởng', 'bonus', 5, 5, false],
  ['C.1', 'C', 'Sáng kiến, mô hình hay được công nhận cấp tỉnh', 'bonus', 5, null, false],
  ['D', null, 'Điểm trừ', 'penalty', 10, 10, false],
  ['D.1', 'D', 'Chậm nộp báo cáo, hồ sơ thi đua', 'penalty', 10, null, false],
];
const LEAVES = ['1.1', '1.2', 'II', 'III', 'IV', 'C.1', 'D.1'];
const dec = (points: number) => toDecimalString(toHundredths(points)!);

/**
 * Demo blocs for the fictional province: "Khối các sở, ban, ngành" (departments) with its pact, a scoring
 * table and assessments (some final), and "Cụm thi đua các xã, phường" (communes) with its members.
 */
export async function seedDemoBlocs(tx: DbOrTx, unitIdsByCode: Map<string, number>, year: number) {
  const id = (code: string) => {
    const v = unitIdsByCode.get(code);
    if (v === undefined) throw new Error(`seedDemoBlocs: unknown unit code ${code}`);
    return v;
  };
  const [organiser] = await tx
    .select()
    .from(unit)
    .where(eq(unit.id, id('UBND')));
  const [departments, communes] = await tx
    .insert(bloc)
    .values([
      {
        name: 'Khối các sở, ban, ngành',
        kind: 'bloc',
        organiserUnitId: organiser!.id,
        organiserPath: organiser!.path,
      },
      {
        name: 'Cụm thi đua các xã, phường',
        kind: 'cluster',
        organiserUnitId: organiser!.id,
        organiserPath: organiser!.path,
      },
    ])
    .returning();
  const deptIds = DEPARTMENTS.map(([code]) => id(code));
  const members = [
    ...deptIds.map((unitId, i) => ({
      blocId: departments!.id,
      unitId,
      year,
      role: i === 0 ? 'leader' : i === 1 ? 'deputy' : 'member',
    })),
    ...COMMUNES.map((c, i) => ({
      blocId: communes!.id,
      unitId: id(c),
      year,
      role: i === 0 ? 'leader' : c === 'X-AH' ? 'deputy' : 'member',
    })),
  ];
  await tx.insert(blocMember).values(members);

  const [p] = await tx
    .insert(pact)
    .values({
      blocId: departments!.id,
      year,
      title: `Giao ước thi đua năm ${year} của Khối các sở, ban, ngành`,
      items: [
        { no: 1, text: `Thi đua hoàn thành thắng lợi các mục tiêu, nhiệm vụ năm ${year}.` },
        { no: 2, text: 'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.' },
        {
          no: 3,
          text: 'Đẩy mạnh cải cách hành chính, tăng cường ứng dụng công nghệ thông tin, chuyển đổi số.',
        },
        { no: 4, text: 'Thực hiện tốt nếp sống văn minh, văn hóa công sở trong giao tiếp và ứng xử.' },
      ],
    })
    .returning();
  await tx
    .insert(pactSignature)
    .values(
      deptIds
        .slice(0, 6)
        .map((unitId) => ({ pactId: p!.id, unitId, signedDate: `${year}-02-14`, signerName: null })),
    );

  const [sheet] = await tx
    .insert(scoreSheet)
    .values({
      blocId: departments!.id,
      year,
      name: `Bảng điểm thi đua Khối các sở, ban, ngành năm ${year}`,
      status: 'open',
      lockedAt: new Date(`${year}-12-05T02:00:00Z`),
      settings: {
        bands: [
          { name: 'Xuất sắc', minPoints: 95 },
          { name: 'Tốt', minPoints: 85 },
          { name: 'Khá', minPoints: 70 },
        ],
        flagCount: 1,
        certificateCount: 2,
        maxPenaltyForProposal: 5,
        flagMinBand: 'Xuất sắc',
      },
    })
    .returning();
  const critIds = new Map<string, number>();
  for (const [i, [code, parent, name, kind, max, cap, evidence]] of CRITERIA.entries()) {
    const [row] = await tx
      .insert(criterion)
      .values({
        sheetId: sheet!.id,
        parentId: parent ? critIds.get(parent)! : null,
        code,
        name,
        kind,
        maxPoints: dec(max),
        cap: cap === null ? null : dec(cap),
        evidenceRequired: evidence,
        position: i,
      })
      .returning({ id: criterion.id });
    critIds.set(code, row!.id);
  }
  for (const [code, points, status] of DEPARTMENTS) {
    const done = status !== 'draft';
    const [a] = await tx
      .insert(assessment)
      .values({
        sheetId: sheet!.id,
        unitId: id(code),
        status,
        submittedAt: done ? new Date(`${year}-12-05T02:00:00Z`) : null,
        reviewedAt: status === 'final' ? new Date(`${year}-12-10T02:00:00Z`) : null,
      })
      .returning();
    if (!points) continue;
    const [file] = await tx
      .insert(attachment)
      .values({
        ownerType: 'assessment',
        ownerId: a!.id,
        fileName: `minh-chung-${code}.pdf`,
        mimeType: 'application/pdf',
        size: PDF.length,
        content: PDF,
      })
      .returning({ id: attachment.id });
    await tx.insert(score).values(
      LEAVES.map((leaf, i) => ({
        assessmentId: a!.id,
        criterionId: critIds.get(leaf)!,
        selfPoints: dec(points[i]!),
        evidenceIds: leaf === '1.2' ? [file!.id] : [],
      })),
    );
  }
  const memberCount = await tx
    .select({ id: blocMember.id })
    .from(blocMember)
    .where(inArray(blocMember.blocId, [departments!.id, communes!.id]));
  return { blocs: 2, members: memberCount.length, sheetId: sheet!.id };
}
