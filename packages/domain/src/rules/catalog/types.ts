/**
 * Shape of a catalog entry: one emulation title (danh hiệu thi đua) or commendation form (hình thức
 * khen thưởng) as data, so rules, authority checks, reward amounts and dossier checklists all read the
 * same facts instead of branching on codes.
 */
import type { Bilingual, Confidence, IsoDate, IssuerLevel, SubjectKind } from '../types.ts';
import type { DossierDocumentCode } from './dossier-documents.ts';

/** Level the title or form belongs to; orders and state honours are 'state'. */
export type CatalogLevel = 'base' | 'commune' | 'province' | 'national' | 'state';

export interface RewardMultiple {
  /** Multiple of the base salary in thousandths (0.3 × → 300) so amounts stay integer VND. */
  readonly milli: number;
  readonly citation: string;
  readonly confidence: Confidence;
}

/** A power to confer, valid over an inclusive date range (open ends are null). */
export interface IssuerGrant {
  readonly level: IssuerLevel;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly citation: string;
  readonly confidence: Confidence;
}

export interface CouncilRequirement {
  /** Minimum share of the council's TOTAL membership voting yes, in percent (NĐ 98 Art. 30.7). */
  readonly thresholdPercent: number;
  readonly citation: string;
  readonly confidence: Confidence;
}

export interface CatalogEntry {
  readonly code: string;
  readonly category: 'title' | 'form';
  readonly name: Bilingual;
  readonly subjectKinds: readonly SubjectKind[];
  readonly level: CatalogLevel;
  /** Annual titles are counted per emulation year (NĐ 98 Art. 34.1). */
  readonly annual: boolean;
  /** Armed-forces variant points at its civilian twin, whose standards it shares (e.g. CSTT → LDTT). */
  readonly equivalentOf?: string;
  readonly issuers: readonly IssuerGrant[];
  readonly reward: Readonly<Partial<Record<SubjectKind, RewardMultiple>>>;
  readonly dossier: readonly DossierDocumentCode[];
  readonly council: CouncilRequirement | null;
  readonly citation: string;
  readonly confidence: Confidence;
}
