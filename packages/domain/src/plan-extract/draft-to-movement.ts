/**
 * What an officer confirms unchanged from a draft: the draft's fields as the values of a new movement
 * (ISO dates with their precision, kept milestones and tasks). Dates the text gives to the month or
 * quarter become the first day of that period with the precision kept, so nothing claims a day the
 * text never gave; a task keeps a due date only when the text names the day (otherwise the period is
 * written in its note).
 */
import { formatPartialDate } from './dates.ts';
import type { MilestoneKind, MovementDraft, PartialDate, SpanBound } from './types.ts';

export type DatePrecision = PartialDate['precision'];

/** A partial date as an ISO date (the first day of what it names) and its precision. */
export function partialDateToIso(
  d: PartialDate | null | undefined,
): { iso: string; precision: DatePrecision } | null {
  if (!d) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (d.precision) {
    case 'day':
      return { iso: `${d.year}-${pad(d.month)}-${pad(d.day)}`, precision: 'day' };
    case 'month':
      return { iso: `${d.year}-${pad(d.month)}-01`, precision: 'month' };
    case 'quarter':
      return { iso: `${d.year}-${pad((d.quarter - 1) * 3 + 1)}-01`, precision: 'quarter' };
    case 'year':
      return { iso: `${d.year}-01-01`, precision: 'year' };
  }
}

/** A time-span bound as an ISO date; "from the launch" or an event has none. */
export function spanBoundToIso(b: SpanBound | null | undefined) {
  return b?.kind === 'date' ? partialDateToIso(b.date) : null;
}

export interface ConfirmedMovementFields {
  name: string | null;
  kind: 'regular' | 'campaign' | 'thematic' | null;
  planNumber: string | null;
  planDate: string | null;
  issuer: string | null;
  theme: string | null;
  slogan: string | null;
  fromDate: string | null;
  fromPrecision: DatePrecision | null;
  toDate: string | null;
  toPrecision: DatePrecision | null;
  goals: string[];
  participants: { groups: string[]; unitKinds: string[]; unitIds: number[] } | undefined;
  milestones: {
    kind: MilestoneKind;
    label: string;
    dueDate: string | null;
    duePrecision: DatePrecision | null;
  }[];
  tasks: { agency: string; task: string; dueDate: string | null; note: string | null }[];
}

export function draftToMovementFields(draft: MovementDraft): ConfirmedMovementFields {
  const from = spanBoundToIso(draft.timeSpan?.value.from);
  const to = spanBoundToIso(draft.timeSpan?.value.to);
  return {
    name: draft.name?.value ?? null,
    kind: draft.kind?.value ?? null,
    planNumber: draft.planNumber?.value ?? null,
    planDate: draft.planDate?.value ?? null,
    issuer: draft.issuer?.value ?? null,
    theme: draft.theme?.value ?? null,
    slogan: draft.slogan?.value ?? null,
    fromDate: from?.iso ?? null,
    fromPrecision: from?.precision ?? null,
    toDate: to?.iso ?? null,
    toPrecision: to?.precision ?? null,
    goals: draft.goals.map((g) => g.value),
    participants: draft.participants
      ? { groups: draft.participants.value.groups, unitKinds: draft.participants.value.kinds, unitIds: [] }
      : undefined,
    milestones: draft.milestones.map((m) => {
      const d = partialDateToIso(m.value.date);
      return {
        kind: m.value.kind,
        label: m.value.label,
        dueDate: d?.iso ?? null,
        duePrecision: d?.precision ?? null,
      };
    }),
    tasks: draft.assignedAgencies.map(({ value: a }) => ({
      agency: a.agency,
      task: a.task || a.agency,
      dueDate: a.dueDate?.precision === 'day' ? (partialDateToIso(a.dueDate)?.iso ?? null) : null,
      note:
        a.dueDate && a.dueDate.precision !== 'day'
          ? `Thời hạn theo văn bản: ${formatPartialDate(a.dueDate)}`
          : null,
    })),
  };
}
