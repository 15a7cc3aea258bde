/**
 * Initiative scope for the higher fighter titles: CSTĐ tỉnh needs an initiative applied effectively and
 * replicable ministry- or province-wide (Law 06/2022 Art. 22.1(b) [V-Q]); CSTĐTQ needs nationwide
 * effect (Art. 21.1(b) [V-Q]). Recognised within the title chain's window.
 */
import type { Bilingual } from '../types.ts';
import { type EligibilityRule, makeReason } from './context.ts';
import {
  countUsableInitiatives,
  type InitiativeScope,
  SCOPE_NATIONAL,
  SCOPE_PROVINCE,
} from './initiatives.ts';

function initiativeScopeRule(
  id: string,
  scope: InitiativeScope,
  citation: string,
  ok: Bilingual,
  no: Bilingual,
): EligibilityRule {
  return {
    id,
    evaluate(ctx) {
      const n = countUsableInitiatives(ctx, scope, ctx.windowStartYear, ctx.subject.targetYear, true);
      const passed = n > 0;
      return makeReason(id, passed, passed ? ok : no, citation, 'V-Q', {
        requiredScope: scope,
        initiatives: n,
      });
    },
  };
}

export const provinceScopeInitiativeRule = initiativeScopeRule(
  'initiative-scope-province',
  SCOPE_PROVINCE,
  'Luật TĐKT Điều 22.1(b)',
  {
    vi: 'Có sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh (bộ, ngành).',
    en: 'Has an initiative with province- or ministry-wide scope.',
  },
  {
    vi: 'Sáng kiến, đề tài chưa được công nhận có phạm vi ảnh hưởng cấp tỉnh (bộ, ngành).',
    en: 'No initiative recognised with province- or ministry-wide scope.',
  },
);

export const nationalScopeInitiativeRule = initiativeScopeRule(
  'initiative-scope-national',
  SCOPE_NATIONAL,
  'Luật TĐKT Điều 21.1(b)',
  {
    vi: 'Có sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc.',
    en: 'Has an initiative with nationwide scope.',
  },
  {
    vi: 'Sáng kiến, đề tài chưa được công nhận có phạm vi ảnh hưởng toàn quốc.',
    en: 'No initiative recognised with nationwide scope.',
  },
);
