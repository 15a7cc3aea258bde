import { addAgendaItems, agendaCandidates } from '../council/council-agenda.service.ts';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { award, nominee } from '../../db/schema/index.ts';
import { at, ctxFor, DEMO_PASSWORD, markNotificationsRead } from '../../seed/demo-actors.ts';
import { showcase } from '../../seed/showcase.ts';
import { castBallot, recordWrittenOpinion } from '../council/ballot.service.ts';
import {
  createSession,
  openSession,
  setAttendance,
  tallySession,
} from '../council/council-session.service.ts';
import { DEMO_COUNCIL_MEMBERS, seedDemoCouncil } from '../council/demo-council.ts';
import { appraiseWholeDossier } from '../dossiers/demo-appraisal.ts';
import { createDossier } from '../dossiers/dossier.service.ts';
import { computeSuggestions } from '../eligibility/eligibility.service.ts';
import { createDisclosure } from '../portal/disclosure.service.ts';
import { seedDemoPortal } from '../portal/demo-portal.ts';
import { issueDecision } from './decision-issue.service.ts';
import { createDecisionDraft } from './decision.service.ts';

const ACHIEVEMENT = {
  CO_TINH:
    'Dẫn đầu Khối thi đua các sở, ngành văn hóa – xã hội năm 2025; tỷ lệ tốt nghiệp THPT 98,7%, 41 giải học sinh giỏi quốc gia.',
  CSTD_TINH:
    'Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở; sáng kiến “Dạy học song ngữ cho học sinh dân tộc thiểu số” được công nhận cấp tỉnh.',
  BK_TINH:
    'Hoàn thành xuất sắc nhiệm vụ năm 2025; có sáng kiến được Hội đồng sáng kiến cơ sở công nhận và áp dụng hiệu quả.',
} as const;

const T = (iso: string) => new Date(iso);

/**
 * The demo's council, decisions and public portal, made through the services users call:
 * 1. the provincial council (demo-council.ts);
 * 2. a finished 2025 round of Sở GD&ĐT: a proposal (Cờ thi đua, CSTĐ cấp tỉnh, Bằng khen) submitted in
 *    November 2025, appraised, disclosed for 10 days, voted by the council on 16/12/2025 (8 present, the
 *    chairman's written opinion) and decided by the provincial chairman on 26/12/2025: awardees in the
 *    award history, the honour roll and verifiable certificates;
 * 3. a running disclosure, its comments, and good-deed stories (portal/demo-portal.ts).
 * Dates of the finished round are fixed; the running disclosure is placed around `now`.
 */
export async function seedDemoAwards(
  database: Database,
  now: Date,
): Promise<{ councilId: number; sessionId: number; decisionId: number } | null> {
  const council = await seedDemoCouncil(database, DEMO_PASSWORD);
  const officer = await ctxFor(database, 'canbo.sgd', T('2025-11-20T02:30:00Z'), 'seed-demo-awards');
  const appraiser = await ctxFor(database, 'thamdinh', T('2025-11-24T02:00:00Z'), 'seed-demo-awards');
  const secretary = await ctxFor(database, 'thuky', T('2025-12-10T02:00:00Z'), 'seed-demo-awards');
  const signer = await ctxFor(database, 'lanhdao', T('2025-12-26T08:00:00Z'), 'seed-demo-awards');
  if (!council || !officer || !appraiser || !secretary || !signer) return null;
  const sgdId = officer.actor.grants[0]!.unitId;
  const provinceId = appraiser.actor.grants[0]!.unitId;

  // Who the system suggests, leaving out people already proposed (the pending dossier) and the
  // hand-written cases the eligibility walkthrough explains.
  const taken = new Set(
    (await database.db.select({ id: nominee.personId }).from(nominee).where(isNotNull(nominee.personId))).map(
      (r) => r.id,
    ),
  );
  const keepOut = new Set(showcase.map((s) => s.fullName));
  // Nor anyone whose history already holds the title or form for 2025 (the officer checks it too).
  const held = new Set(
    (
      await database.db
        .select({ personId: award.personId, unitId: award.unitId, code: award.code })
        .from(award)
        .where(and(eq(award.year, 2025), inArray(award.code, ['CO_TINH', 'CSTD_TINH', 'BK_TINH'])))
    ).map((a) => `${a.personId ? 'individual' : 'collective'}:${a.personId ?? a.unitId}:${a.code}`),
  );
  const suggest = async (target: string, subjectKind: 'individual' | 'collective') =>
    (
      await computeSuggestions(database, officer, {
        unitId: sgdId,
        year: 2025,
        target,
        subjectKind,
        outcome: 'proposable',
        page: 1,
        pageSize: 100,
      })
    ).all.filter(
      (s) =>
        !(subjectKind === 'individual' && taken.has(s.subjectId)) &&
        !keepOut.has(s.name) &&
        !held.has(`${subjectKind}:${s.subjectId}:${target}`),
    );
  const flag = (await suggest('CO_TINH', 'collective')).slice(0, 1);
  const fighter = (await suggest('CSTD_TINH', 'individual')).slice(0, 1);
  const merit = (await suggest('BK_TINH', 'individual'))
    .filter((s) => s.outcome === 'eligible' && !fighter.some((f) => f.name === s.name))
    // Namesakes would read as one person listed twice on the roll: one of each name.
    .filter((s, i, all) => all.findIndex((x) => x.name === s.name) === i)
    .slice(0, 5);
  if (merit.length === 0) return null;

  const created = await createDossier(database, officer, {
    unitId: sgdId,
    kind: 'regular',
    targetLevel: 'province',
    year: 2025,
    title:
      'Đề nghị tặng Cờ thi đua, danh hiệu Chiến sĩ thi đua cấp tỉnh và Bằng khen của Chủ tịch UBND tỉnh năm 2025',
    letterNumber: '138/TTr-SGDĐT',
    letterDate: '2025-11-20',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Nguyễn Văn Bình',
    nominees: [
      ...flag.map((s) => ({
        subjectKind: 'collective' as const,
        unitId: s.subjectId,
        target: 'CO_TINH',
        achievement: ACHIEVEMENT.CO_TINH,
      })),
      ...[
        ...fighter.map((s) => ({ s, target: 'CSTD_TINH' as const })),
        ...merit.map((s) => ({ s, target: 'BK_TINH' as const })),
      ].map(({ s, target }) => ({
        subjectKind: 'individual' as const,
        personId: s.subjectId,
        target,
        achievement: ACHIEVEMENT[target],
      })),
    ],
    origin: { kind: 'suggestions' },
  });
  const dossierId = created.data.id;
  await appraiseWholeDossier(database, officer, appraiser, created, [
    T('2025-11-21T03:00:00Z'),
    T('2025-11-24T02:00:00Z'),
    T('2025-12-01T07:30:00Z'),
  ]);
  // The appraised list on the portal for ten days (02–11/12/2025): the decision comes after it.
  await createDisclosure(database, at(appraiser, '2025-12-02T01:00:00Z'), {
    unitId: provinceId,
    title: 'Công khai danh sách đề nghị khen thưởng tổng kết năm 2025 của Sở Giáo dục và Đào tạo',
    dossierIds: [dossierId],
    startsOn: '2025-12-02',
    days: 10,
  });

  // The council's session: what needs its ballot goes on the agenda.
  const session = await createSession(database, secretary, council.councilId, {
    title: 'Phiên họp xét khen thưởng tổng kết năm 2025',
    sessionDate: '2025-12-16',
  });
  const sessionId = session.data.id;
  const candidates = (await agendaCandidates(database.db, secretary, sessionId)).data.filter(
    (c) => c.dossierId === dossierId,
  );
  if (candidates.length > 0) {
    await addAgendaItems(database, secretary, sessionId, { nomineeIds: candidates.map((c) => c.nomineeId) });
    const meeting = at(secretary, '2025-12-16T01:30:00Z');
    const chair = council.memberIds.get('lanhdao')!;
    await setAttendance(database, meeting, sessionId, {
      entries: [...council.memberIds.values()].map((memberId) => ({ memberId, present: memberId !== chair })),
    });
    const opened = await openSession(database, at(secretary, '2025-12-16T02:00:00Z'), sessionId);
    // Secret ballots, each from the member's own account. One member votes against the flag (8/9 ≥ 80 %
    // still passes it); CSTĐ cấp tỉnh needs 90 % of all nine: everyone agrees.
    for (const [i, m] of DEMO_COUNCIL_MEMBERS.filter((x) => x.role !== 'chair').entries()) {
      const voter = await ctxFor(
        database,
        m.username,
        T(`2025-12-16T02:${String(20 + i).padStart(2, '0')}:00Z`),
      );
      if (!voter) continue;
      for (const item of opened.data.items)
        await castBallot(database, voter, sessionId, item.id, {
          choice: m.username === 'hd.khai' && item.target === 'CO_TINH' ? 'disagree' : 'agree',
        });
    }
    // The chairman, away, sent his opinion in writing; the secretary records it, then tallies.
    await recordWrittenOpinion(database, at(secretary, '2025-12-16T03:00:00Z'), sessionId, {
      memberId: chair,
      choices: opened.data.items.map((item) => ({ itemId: item.id, choice: 'agree' as const })),
    });
    await tallySession(database, at(secretary, '2025-12-16T03:30:00Z'), sessionId);
  }

  // The appraiser drafts the decision; the chairman signs it once the disclosure has ended.
  const draft = await createDecisionDraft(database, at(appraiser, '2025-12-22T02:00:00Z'), {
    issuerUnitId: provinceId,
    dossierIds: [dossierId],
    title:
      'Về việc tặng Cờ thi đua, danh hiệu Chiến sĩ thi đua cấp tỉnh và Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân thuộc Sở Giáo dục và Đào tạo đã có thành tích xuất sắc năm 2025',
    decisionDate: '2025-12-26',
    signerName: 'Lê Quang Vinh',
    signerTitle: 'Chủ tịch',
  });
  const issued = await issueDecision(database, signer, draft.data.id, { version: draft.data.version });
  // Everyone concerned read their bell long ago.
  await markNotificationsRead(database, [dossierId], signer.now);

  await seedDemoPortal(database, now);
  return { councilId: council.councilId, sessionId, decisionId: issued.data.id };
}
