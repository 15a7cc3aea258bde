import {
  appraiserOptionSchema,
  type checklistItemSchema,
  type dossierActions,
  dossierDetailSchema,
  type dossierEventSchema,
  dossierFileSchema,
  dossierListSchema,
  type dossierCreateBody,
  type dossierStatuses,
  type dueStates,
  type nomineeAppraisals,
  type nomineeSchema,
  type dossierSummarySchema,
} from '@vinhdanh/contracts';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { formatViDateTime } from '../../lib/dates.ts';

export { dossierDetailSchema, dossierListSchema };

export type DossierDetail = z.infer<typeof dossierDetailSchema>;
export type Dossier = DossierDetail['data'];
export type DossierSummary = z.infer<typeof dossierSummarySchema>;
export type Nominee = z.infer<typeof nomineeSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type DossierFile = z.infer<typeof dossierFileSchema>;
export type DossierEvent = z.infer<typeof dossierEventSchema>;
export type DossierStatus = z.infer<typeof dossierStatuses.schema>;
export type DossierAction = z.infer<typeof dossierActions.schema>;
export type DueState = z.infer<typeof dueStates.schema>;
export type NomineeAppraisal = z.infer<typeof nomineeAppraisals.schema>;
export type DossierCreateBody = z.input<typeof dossierCreateBody>;
export type NomineeInput = NonNullable<DossierCreateBody['nominees']>[number];
export type Box = 'all' | 'mine' | 'inbox' | 'assigned';

export const filesResponse = z.object({ data: z.array(dossierFileSchema) });
export const fileResponse = z.object({ data: dossierFileSchema });
export const appraisersResponse = z.object({ data: z.array(appraiserOptionSchema) });

export const STATUS_COLORS: Record<DossierStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  received: 'cyan',
  in_appraisal: 'processing',
  returned: 'orange',
  appraised: 'green',
  in_council: 'purple',
  decided: 'gold',
  closed: 'default',
};

export const APPRAISAL_COLORS: Record<NomineeAppraisal, string> = {
  eligible: 'success',
  not_eligible: 'error',
  needs_information: 'warning',
};

/** Going back (or refusing) needs a written reason; the server refuses the step without one. */
export const NOTE_REQUIRED: ReadonlySet<DossierAction> = new Set(['return', 'recall', 'reopen_appraisal']);
/** Backward steps are drawn as secondary/danger buttons, forward ones as the primary action. */
export const BACKWARD: ReadonlySet<DossierAction> = new Set(['return', 'recall', 'reopen_appraisal']);

/** What the server accepts as a signed scan or supporting file (checked again there, by content). */
export const UPLOAD_ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png';
export const UPLOAD_EXT = /\.(pdf|docx|jpe?g|png)$/i;
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** A timestamp in Vietnam's business time zone as dd/MM/yyyy HH:mm. */
export function formatViMinute(iso: string | null | undefined): string {
  return formatViDateTime(iso).slice(0, 16);
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** The dossier's target level from the catalog level of the titles it proposes (the highest wins). */
const LEVEL_RANK = { unit: 0, commune: 1, province: 2, central: 3 } as const;
export type TargetLevel = keyof typeof LEVEL_RANK;
export function targetLevelOf(catalogLevels: readonly (string | undefined)[]): TargetLevel {
  let best: TargetLevel = 'unit';
  for (const l of catalogLevels) {
    const level: TargetLevel =
      l === 'province'
        ? 'province'
        : l === 'national' || l === 'state'
          ? 'central'
          : l === 'commune'
            ? 'commune'
            : 'unit';
    if (LEVEL_RANK[level] > LEVEL_RANK[best]) best = level;
  }
  return best;
}

export function createDossier(body: DossierCreateBody) {
  return api.post('/dossiers', { body, schema: dossierDetailSchema });
}

/** Years offered in the pickers: next year down to ten years back. */
export function dossierYears(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 12 }, (_, i) => now + 1 - i);
}
