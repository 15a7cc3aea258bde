import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  catalogFor,
  dossierChecklist,
  equivalentCodes,
  getCatalogEntry,
  isTitleCode,
} from './lookup.ts';

describe('catalog', () => {
  it('has unique codes and the codes of the glossary', () => {
    const codes = CATALOG.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of [
      'LDTT',
      'CSTT',
      'CSTDCS',
      'CSTD_TINH',
      'CSTDTQ',
      'TTLDTT',
      'TTLDXS',
      'CO_TINH',
      'CO_CP',
      'BK_TINH',
      'BK_TTG',
      'GIAY_KHEN',
    ]) {
      expect(getCatalogEntry(c), c).toBeDefined();
    }
  });

  it('names every entry in Vietnamese with diacritics and in English', () => {
    for (const e of CATALOG) {
      expect(e.name.vi.normalize('NFD')).not.toBe(e.name.vi.normalize('NFD').replace(/\p{M}/gu, ''));
      expect(e.name.en.length).toBeGreaterThan(3);
      expect(e.issuers.length).toBeGreaterThan(0);
    }
  });

  it('lists the council thresholds of NĐ 98 Art. 30.7', () => {
    const thresholds = Object.fromEntries(
      CATALOG.filter((e) => e.council).map((e) => [e.code, e.council?.thresholdPercent]),
    );
    expect(thresholds).toEqual({
      CSTDCS: 80,
      CSTD_TINH: 90,
      CSTDTQ: 90,
      CO_TINH: 80,
      CO_CP: 80,
      ANH_HUNG_LAO_DONG: 90,
      ANH_HUNG_LLVTND: 90,
    });
  });

  it('builds dossier checklists (certificate for fighters, ballot where voted)', () => {
    expect(dossierChecklist('CSTDCS').map((d) => d.code)).toEqual([
      'submission',
      'achievement_report',
      'review_minutes',
      'ballot_result',
      'initiative_certificate',
    ]);
    expect(dossierChecklist('LDTT').map((d) => d.code)).not.toContain('ballot_result');
    expect(dossierChecklist('NOPE')).toEqual([]);
  });

  it('groups armed-forces equivalents and filters by subject kind', () => {
    expect(equivalentCodes('CSTT')).toEqual(['LDTT', 'CSTT']);
    expect(equivalentCodes('DVQT')).toEqual(['TTLDXS', 'DVQT']);
    expect(isTitleCode('BK_TINH')).toBe(false);
    expect(catalogFor('household').map((e) => e.code)).toEqual([
      'GIA_DINH_VAN_HOA',
      'BK_TTG',
      'BK_TINH',
      'GIAY_KHEN',
    ]);
  });
});
