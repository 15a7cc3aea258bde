/**
 * Revocation (hủy bỏ, thu hồi; Law 06/2022 Art. 93 [V-Q]): for fraud, forged papers, unlawful review or
 * a later finding that defeats the standards, the decision is cancelled and the award object and money
 * recovered, by the authority that conferred the award (Art. 93.8; §10 case 32).
 */
import { REFORM_DATE } from './regimes.ts';
import type { IsoDate, IssuerLevel } from './types.ts';

export type RevocationGround =
  | 'fraudulent_declaration'
  | 'forged_documents'
  | 'unlawful_review'
  | 'violation_found';

const CLAUSE: Readonly<Record<RevocationGround, string>> = {
  fraudulent_declaration: 'Luật TĐKT Điều 93.2(a)',
  forged_documents: 'Luật TĐKT Điều 93.2(b)',
  unlawful_review: 'Luật TĐKT Điều 93.2(c)',
  violation_found: 'Luật TĐKT Điều 93.2(d)',
};

export interface RevocationDecision {
  readonly cancelDecision: true;
  readonly recoverObject: true;
  readonly recoverMoney: true;
  /** Who must sign the cancellation: the conferring authority. */
  readonly cancellingAuthority: IssuerLevel;
  readonly citation: string;
}

/**
 * District awards revoked after 01/07/2025 go to the commune chairman, who inherited the district's
 * powers (NĐ 129/2025 Art. 59) [D].
 */
export function decideRevocation(
  ground: RevocationGround,
  conferredBy: IssuerLevel,
  onDate?: IsoDate,
): RevocationDecision {
  const successor =
    conferredBy === 'district' && onDate !== undefined && onDate >= REFORM_DATE ? 'commune' : conferredBy;
  return {
    cancelDecision: true,
    recoverObject: true,
    recoverMoney: true,
    cancellingAuthority: successor,
    citation: `${CLAUSE[ground]}; Luật TĐKT Điều 93.8`,
  };
}
