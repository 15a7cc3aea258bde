import type { Actor } from '../../lib/context.ts';
import { authorize, hasPermission } from '../../lib/policy.ts';

/**
 * Decisions live in the register of their issuing unit; the scope is that unit's subtree:
 * - `decision.read` to see them (viewers, council secretaries, appraisers, signers);
 * - `decision.write` to prepare and edit drafts (appraisers / commendation office, signers);
 * - `decision.issue` to issue and to revoke (signers, administrators).
 * Outside the read scope a decision answers 404; readable but not allowed, 403.
 */
export const assertDecisionReadable = (actor: Actor, issuerPath: string) =>
  authorize(actor, 'decision.read', issuerPath, 'decision.read');

export const assertDecisionWritable = (actor: Actor, issuerPath: string) =>
  authorize(actor, 'decision.write', issuerPath, 'decision.read');

export const assertDecisionIssuable = (actor: Actor, issuerPath: string) =>
  authorize(actor, 'decision.issue', issuerPath, 'decision.read');

export function decisionAbilities(
  actor: Actor,
  d: { issuerPath: string; status: string; kind: string },
): Record<string, boolean> {
  const draft = d.status === 'draft';
  const write = hasPermission(actor, 'decision.write', d.issuerPath);
  const issue = hasPermission(actor, 'decision.issue', d.issuerPath);
  return {
    edit: draft && write,
    delete: draft && write,
    issue: draft && issue,
    revoke: !draft && d.kind === 'award' && issue,
    download: true,
  };
}
