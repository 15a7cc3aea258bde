import {
  decisionCandidateSchema,
  decisionDetailSchema,
  decisionIssuerOptionSchema,
  decisionListSchema,
  type decisionStatuses,
  type decisionSummarySchema,
  type disclosureGateStates,
} from '@vinhdanh/contracts';
import { z } from 'zod';

export { decisionDetailSchema, decisionListSchema };

export type DecisionDetail = z.infer<typeof decisionDetailSchema>;
export type Decision = DecisionDetail['data'];
export type DecisionAwardee = Decision['awardees'][number];
export type DecisionSummary = z.infer<typeof decisionSummarySchema>;
export type DecisionStatus = z.infer<typeof decisionStatuses.schema>;
export type DisclosureGateState = z.infer<typeof disclosureGateStates.schema>;

export const issuersResponse = z.object({ data: z.array(decisionIssuerOptionSchema) });
export const candidatesResponse = z.object({ data: z.array(decisionCandidateSchema) });
export type IssuerOption = z.infer<typeof decisionIssuerOptionSchema>;

export const STATUS_COLORS: Record<DecisionStatus, string> = { draft: 'processing', issued: 'success' };
export const GATE_COLORS: Record<DisclosureGateState, string> = {
  exempt: 'default',
  ended: 'success',
  running: 'warning',
  not_required: 'default',
  missing: 'error',
};

/** "3.510.000": VND with dot thousands separators, as in the printed decision. */
export const vnd = (n: number | null | undefined) =>
  n == null ? '' : String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
