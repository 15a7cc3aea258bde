/**
 * May an issuer level confer a title or form on a date? The grants live in the catalog (Law 06/2022
 * Art. 77–80 [V-Q/M]). Two dated changes matter (legal-rules.md §2.4, §4.9): from 01/07/2025 the
 * commune chairman also confers CSTĐCS, TTLĐTT and thôn/tổ dân phố văn hóa (NĐ 129/2025 Art. 59 [V-Q]),
 * and no district chairman decision can be issued any more (Luật 72/2025; NĐ 129/2025).
 */
import { getCatalogEntry } from './catalog/lookup.ts';
import type { IssuerGrant } from './catalog/types.ts';
import { REFORM_DATE, selectRegime } from './regimes.ts';
import type { IsoDate, IssuerLevel, Reason, RegimeId } from './types.ts';

export interface AuthorityResult {
  readonly allowed: boolean;
  readonly regime: RegimeId;
  readonly grant: IssuerGrant | null;
  readonly reason: Reason;
}

function inRange(g: IssuerGrant, date: IsoDate): boolean {
  return (g.from === null || g.from <= date) && (g.to === null || date <= g.to);
}

function result(
  allowed: boolean,
  regime: RegimeId,
  grant: IssuerGrant | null,
  reason: Omit<Reason, 'effect' | 'passed'>,
): AuthorityResult {
  return { allowed, regime, grant, reason: { ...reason, passed: allowed, effect: 'block' } };
}

export function canConfer(issuer: IssuerLevel, code: string, date: IsoDate): AuthorityResult {
  const regime = selectRegime(date).id;
  const entry = getCatalogEntry(code);
  const facts = { issuer, code, date };
  if (!entry) {
    return result(false, regime, null, {
      ruleId: 'authority-unknown-code',
      message: {
        vi: 'Danh hiệu, hình thức không có trong danh mục.',
        en: 'The title or form is not in the catalog.',
      },
      citation: 'Luật TĐKT Điều 19–20, 33–75',
      confidence: 'D',
      facts,
    });
  }
  if (issuer === 'district' && date >= REFORM_DATE) {
    return result(false, regime, null, {
      ruleId: 'authority-district-abolished',
      message: {
        vi: 'Từ ngày 01/07/2025 không còn cấp huyện; Chủ tịch UBND cấp huyện không còn thẩm quyền quyết định khen thưởng.',
        en: 'From 01/07/2025 the district level no longer exists; a district chairman cannot issue award decisions.',
      },
      citation: 'Luật 72/2025/QH15; NĐ 129/2025 Điều 59',
      confidence: 'V-Q',
      facts,
    });
  }
  let matched: IssuerGrant | null = null;
  for (const g of entry.issuers) {
    if (g.level === issuer && inRange(g, date)) {
      matched = g;
      break;
    }
  }
  if (matched) {
    return result(true, regime, matched, {
      ruleId: 'authority-granted',
      message: {
        vi: 'Người ký có thẩm quyền quyết định tặng.',
        en: 'The signer has the power to confer it.',
      },
      citation: matched.citation,
      confidence: matched.confidence,
      facts,
    });
  }
  const later = entry.issuers.find((g) => g.level === issuer);
  return result(false, regime, null, {
    ruleId: 'authority-not-granted',
    message: later
      ? {
          vi: 'Người ký chưa có (hoặc không còn) thẩm quyền này vào ngày quyết định.',
          en: 'The signer did not (or no longer) hold this power on the decision date.',
        }
      : {
          vi: 'Người ký không có thẩm quyền tặng danh hiệu, hình thức này.',
          en: 'The signer has no power to confer this.',
        },
    citation: later?.citation ?? entry.citation,
    confidence: later?.confidence ?? entry.confidence,
    facts: later ? { ...facts, grantFrom: later.from, grantTo: later.to } : facts,
  });
}

/** Catalog codes an issuer level may confer on a date (for pickers and import validation). */
export function conferrableCodes(
  issuer: IssuerLevel,
  date: IsoDate,
  codes: readonly string[],
): readonly string[] {
  return codes.filter((c) => canConfer(issuer, c, date).allowed);
}
