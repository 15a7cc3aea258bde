import {
  assessmentHistorySchema,
  assessmentSchema,
  blocMembersSchema,
  blocSchema,
  paged,
  pactSchema,
  proposalsSchema,
  rankingSchema,
  sheetResponse,
  sheetSchema,
  withAbilities,
} from '@vinhdanh/contracts';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import type { MessageKey } from '../../i18n/index.ts';

export const blocPage = paged(blocSchema);
export const sheetList = z.object({ data: z.array(sheetSchema) });
export const assessmentList = z.object({ data: z.array(assessmentSchema) });
export const assessmentOne = withAbilities(assessmentSchema);
export const pactOne = withAbilities(pactSchema);
export { assessmentHistorySchema, blocMembersSchema, proposalsSchema, rankingSchema, sheetResponse };

export type Sheet = z.infer<typeof sheetSchema>;
export type Criterion = Sheet['criteria'][number];
export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentStatus = Assessment['status'];

export const ASSESSMENT_COLORS: Record<AssessmentStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  reviewed: 'gold',
  final: 'green',
};
export const assessmentStatusKey = (s: AssessmentStatus) => `sc.status.${s}` as MessageKey;
export const sheetStatusKey = (s: Sheet['status']) => `sc.sheetStatus.${s}` as MessageKey;

/** Points as Vietnamese write them: 12,5. */
export function pts(n: number | null | undefined): string {
  if (n == null) return '—';
  return n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

export interface CriterionNode extends Criterion {
  children?: CriterionNode[];
}

/** The flat, ordered criteria list as a tree for antd Table. */
export function criteriaTree(criteria: Criterion[]): CriterionNode[] {
  const byId = new Map<number, CriterionNode>(criteria.map((c) => [c.id, { ...c }]));
  const roots: CriterionNode[] = [];
  for (const c of [...criteria].sort((a, b) => a.position - b.position)) {
    const node = byId.get(c.id)!;
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    if (parent) {
      parent.children ??= [];
      parent.children.push(node);
    } else roots.push(node);
  }
  return roots;
}

/** Sheets of a bloc and year; an empty list when the server cannot answer (the list is optional context). */
export async function loadSheets(query: { blocId?: number; year?: number }, signal?: AbortSignal) {
  return (await api.get('/score-sheets', { query, schema: sheetList, signal })).data;
}
