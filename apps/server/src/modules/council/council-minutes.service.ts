import { councilItemResults, councilMemberRoles } from '@vinhdanh/contracts';
import { checkQuorum } from '@vinhdanh/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { sessionAttendance, sessionItem, unit } from '../../db/schema/index.ts';
import { renderCouncilMinutes } from '../../documents/docx/minutes.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { loadRuleConfiguration } from '../eligibility/configuration.ts';
import { readableSession, sittingMembers, targetName } from './council-session.service.ts';

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

/** The minutes (.docx) of a tallied session: attendance by name, ballots as counts per item. */
export async function sessionMinutes(db: DbOrTx, ctx: Ctx, sessionId: number) {
  const { s, c } = await readableSession(db, ctx, sessionId);
  if (s.status !== 'closed')
    throw new AppError('COUNCIL_SESSION_NOT_OPEN', { status: s.status }, 'Biên bản có sau khi kiểm phiếu.');
  const ids = c.unitPath.split('/').filter(Boolean).map(Number);
  const chain = await db.select().from(unit).where(inArray(unit.id, ids));
  const self = chain.find((u) => u.id === c.unitId);
  const root = chain.sort((a, b) => a.path.length - b.path.length)[0] ?? self;
  const place = (root?.name ?? '').replace(/^(UBND|Ủy ban nhân dân)\s+(tỉnh|thành phố)\s+/i, '');
  const members = await sittingMembers(db, c.id, s.sessionDate);
  const attendance = await db
    .select()
    .from(sessionAttendance)
    .where(eq(sessionAttendance.sessionId, sessionId));
  const items = await db
    .select()
    .from(sessionItem)
    .where(eq(sessionItem.sessionId, sessionId))
    .orderBy(asc(sessionItem.position), asc(sessionItem.id));
  const { parametersOn } = await loadRuleConfiguration(db);
  const total = s.totalMembers ?? members.length;
  const present = s.presentCount ?? 0;
  const quorum = checkQuorum(total, present, parametersOn(s.sessionDate));
  const signerOf = (role: string, title: string) => ({
    title,
    name: members.find((m) => m.role === role)?.fullName ?? null,
  });
  const buf = await renderCouncilMinutes({
    header: {
      parentAgency: self ? self.name.toLocaleUpperCase('vi') : null,
      agency: c.name,
      numberLine: 'Số:        /BB-HĐTĐKT',
      place,
      date: s.sessionDate,
      year: Number(s.sessionDate.slice(0, 4)),
    },
    councilName: c.name,
    sessionTitle: s.title,
    sessionDateText: `ngày ${ddmmyyyy(s.sessionDate)}`,
    totalMembers: total,
    present,
    absent: total - present,
    writtenOpinions: attendance.filter((a) => !a.present && a.writtenOpinion).length,
    quorumRequired: quorum.required,
    quorumMet: Boolean(s.quorumMet),
    members: members.map((m) => {
      const a = attendance.find((x) => x.memberId === m.id);
      return {
        name: m.fullName,
        role: councilMemberRoles.vi[m.role as 'member'] ?? m.role,
        attendance: a?.present
          ? 'Có mặt'
          : a?.writtenOpinion
            ? 'Vắng mặt (có ý kiến bằng văn bản)'
            : 'Vắng mặt',
      };
    }),
    items: items.map((i) => ({
      subjectName: i.subjectName,
      targetName: targetName(i.target),
      thresholdPercent: i.thresholdPercent,
      agree: i.agree ?? 0,
      disagree: i.disagree ?? 0,
      writtenAgree: i.writtenAgree ?? 0,
      writtenTotal: i.writtenTotal ?? 0,
      totalMembers: total,
      result: i.result ? (councilItemResults.vi[i.result as 'passed'] ?? i.result) : '',
    })),
    secretary: signerOf('secretary', 'THƯ KÝ HỘI ĐỒNG'),
    chair: signerOf('chair', 'CHỦ TỊCH HỘI ĐỒNG'),
  });
  return { buf, fileName: `bien-ban-hop-hoi-dong-${s.id}-${s.sessionDate}.docx` };
}
