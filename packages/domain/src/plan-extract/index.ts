/** Rule-based extraction of a draft movement from Vietnamese plan and announcement texts. */
export { extractMovementDraft } from './extract-movement-draft.ts';
export { findDateRanges, findDates, formatPartialDate, parseVietnameseDate, toIsoDate } from './dates.ts';
export type { DateMatch, DateRangeMatch } from './dates.ts';
export { findDocumentReferences, parseDocumentNumber } from './document-number.ts';
export type { DocumentReference, ParsedNumber } from './document-number.ts';
export { findQuotedPhrases } from './quotes.ts';
export type { QuotedPhrase } from './quotes.ts';
export { normalisePlanText } from './normalise.ts';
export type * from './types.ts';
export { draftToMovementFields, partialDateToIso, spanBoundToIso } from './draft-to-movement.ts';
export type { ConfirmedMovementFields } from './draft-to-movement.ts';
