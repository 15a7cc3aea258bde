/**
 * Scoring tables are versioned so that every score is read against the table it was given under:
 * - a `draft` table, or an `open` one no unit has submitted on yet, is edited in place;
 * - scoring starts with the first submitted assessment: that locks the table (`lockedAt`);
 * - editing a locked table creates a new version (a draft copy with `version + 1` and `previousId`),
 *   and the edit is applied to the copy; publishing the copy closes the old version, and units' scores
 *   are carried over by criterion code into fresh drafts;
 * - a `closed` table is history and cannot be edited.
 */
export type SheetStatus = 'draft' | 'open' | 'closed';
export type SheetEditMode = 'in_place' | 'new_version' | 'refused';

export interface SheetState {
  readonly status: SheetStatus;
  readonly lockedAt: Date | string | null;
}

export function sheetEditMode(sheet: SheetState): SheetEditMode {
  if (sheet.status === 'closed') return 'refused';
  return sheet.lockedAt ? 'new_version' : 'in_place';
}

/** Whether a submission should lock the table now (it is the first). */
export function shouldLockOnSubmit(sheet: SheetState): boolean {
  return sheet.status === 'open' && !sheet.lockedAt;
}

/** Units score only on an open table. */
export function isScoringOpen(sheet: SheetState): boolean {
  return sheet.status === 'open';
}
