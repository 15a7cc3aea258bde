/**
 * Council session arithmetic (Hội đồng Thi đua – Khen thưởng): who sits on the council on the session
 * date, the quorum, the count of an agenda item's ballots and its outcome. Pure: the rules themselves
 * (quorum 2/3, thresholds 80 % / 90 % of the TOTAL membership, written opinions of absentees) live in
 * `evaluateCouncilVote`; this file only feeds it and never re-decides a boundary.
 */
import { type CouncilVoteResult, evaluateCouncilVote } from '../rules/council-vote.ts';
import { councilThresholdFor } from '../rules/council-threshold.ts';
import type { RuleParameters } from '../rules/parameter-defaults.ts';
import type { IsoDate } from '../rules/types.ts';

export const COUNCIL_MEMBER_ROLES = ['chair', 'vice_chair', 'secretary', 'member'] as const;
export type CouncilMemberRole = (typeof COUNCIL_MEMBER_ROLES)[number];

export const BALLOT_CHOICES = ['agree', 'disagree'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

export interface TermBound {
  readonly fromDate: IsoDate | null;
  readonly toDate: IsoDate | null;
}

/** A member sits on the session date when their term covers it (open ends are unbounded). */
export function sitsOn(member: TermBound, date: IsoDate): boolean {
  return (
    (member.fromDate === null || member.fromDate <= date) && (member.toDate === null || date <= member.toDate)
  );
}

export function membersOn<T extends TermBound>(members: readonly T[], date: IsoDate): T[] {
  return members.filter((m) => sitsOn(m, date));
}

export interface QuorumCheck {
  readonly met: boolean;
  /** Fewest members present for the quorum (integer, rounded up). */
  readonly required: number;
  readonly present: number;
  readonly total: number;
}

/** Quorum of the session from the parameter (2/3 by default), integer arithmetic only. */
export function checkQuorum(total: number, present: number, params: RuleParameters): QuorumCheck {
  const q = params.councilQuorum;
  const required = total <= 0 ? 0 : Math.ceil((q.numerator * total) / q.denominator);
  const met = total > 0 && present * q.denominator >= q.numerator * total;
  return { met, required, present, total };
}

/** Fewest agree votes (of the whole membership) for a threshold: ceil(percent × total / 100). */
export function requiredAgree(total: number, thresholdPercent: number): number {
  return Math.ceil((thresholdPercent * total) / 100);
}

/** The threshold of a target, or null when the target needs no council vote. */
export function councilThresholdOf(target: string, params: RuleParameters): number | null {
  return councilThresholdFor(target, params);
}

export interface BallotCount {
  /** Ballots cast in the session. */
  readonly agree: number;
  readonly disagree: number;
  /** Absentees' written opinions. */
  readonly writtenAgree: number;
  readonly writtenTotal: number;
}

/** Counts an item's ballots: contents only (choice and source), never who. */
export function countBallots(
  ballots: readonly { readonly choice: string; readonly source: string }[],
): BallotCount {
  let agree = 0;
  let disagree = 0;
  let writtenAgree = 0;
  let writtenTotal = 0;
  for (const b of ballots) {
    if (b.source === 'written') {
      writtenTotal++;
      if (b.choice === 'agree') writtenAgree++;
    } else if (b.choice === 'agree') agree++;
    else disagree++;
  }
  return { agree, disagree, writtenAgree, writtenTotal };
}

export interface ItemOutcomeInput {
  readonly target: string;
  readonly totalMembers: number;
  readonly present: number;
  readonly count: BallotCount;
  readonly date: IsoDate;
  readonly parameters: RuleParameters;
}

/** The outcome of one agenda item: the rules engine's verdict on the counted ballots. */
export function itemOutcome(i: ItemOutcomeInput): CouncilVoteResult {
  return evaluateCouncilVote(
    {
      totalMembers: i.totalMembers,
      present: i.present,
      yesPresent: i.count.agree,
      absentWrittenOpinions: i.count.writtenTotal,
      absentWrittenYes: i.count.writtenAgree,
    },
    i.target,
    { parameters: i.parameters, date: i.date },
  );
}

/** Fisher–Yates with the caller's source of randomness (`randomInt(n)` in [0, n)). */
export function shuffled<T>(items: readonly T[], randomInt: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
