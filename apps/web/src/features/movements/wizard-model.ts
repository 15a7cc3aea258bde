import type { Dayjs } from 'dayjs';
import type { CSSProperties } from 'react';
import type { MessageKey } from '../../i18n/index.ts';
import type { DatePrecision, MovementDraft, MovementKind } from './movements-api.ts';

export const LIST_STYLE: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
export const ITEM_STYLE: CSSProperties = { padding: '8px 0', borderBottom: '1px solid #f0f0f0' };

export interface DraftValues {
  unitId: number | null;
  name: string;
  kind: MovementKind | null;
  planNumber: string;
  planDate: Dayjs | null;
  issuer: string;
  theme: string;
  slogan: string;
  fromDate: Dayjs | null;
  fromPrecision: DatePrecision | null;
  toDate: Dayjs | null;
  toPrecision: DatePrecision | null;
  registrationDeadline: Dayjs | null;
  nationalMovementId: number | null;
}

/** Which source the text panel highlights: a form field, or an item of one of the lists. */
export type Focus = string;

type PartialDate = NonNullable<MovementDraft['milestones'][number]['value']['date']>;
export function describeDue(d: PartialDate): string {
  switch (d.precision) {
    case 'day':
      return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
    case 'month':
      return `${String(d.month).padStart(2, '0')}/${d.year}`;
    case 'quarter':
      return `${['I', 'II', 'III', 'IV'][d.quarter - 1]}/${d.year}`;
    case 'year':
      return String(d.year);
  }
}

export function describeBound(
  b: NonNullable<MovementDraft['timeSpan']>['value']['from'],
  t: (k: MessageKey, p?: Record<string, string | number>) => string,
): string {
  if (b.kind === 'date') return describeDue(b.date);
  if (b.kind === 'event') return b.label;
  return t(b.anchor === 'launch' ? 'wiz.fromLaunch' : 'wiz.fromIssue');
}
