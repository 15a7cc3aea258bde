/**
 * Which of a subject's initiatives (sáng kiến, đề tài, giải pháp trong chiến đấu) may ground a target.
 * Scope levels follow Law 06/2022 Art. 21–23 [V-Q]: base (unit, commune, historic district), ministry or
 * province-wide, nationwide. One initiative grounds one award only: a title's initiative cannot serve a
 * form and vice versa (CV 5007/BNV-TĐKT 2023 [V-Q of the letter]); reuse between two titles is unclear
 * [S] and is the parameter `allowInitiativeReuseBetweenTitles`.
 */
import { getCatalogEntry } from '../catalog/lookup.ts';
import { minIso, yearEnd, yearStart } from '../dates.ts';
import type { InitiativeRecord } from '../subject-case.ts';
import type { RecognitionLevel } from '../types.ts';
import type { RuleContext } from './context.ts';

export type InitiativeScope = 1 | 2 | 3;

export const SCOPE_BASE: InitiativeScope = 1;
export const SCOPE_PROVINCE: InitiativeScope = 2;
export const SCOPE_NATIONAL: InitiativeScope = 3;

const SCOPE_OF: Readonly<Record<RecognitionLevel, InitiativeScope>> = {
  unit: 1,
  commune: 1,
  district: 1,
  province: 2,
  ministry: 2,
  national: 3,
};

export function scopeOf(level: RecognitionLevel): InitiativeScope {
  return SCOPE_OF[level];
}

/** True when an earlier use of the initiative forbids citing it again for `ctx.target`. */
export function isUsedUp(initiative: InitiativeRecord, ctx: RuleContext): boolean {
  const uses = initiative.usedFor;
  if (!uses || uses.length === 0) return false;
  const targetIsTitle = ctx.entry.category === 'title';
  for (let i = 0; i < uses.length; i++) {
    const u = uses[i]!;
    if (u.code === ctx.target && u.year === ctx.subject.targetYear) continue; // the same award, re-evaluated
    const usedForTitle = getCatalogEntry(u.code)?.category === 'title';
    if (!(targetIsTitle && usedForTitle && ctx.params.allowInitiativeReuseBetweenTitles)) return true;
  }
  return false;
}

/**
 * Initiatives of at least `minScope`, recognised between 01/01 of `fromYear` and the earlier of 31/12 of
 * `toYear` and the as-of date, not used up. `requireApplied` demands effective application.
 */
export function countUsableInitiatives(
  ctx: RuleContext,
  minScope: InitiativeScope,
  fromYear: number,
  toYear: number,
  requireApplied: boolean,
): number {
  const list = ctx.subject.initiatives;
  if (!list) return 0;
  const from = yearStart(fromYear);
  const end = yearEnd(toYear);
  const to = minIso(ctx.subject.asOfDate, end);
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const it = list[i]!;
    if (SCOPE_OF[it.level] < minScope) continue;
    if (it.recognisedDate < from || it.recognisedDate > to) continue;
    if (requireApplied && it.appliedEffectively === false) continue;
    if (isUsedUp(it, ctx)) continue;
    n++;
  }
  return n;
}
