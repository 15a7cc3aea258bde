import { subjectEligibilitySchema, suggestionSchema } from '@vinhdanh/contracts';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { api } from '../../api/client.ts';

export type Outcome = 'eligible' | 'not_eligible' | 'needs_council_vote' | 'deferred';
export const OUTCOMES: Outcome[] = ['eligible', 'needs_council_vote', 'deferred', 'not_eligible'];
export type Confidence = 'V-P' | 'V-Q' | 'S' | 'M' | 'D';
export type SubjectEligibility = z.infer<typeof subjectEligibilitySchema>;
export type Verdict = SubjectEligibility['verdicts'][number];
export type Reason = Verdict['reasons'][number];
export type Suggestion = z.infer<typeof suggestionSchema>;

export { subjectEligibilitySchema };

export const suggestionsPageSchema = z.object({
  data: z.array(suggestionSchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  counts: z.record(z.string(), z.record(z.string(), z.number())),
});

const bilingual = z.object({ vi: z.string(), en: z.string() });
const multiple = z.object({ milli: z.number(), citation: z.string(), confidence: z.string() });
export const catalogEntrySchema = z.object({
  code: z.string(),
  category: z.enum(['title', 'form']),
  name: bilingual,
  subjectKinds: z.array(z.string()),
  level: z.string(),
  council: z
    .object({ thresholdPercent: z.number(), citation: z.string(), confidence: z.string() })
    .nullable(),
  citation: z.string(),
  confidence: z.string(),
  reward: z.record(z.string(), multiple),
  issuers: z.array(z.unknown()),
  dossier: z.array(z.string()),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
const catalogResponse = z.object({ data: z.array(catalogEntrySchema) });

let catalogPromise: Promise<CatalogEntry[]> | null = null;

/** The catalog of titles and forms never changes while the app runs: fetched once, shared by every page. */
export function loadCatalog(): Promise<CatalogEntry[]> {
  catalogPromise ??= api.get('/eligibility/catalog', { schema: catalogResponse }).then(
    (r) => r.data,
    (err: unknown) => {
      catalogPromise = null;
      throw err;
    },
  );
  return catalogPromise;
}

export function useCatalog(): { entries: CatalogEntry[] | undefined; byCode: Map<string, CatalogEntry> } {
  const [entries, setEntries] = useState<CatalogEntry[]>();
  useEffect(() => {
    let live = true;
    loadCatalog().then(
      (e) => live && setEntries(e),
      () => live && setEntries([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return { entries, byCode: new Map((entries ?? []).map((e) => [e.code, e])) };
}

/** The emulation year usually looked at: the one that just ended. */
export function defaultYear(): number {
  return new Date().getFullYear() - 1;
}

/** Years offered in the pickers: the next one down to twelve years back. */
export function yearOptions(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 13 }, (_, i) => now - i);
}

/** The council threshold of a verdict: from its council-vote reason, else from the catalog entry. */
export function councilThreshold(verdict: Verdict, catalog?: CatalogEntry): number | null {
  for (const r of verdict.reasons) {
    const n = r.facts.thresholdPercent;
    if (typeof n === 'number') return n;
  }
  return catalog?.council?.thresholdPercent ?? null;
}
