import {
  agendaCandidateListSchema,
  type ballotChoices,
  councilDetailSchema,
  type councilItemResults,
  councilListSchema,
  type councilMemberRoles,
  councilSessionDetailSchema,
  councilSessionListSchema,
  type councilSessionStatuses,
  receiptVerifySchema,
  voteResultSchema,
} from '@vinhdanh/contracts';
import { z } from 'zod';

export {
  agendaCandidateListSchema,
  councilDetailSchema,
  councilListSchema,
  councilSessionDetailSchema,
  councilSessionListSchema,
  receiptVerifySchema,
  voteResultSchema,
};

export type CouncilDetail = z.infer<typeof councilDetailSchema>;
export type CouncilMember = CouncilDetail['data']['members'][number];
export type SessionDetail = z.infer<typeof councilSessionDetailSchema>;
export type SessionItem = SessionDetail['data']['items'][number];
export type SessionSummary = z.infer<typeof councilSessionListSchema>['data'][number];
export type Candidate = z.infer<typeof agendaCandidateListSchema>['data'][number];
export type MemberRole = z.infer<typeof councilMemberRoles.schema>;
export type SessionStatus = z.infer<typeof councilSessionStatuses.schema>;
export type ItemResult = z.infer<typeof councilItemResults.schema>;
export type Choice = z.infer<typeof ballotChoices.schema>;

export const userOptionsSchema = z.object({ data: z.array(z.object({ id: z.number(), name: z.string() })) });

export const SESSION_COLORS: Record<SessionStatus, string> = {
  draft: 'default',
  open: 'processing',
  closed: 'green',
};

export const RESULT_COLORS: Record<ItemResult, string> = {
  passed: 'success',
  not_passed: 'error',
  invalid_session: 'warning',
  not_required: 'default',
};

/** ISO date → dd/MM/yyyy. */
export const viDate = (iso: string | null | undefined) =>
  iso ? iso.slice(0, 10).split('-').reverse().join('/') : '';

/** "8/10 (80%)" */
export function shareText(agree: number, total: number): string {
  if (total <= 0) return `${agree}/0`;
  const pct = Math.round((agree * 1000) / total) / 10;
  return `${agree}/${total} (${String(pct).replace('.', ',')}%)`;
}
