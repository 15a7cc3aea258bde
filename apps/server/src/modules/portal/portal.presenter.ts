import { getCatalogEntry } from '@vinhdanh/domain';

/** The Vietnamese name of a title or form code (the code itself when unknown to the catalog). */
export const titleName = (code: string): string => getCatalogEntry(code)?.name.vi ?? code;

export const iso = (d: Date | string | null | undefined): string | null =>
  d == null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString();

/** LIKE pattern of a folded fragment, wildcards in the input taken literally. */
export const likeFragment = (folded: string): string => `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
