/**
 * Emulation registration (đăng ký thi đua, Law 06/2022 Art. 18): a unit's officer drafts the rows of its
 * collectives and people and submits them; the commendation office accepts them or returns them with a
 * note. The registration deadline binds officers only: once past, they may still correct what the office
 * returned to them, and the office itself may enter late corrections.
 */

export const REGISTRATION_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export type RegistrationAction = 'edit' | 'submit' | 'accept' | 'return';
export type RegistrationRole = 'officer' | 'reviewer';

interface RegistrationStep {
  action: RegistrationAction;
  /** 'none': no row yet. */
  from: readonly (RegistrationStatus | 'none')[];
  to: RegistrationStatus;
  by: readonly RegistrationRole[];
  noteRequired: boolean;
}

export const REGISTRATION_STEPS: readonly RegistrationStep[] = [
  {
    action: 'edit',
    from: ['none', 'draft', 'returned'],
    to: 'draft',
    by: ['officer', 'reviewer'],
    noteRequired: false,
  },
  {
    action: 'submit',
    from: ['draft', 'returned'],
    to: 'submitted',
    by: ['officer', 'reviewer'],
    noteRequired: false,
  },
  { action: 'accept', from: ['submitted'], to: 'accepted', by: ['reviewer'], noteRequired: false },
  { action: 'return', from: ['submitted', 'accepted'], to: 'returned', by: ['reviewer'], noteRequired: true },
];

export interface RegistrationStepInput {
  action: RegistrationAction;
  from: RegistrationStatus | 'none';
  /** The roles the actor holds on the unit (an officer who is also a reviewer acts as a reviewer). */
  roles: readonly RegistrationRole[];
  pastDeadline: boolean;
  note?: string | null;
}

export type RegistrationStepVerdict =
  | { ok: true; to: RegistrationStatus }
  | {
      ok: false;
      code: 'REGISTRATION_INVALID_TRANSITION' | 'FORBIDDEN' | 'NOTE_REQUIRED' | 'REGISTRATION_CLOSED';
    };

export function checkRegistrationStep(input: RegistrationStepInput): RegistrationStepVerdict {
  const step = REGISTRATION_STEPS.find((s) => s.action === input.action);
  if (!step?.from.includes(input.from)) return { ok: false, code: 'REGISTRATION_INVALID_TRANSITION' };
  const roles = step.by.filter((r) => input.roles.includes(r));
  if (roles.length === 0) return { ok: false, code: 'FORBIDDEN' };
  if (step.noteRequired && !input.note?.trim()) return { ok: false, code: 'NOTE_REQUIRED' };
  if (input.pastDeadline && !roles.includes('reviewer') && input.from !== 'returned')
    return { ok: false, code: 'REGISTRATION_CLOSED' };
  return { ok: true, to: step.to };
}

/** Past the deadline when the business date (Vietnam time) is after the last day; no deadline, never. */
export function isPastRegistrationDeadline(deadline: string | null | undefined, today: string): boolean {
  return !!deadline && today > deadline;
}

/** Only these count as "registered" for eligibility (the office has it, or has accepted it). */
export function countsAsRegistered(status: string): boolean {
  return status === 'submitted' || status === 'accepted';
}
