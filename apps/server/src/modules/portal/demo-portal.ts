import { inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { unit } from '../../db/schema/index.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { at, ctxFor, DEMO_PASSWORD, dayAt, markNotificationsRead } from '../../seed/demo-actors.ts';
import { appraiseWholeDossier } from '../dossiers/demo-appraisal.ts';
import { createDossier } from '../dossiers/dossier.service.ts';
import { computeSuggestions } from '../eligibility/eligibility.service.ts';
import { createUser } from '../users/user.service.ts';
import { answerComment, createDisclosure, moderateComment, staffDisclosure } from './disclosure.service.ts';
import { submitComment } from './public.service.ts';
import { createStory, publishStory } from './story.service.ts';

/** A citizen's address as the portal records it (hashed): a documentation range, nobody's real one. */
const CITIZEN_ADDRESS = '203.0.113.25';

const STORIES = [
  {
    unit: 'THPT-DTNT',
    title: 'Cô giáo mười lăm năm giữ lửa ở trường nội trú',
    summary:
      'Cô Lò Thị Mai dạy Ngữ văn và làm “mẹ” của hơn 300 học sinh dân tộc thiểu số xa nhà tại Trường Phổ thông Dân tộc nội trú tỉnh.',
    body: [
      'Mười lăm năm qua, mỗi tối cô Lò Thị Mai vẫn đi một vòng khu ký túc xá, nhắc các em ôn bài, hỏi han em nào ốm, em nào nhớ nhà.',
      'Cô tự biên soạn bộ tài liệu đọc hiểu song ngữ Thái – Việt, giúp học sinh lớp 10 theo kịp chương trình; năm học 2024–2025, tỷ lệ học sinh của trường đỗ tốt nghiệp đạt 100%.',
      'Khi lũ quét về bản Nậm Khiêu tháng 9/2025, cô cùng đồng nghiệp quyên góp gần 40 triệu đồng, đưa 12 học sinh có nhà bị cuốn trôi trở lại trường kịp đầu năm học.',
    ].join('\n\n'),
    created: '2026-01-12T02:00:00Z',
    published: '2026-01-15T01:00:00Z',
  },
  {
    unit: 'BV-DAKHOA',
    title: 'Ca trực đêm cứu sống sản phụ băng huyết',
    summary:
      'Kíp trực Khoa Sản, Bệnh viện Đa khoa tỉnh hiến máu tại chỗ và cấp cứu thành công một sản phụ mất máu nặng lúc 2 giờ sáng.',
    body: [
      'Rạng sáng 3/2/2026, sản phụ Hà Thị Nhung (xã Tân Phú) được chuyển đến Bệnh viện Đa khoa tỉnh trong tình trạng băng huyết sau sinh, nhóm máu hiếm.',
      'Ngân hàng máu chỉ còn hai đơn vị phù hợp; bác sĩ Trịnh Văn Quyết và hai điều dưỡng cùng nhóm máu đã hiến máu ngay tại bệnh viện, trong khi kíp mổ tiến hành cầm máu.',
      'Sau sáu giờ, mẹ và bé đều qua cơn nguy kịch. Gia đình gửi thư cảm ơn, đề nghị biểu dương tinh thần trách nhiệm và y đức của kíp trực.',
    ].join('\n\n'),
    created: '2026-02-10T03:00:00Z',
    published: '2026-02-12T01:30:00Z',
  },
];

const DRAFT_STORY = {
  unit: 'X-AH',
  title: 'Ông Ba hiến đất mở đường liên thôn',
  summary: 'Ông Nguyễn Văn Ba (thôn An Hòa 2) hiến hơn 600 m² đất để mở rộng đường bê tông liên thôn.',
  body: 'Bản nháp: Ban Thi đua – Khen thưởng đang xác minh thông tin với UBND xã An Hòa trước khi đăng.',
};

/**
 * The public side of the demo, around `now`: Sở Y tế's proposal of Bằng khen, appraised and disclosed on
 * the portal four days ago for ten days (so still open), with a citizen's comment approved and answered
 * and another waiting for moderation; and good-deed stories, two published, one draft.
 */
export async function seedDemoPortal(
  database: Database,
  now: Date,
): Promise<{ disclosureId: number } | null> {
  const admin = await ctxFor(database, 'admin', dayAt(now, -30, '08:00'), 'seed-demo-portal');
  const appraiser = await ctxFor(database, 'thamdinh', dayAt(now, -16), 'seed-demo-portal');
  if (!admin || !appraiser) return null;
  const provinceId = appraiser.actor.grants[0]!.unitId;
  const units = await database.db
    .select({ id: unit.id, code: unit.code })
    .from(unit)
    .where(inArray(unit.code, ['SYT', ...STORIES.map((s) => s.unit), DRAFT_STORY.unit]));
  const unitId = (code: string) => units.find((u) => u.code === code)?.id;
  const sytId = unitId('SYT');
  if (!sytId) return null;

  // Sở Y tế's officer: an account the administrator made for the dossier (not an advertised login).
  await createUser(database.db, admin, {
    username: 'canbo.syt',
    displayName: 'Nguyễn Thị Hạnh (Sở Y tế)',
    password: DEMO_PASSWORD,
    grants: [{ role: 'unit_officer', unitId: sytId }],
  });
  const officer = await ctxFor(database, 'canbo.syt', dayAt(now, -20, '09:10'), 'seed-demo-portal');
  if (!officer) return null;
  const suggestions = await computeSuggestions(database, officer, {
    unitId: sytId,
    year: 2025,
    target: 'BK_TINH',
    subjectKind: 'individual',
    outcome: 'eligible',
    page: 1,
    pageSize: 50,
  });
  const picked = suggestions.all.slice(0, 4);
  if (picked.length === 0) return null;
  const created = await createDossier(database, officer, {
    unitId: sytId,
    kind: 'regular',
    targetLevel: 'province',
    year: 2025,
    title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho cá nhân ngành Y tế năm 2025',
    letterNumber: '87/TTr-SYT',
    letterDate: vnDate(dayAt(now, -20)),
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Trịnh Xuân Lộc',
    nominees: picked.map((s) => ({
      subjectKind: 'individual' as const,
      personId: s.subjectId,
      target: 'BK_TINH',
      achievement:
        'Hoàn thành xuất sắc nhiệm vụ năm 2025; tham gia cấp cứu, điều trị người bệnh trong đợt mưa lũ tháng 9/2025.',
    })),
    origin: { kind: 'suggestions' },
  });
  await appraiseWholeDossier(database, officer, appraiser, created, [
    dayAt(now, -19, '10:00'),
    dayAt(now, -16, '08:15'),
    dayAt(now, -8, '16:20'),
  ]);
  await markNotificationsRead(database, [created.data.id], dayAt(now, -8, '16:45'));

  const opened = dayAt(now, -4, '07:30');
  const disclosure = await createDisclosure(database, at(appraiser, opened), {
    unitId: provinceId,
    title: 'Công khai danh sách đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh – ngành Y tế năm 2025',
    dossierIds: [created.data.id],
    startsOn: vnDate(opened),
    days: 10,
  });
  const disclosureId = disclosure.data.id;
  // The citizen writes about someone of the hospital, where he was treated.
  const first =
    disclosure.data.items.find((i) => i.unitName?.startsWith('Bệnh viện')) ?? disclosure.data.items[0]!;
  await submitComment(
    database,
    dayAt(now, -3, '20:12'),
    disclosureId,
    {
      authorName: 'Trần Văn Quý',
      contact: '0912 468 135',
      body: `Tôi là người nhà bệnh nhân điều trị tại bệnh viện trong đợt lũ tháng 9/2025. ${first.name} đã trực xuyên đêm, tận tình chăm sóc người bệnh; tôi đồng tình với đề nghị khen thưởng.`,
      itemId: first.id,
    },
    CITIZEN_ADDRESS,
  );
  await submitComment(
    database,
    dayAt(now, -1, '21:40'),
    disclosureId,
    {
      authorName: 'Lê Thị Hồng',
      contact: null,
      body: 'Đề nghị cơ quan thẩm định cho biết tiêu chí lựa chọn cá nhân đề nghị Bằng khen của ngành Y tế năm nay.',
    },
    CITIZEN_ADDRESS,
  );
  const staff = await staffDisclosure(database, at(appraiser, dayAt(now, -2, '09:05')), disclosureId);
  const praise = staff.data.comments.find((c) => c.itemId === first.id);
  if (praise) {
    const moderator = at(appraiser, dayAt(now, -2, '09:05'));
    await moderateComment(database, moderator, disclosureId, praise.id, 'approved');
    await answerComment(
      database,
      moderator,
      disclosureId,
      praise.id,
      'Cảm ơn ông đã góp ý. Ý kiến của ông được tổng hợp vào hồ sơ trình Chủ tịch UBND tỉnh xem xét.',
    );
  }

  for (const s of STORIES) {
    const id = unitId(s.unit);
    if (!id) continue;
    const story = await createStory(database, at(appraiser, s.created), {
      unitId: id,
      title: s.title,
      summary: s.summary,
      body: s.body,
    });
    await publishStory(database, at(appraiser, s.published), story.id, true);
  }
  const draftUnit = unitId(DRAFT_STORY.unit);
  if (draftUnit)
    await createStory(database, at(appraiser, dayAt(now, -2, '14:30')), {
      ...DRAFT_STORY,
      unitId: draftUnit,
    });
  return { disclosureId };
}
