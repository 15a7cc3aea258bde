import type { Permission } from '@vinhdanh/contracts';
import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/context.ts';
import { hasPermission } from '../../lib/policy.ts';
import { canReadBloc, canRunBlocYear } from '../blocs/bloc.policy.ts';
import type { SheetScope } from './scoring.repository.ts';

/**
 * Scoring access. Tables: readers of the bloc see them; the organiser or the year's leader unit runs
 * them. Assessments:
 * - the unit's officers (`score.self` on the unit) self-score and submit;
 * - reviewers: an appraiser or admin whose `score.review` covers the organiser or the unit, and the bloc
 *   leader of the table's year (`score.review` on the leader unit) for the bloc's member units of that
 *   year — not only its own subtree;
 * - nobody reviews their own unit's scores through a grant on that unit; the leader unit's assessment is
 *   reviewed by the deputy, or at the organiser's level.
 */
export function canReadSheet(actor: Actor, scope: SheetScope): boolean {
  if (scope.bloc) return canReadBloc(actor, scope.bloc, scope.memberPaths);
  return hasPermission(actor, 'bloc.read', scope.organiserPath);
}

export function canManageSheet(actor: Actor, scope: SheetScope): boolean {
  if (scope.bloc) return canRunBlocYear(actor, scope.bloc, scope.members);
  return hasPermission(actor, 'bloc.write', scope.organiserPath);
}

export function canSelfScore(actor: Actor, unitPath: string): boolean {
  return hasPermission(actor, 'score.self', unitPath);
}

/** The actor belongs to the unit (a grant on it or inside it). */
function isOwnUnit(actor: Actor, unitPath: string): boolean {
  return actor.grants.some((g) => g.unitPath.startsWith(unitPath));
}

export function canReview(actor: Actor, scope: SheetScope, unitId: number, unitPath: string): boolean {
  if (hasPermission(actor, 'score.review', scope.organiserPath)) return true;
  if (isOwnUnit(actor, unitPath)) return false;
  if (hasPermission(actor, 'score.review', unitPath)) return true;
  const isMember = scope.members.some((m) => m.unitId === unitId);
  if (!isMember) return false;
  const { leader, deputy } = scope;
  if (leader && leader.unitId !== unitId && hasPermission(actor, 'score.review', leader.unitPath))
    return true;
  return !!deputy && leader?.unitId === unitId && hasPermission(actor, 'score.review', deputy.unitPath);
}

export function canReadAssessment(
  actor: Actor,
  scope: SheetScope,
  unitId: number,
  unitPath: string,
): boolean {
  return (
    hasPermission(actor, 'bloc.read', unitPath) ||
    hasPermission(actor, 'bloc.read', scope.organiserPath) ||
    canReview(actor, scope, unitId, unitPath)
  );
}

/** 404 when not readable, 403 when readable but not allowed. */
export function authorizeScoring(readable: boolean, allowed: boolean, permission: Permission): void {
  if (allowed) return;
  if (!readable) throw new AppError('NOT_FOUND');
  throw new AppError('FORBIDDEN', { permission });
}
