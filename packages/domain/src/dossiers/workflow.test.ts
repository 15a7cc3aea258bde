import { describe, expect, it } from 'vitest';
import {
  availableDossierActions,
  checkDossierStep,
  DOSSIER_STATUSES,
  DOSSIER_STEPS,
  type DossierAction,
  type DossierFacts,
  type DossierRole,
  type DossierStatus,
  appraisalWorkingDays,
  dossierDueState,
  isFrozen,
  nomineeNeedsJustification,
  proposerMayEdit,
} from './workflow.ts';

const READY: DossierFacts = {
  activeNominees: 2,
  unjustifiedIneligible: 0,
  unappraised: 0,
  hasAssignee: true,
};
const P: DossierRole[] = ['proposer'];
const A: DossierRole[] = ['appraiser'];

describe('dossier steps: state, role, reason, guards', () => {
  const rows: Array<
    [DossierAction, DossierStatus, DossierRole[], Partial<DossierFacts>, string | null, string]
  > = [
    ['submit', 'draft', P, {}, null, 'submitted'],
    ['submit', 'returned', P, {}, null, 'submitted'],
    ['submit', 'draft', A, {}, null, 'FORBIDDEN'],
    ['submit', 'submitted', P, {}, null, 'DOSSIER_INVALID_TRANSITION'],
    ['submit', 'appraised', P, {}, null, 'DOSSIER_INVALID_TRANSITION'],
    ['submit', 'draft', P, { activeNominees: 0 }, null, 'DOSSIER_NO_NOMINEES'],
    ['submit', 'draft', P, { activeNominees: 1 }, null, 'submitted'],
    ['submit', 'draft', P, { unjustifiedIneligible: 1 }, null, 'DOSSIER_UNJUSTIFIED'],
    ['recall', 'submitted', P, {}, 'Bổ sung hồ sơ', 'draft'],
    ['recall', 'submitted', P, {}, '   ', 'NOTE_REQUIRED'],
    ['recall', 'received', P, {}, 'muộn', 'DOSSIER_INVALID_TRANSITION'],
    ['receive', 'submitted', A, {}, null, 'received'],
    ['receive', 'submitted', P, {}, null, 'FORBIDDEN'],
    ['receive', 'draft', A, {}, null, 'DOSSIER_INVALID_TRANSITION'],
    ['assign', 'received', A, {}, null, 'received'],
    ['assign', 'in_appraisal', A, {}, null, 'in_appraisal'],
    ['assign', 'appraised', A, {}, null, 'DOSSIER_INVALID_TRANSITION'],
    ['start_appraisal', 'received', A, {}, null, 'in_appraisal'],
    ['start_appraisal', 'received', A, { hasAssignee: false }, null, 'DOSSIER_NOT_ASSIGNED'],
    ['return', 'in_appraisal', A, {}, 'Thiếu báo cáo thành tích', 'returned'],
    ['return', 'submitted', A, {}, 'Sai mẫu', 'returned'],
    ['return', 'in_appraisal', A, {}, '', 'NOTE_REQUIRED'],
    ['return', 'in_appraisal', A, {}, null, 'NOTE_REQUIRED'],
    ['return', 'appraised', A, {}, 'muộn', 'DOSSIER_INVALID_TRANSITION'],
    ['return', 'in_appraisal', P, {}, 'tự trả', 'FORBIDDEN'],
    ['complete_appraisal', 'in_appraisal', A, {}, null, 'appraised'],
    ['complete_appraisal', 'in_appraisal', A, { unappraised: 1 }, null, 'DOSSIER_NOT_APPRAISED'],
    ['complete_appraisal', 'in_appraisal', A, { activeNominees: 0 }, null, 'DOSSIER_NO_NOMINEES'],
    ['complete_appraisal', 'received', A, {}, null, 'DOSSIER_INVALID_TRANSITION'],
    ['reopen_appraisal', 'appraised', A, {}, 'Có khiếu nại', 'in_appraisal'],
    ['reopen_appraisal', 'appraised', A, {}, null, 'NOTE_REQUIRED'],
    ['reopen_appraisal', 'in_council', A, {}, 'muộn', 'DOSSIER_INVALID_TRANSITION'],
  ];
  it.each(rows)('%s from %s by %j %j note %j → %s', (action, from, roles, facts, note, expected) => {
    const v = checkDossierStep({ action, from, roles, facts: { ...READY, ...facts }, note });
    expect(v.ok ? v.to : v.code).toBe(expected);
  });

  it('an actor who is both proposer and appraiser may take either side', () => {
    const both: DossierRole[] = ['proposer', 'appraiser'];
    expect(availableDossierActions('submitted', both).sort()).toEqual(['recall', 'receive', 'return']);
    expect(availableDossierActions('submitted', P)).toEqual(['recall']);
    expect(availableDossierActions('closed', both)).toEqual([]);
  });

  it('every step starts from a known state, and every return or reopening needs a reason', () => {
    for (const s of DOSSIER_STEPS) {
      for (const f of s.from) expect(DOSSIER_STATUSES).toContain(f);
      if (s.action === 'return' || s.action === 'reopen_appraisal') expect(s.noteRequired).toBe(true);
    }
  });

  it('the proposer edits only while the dossier is in its hands; appraised lists are frozen', () => {
    expect(DOSSIER_STATUSES.filter(proposerMayEdit)).toEqual(['draft', 'returned']);
    expect(DOSSIER_STATUSES.filter(isFrozen)).toEqual(['appraised', 'in_council', 'decided', 'closed']);
  });

  it('not-eligible and deferred nominees need a justification, the others do not', () => {
    expect(
      ['eligible', 'needs_council_vote', 'not_eligible', 'deferred', null].map(nomineeNeedsJustification),
    ).toEqual([false, false, true, true, false]);
  });
});

describe('due state of a dossier', () => {
  const rows: Array<[DossierStatus, string | null, string, number | null, string]> = [
    ['in_appraisal', '2026-12-10', '2026-12-01', 7, 'on_track'],
    ['in_appraisal', '2026-12-10', '2026-12-07', 4, 'on_track'],
    ['in_appraisal', '2026-12-10', '2026-12-07', 3, 'due_soon'],
    ['in_appraisal', '2026-12-10', '2026-12-10', 0, 'due_soon'],
    ['in_appraisal', '2026-12-10', '2026-12-11', 0, 'overdue'],
    ['received', null, '2026-12-11', null, 'none'],
    ['appraised', '2026-12-10', '2026-12-20', 0, 'done'],
  ];
  it.each(rows)('%s due %s today %s (%s left) → %s', (status, dueDate, today, left, expected) => {
    expect(dossierDueState({ status, dueDate, today, workingDaysLeft: left })).toBe(expected);
  });
});

describe('appraisal time limit by level (province-profile parameters)', () => {
  const params = { deadlineCommuneCstdcsWorkingDays: 20, deadlineCentralAppraisalWorkingDays: 15 };
  it.each([
    ['unit', 20],
    ['commune', 20],
    ['province', 20],
    ['central', 15],
  ] as const)('%s → %i working days', (level, days) => {
    expect(appraisalWorkingDays(level, params)).toBe(days);
  });
});
