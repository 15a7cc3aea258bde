/**
 * The whole catalog and its precomputed lookups. Maps are built once at module load so the hot path
 * (100,000 people × ~10 targets) never scans arrays by code.
 */
import type { SubjectKind } from '../types.ts';
import { DOSSIER_DOCUMENTS, type DossierDocument, type DossierDocumentCode } from './dossier-documents.ts';
import { FLAGS_AND_COMMUNITY } from './flags-community.ts';
import { FORMS } from './forms.ts';
import { ORDERS_AND_HONOURS } from './orders.ts';
import { TITLES } from './titles.ts';
import { COLLECTIVE_TITLES } from './titles-collective.ts';
import type { CatalogEntry } from './types.ts';

export const CATALOG: readonly CatalogEntry[] = [
  ...TITLES,
  ...COLLECTIVE_TITLES,
  ...FLAGS_AND_COMMUNITY,
  ...FORMS,
  ...ORDERS_AND_HONOURS,
];

const BY_CODE: ReadonlyMap<string, CatalogEntry> = new Map(CATALOG.map((e) => [e.code, e]));
const DOCS_BY_CODE: ReadonlyMap<DossierDocumentCode, DossierDocument> = new Map(
  DOSSIER_DOCUMENTS.map((d) => [d.code, d]),
);

export function getCatalogEntry(code: string): CatalogEntry | undefined {
  return BY_CODE.get(code);
}

export function isTitleCode(code: string): boolean {
  return BY_CODE.get(code)?.category === 'title';
}

/** Codes whose standards a given code shares (CSTT counts as LDTT, DVQT as TTLDXS…), itself included. */
export function equivalentCodes(code: string): readonly string[] {
  return EQUIVALENTS.get(code) ?? [code];
}

const EQUIVALENTS: ReadonlyMap<string, readonly string[]> = (() => {
  const groups = new Map<string, string[]>();
  for (const e of CATALOG) {
    const root = e.equivalentOf ?? e.code;
    const list = groups.get(root) ?? [];
    list.push(e.code);
    groups.set(root, list);
  }
  const out = new Map<string, readonly string[]>();
  for (const list of groups.values()) for (const c of list) out.set(c, list);
  return out;
})();

export function catalogFor(kind: SubjectKind): readonly CatalogEntry[] {
  return BY_KIND.get(kind) ?? [];
}

const BY_KIND: ReadonlyMap<SubjectKind, readonly CatalogEntry[]> = new Map(
  (['individual', 'collective', 'household'] as const).map((k) => [
    k,
    CATALOG.filter((e) => e.subjectKinds.includes(k)),
  ]),
);

/** The dossier checklist of a title or form, with names and templates. */
export function dossierChecklist(code: string): readonly DossierDocument[] {
  const entry = BY_CODE.get(code);
  if (!entry) return [];
  const out: DossierDocument[] = [];
  for (const c of entry.dossier) {
    const doc = DOCS_BY_CODE.get(c);
    if (doc) out.push(doc);
  }
  return out;
}
