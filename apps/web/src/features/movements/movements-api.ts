import { partialDateToIso, spanBoundToIso } from '@vinhdanh/domain/plan-extract/draft-to-movement';
import {
  draftFromTextResponse,
  movementDetailSchema,
  movementSchema,
  nationalMovementSchema,
  paged,
  withAbilities,
} from '@vinhdanh/contracts';
import type { MovementDraft } from '@vinhdanh/domain/plan-extract/types';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.ts';

export const movementPage = paged(movementSchema);
export const movementOne = withAbilities(movementDetailSchema);
export const nationalList = z.object({ data: z.array(nationalMovementSchema) });
export { draftFromTextResponse };

export type MovementStatus = z.infer<typeof movementSchema>['status'];
export type MovementKind = z.infer<typeof movementSchema>['kind'];
export type DatePrecision = NonNullable<z.infer<typeof movementSchema>['fromPrecision']>;
export type MovementDetail = z.infer<typeof movementDetailSchema>;
export type DraftResponse = z.infer<typeof draftFromTextResponse>;
export type { MovementDraft };

export const STATUSES: MovementStatus[] = ['draft', 'launched', 'in_progress', 'reviewed', 'closed'];
export const KINDS: MovementKind[] = ['regular', 'campaign', 'thematic'];
export const PRECISIONS: DatePrecision[] = ['day', 'month', 'quarter', 'year'];

export const STATUS_COLORS: Record<MovementStatus, string> = {
  draft: 'default',
  launched: 'blue',
  in_progress: 'processing',
  reviewed: 'green',
  closed: 'purple',
};

export const statusKey = (s: MovementStatus) => `mv.status.${s}` as MessageKey;
export const kindKey = (k: MovementKind) => `mv.kind.${k}` as MessageKey;
export const precisionKey = (p: DatePrecision) => `mv.precision.${p}` as MessageKey;

/** Transitions in the order the buttons show; going back (withdraw / reopen) needs a written reason. */
export const TRANSITIONS: { to: MovementStatus; from: MovementStatus[]; label: MessageKey; note: boolean }[] =
  [
    { to: 'launched', from: ['draft'], label: 'mv.action.launch', note: false },
    { to: 'in_progress', from: ['launched'], label: 'mv.action.start', note: false },
    { to: 'reviewed', from: ['in_progress'], label: 'mv.action.review', note: false },
    { to: 'closed', from: ['reviewed'], label: 'mv.action.close', note: false },
    { to: 'draft', from: ['launched'], label: 'mv.action.withdraw', note: true },
    { to: 'in_progress', from: ['reviewed'], label: 'mv.action.reopen', note: true },
    { to: 'reviewed', from: ['closed'], label: 'mv.action.reopen', note: true },
  ];

/** A date as precise as stored: 13/01/2021, 01/2021, quý I/2021, 2021. */
export function formatPrecise(iso: string | null | undefined, precision: DatePrecision | null | undefined) {
  if (!iso) return '';
  const [y, m] = iso.split('-');
  switch (precision) {
    case 'year':
      return y ?? '';
    case 'month':
      return `${m}/${y}`;
    case 'quarter':
      return `${['I', 'II', 'III', 'IV'][Math.floor((Number(m) - 1) / 3)]}/${y}`;
    default:
      return formatViDate(iso);
  }
}

/** A partial date from the extractor as an ISO date + its precision (the first day of what it names). */
export { partialDateToIso as partialToIso, spanBoundToIso as boundToIso };

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** What the server accepts as an attachment (checked again there, by content). */
export const ATTACHMENT_EXT = /\.(pdf|docx|xlsx|jpe?g|png|txt)$/i;
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Years offered in the pickers: next year down to ten years back. */
export function yearChoices(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 12 }, (_, i) => now + 1 - i);
}
