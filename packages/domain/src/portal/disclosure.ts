import { addDays, isIsoDate } from '../rules/dates.ts';
import type { IsoDate } from '../rules/types.ts';

/**
 * Public disclosure (công khai) of a proposed list before the decision — Law on Emulation and
 * Commendation 2022 Art. 84.5, detailed by the Government (Art. 84.7). The length of the period is a
 * province parameter (`disclosurePeriodDays`) because the national text was not verified
 * (legal-rules.md §4.4 [M]); the one verified instance (Huy chương TNXP lists, [V-Q S18]) counts
 * **calendar days** ("5 ngày"), so calendar days are used here, the first day included:
 * a 5-day period starting on 01/12 runs to 05/12 inclusive and is closed on 06/12.
 *
 * When the parameter is null (not set by the province) there is no default: the officer must give
 * the period (a number of days or an end date) when publishing — a missing period is refused.
 */

export const DISCLOSURE_STATUSES = ['published', 'withdrawn'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** Longest period accepted (a sanity bound, not a legal rule). */
export const MAX_DISCLOSURE_DAYS = 90;

/** Comments a sender may post per window (per address), anti-abuse, not a legal rule. */
export const COMMENT_RATE_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 } as const;

export const COMMENT_LIMITS = { authorName: 120, contact: 200, body: 4000, minBody: 10 } as const;

export type DisclosurePeriodResult =
  | { ok: true; startsOn: IsoDate; endsOn: IsoDate; days: number; source: 'parameter' | 'officer' }
  | { ok: false; reason: 'period_required' | 'invalid_dates' | 'too_long' };

/** Days covered by a period, both ends included. */
export function periodDays(startsOn: IsoDate, endsOn: IsoDate): number {
  return (
    Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000) + 1
  );
}

/**
 * The period of a disclosure. Precedence: an end date given by the officer, else a number of days
 * given by the officer, else the province parameter; with none of them the period is required.
 */
export function disclosurePeriod(input: {
  startsOn: IsoDate;
  parameterDays: number | null;
  days?: number | null;
  endsOn?: IsoDate | null;
}): DisclosurePeriodResult {
  const { startsOn } = input;
  if (!isIsoDate(startsOn)) return { ok: false, reason: 'invalid_dates' };
  let endsOn: IsoDate;
  let source: 'parameter' | 'officer' = 'officer';
  if (input.endsOn) {
    if (!isIsoDate(input.endsOn) || input.endsOn < startsOn) return { ok: false, reason: 'invalid_dates' };
    endsOn = input.endsOn;
  } else {
    const days = input.days ?? input.parameterDays;
    if (input.days == null) source = 'parameter';
    if (days == null) return { ok: false, reason: 'period_required' };
    if (!Number.isInteger(days) || days < 1) return { ok: false, reason: 'invalid_dates' };
    endsOn = addDays(startsOn, days - 1);
  }
  const days = periodDays(startsOn, endsOn);
  if (days > MAX_DISCLOSURE_DAYS) return { ok: false, reason: 'too_long' };
  return { ok: true, startsOn, endsOn, days, source };
}

export type OpenState = 'not_started' | 'open' | 'ended' | 'withdrawn';

/** Where a disclosure stands on a Vietnamese calendar day. */
export function disclosureState(
  d: { startsOn: IsoDate; endsOn: IsoDate; status: string },
  today: IsoDate,
): OpenState {
  if (d.status === 'withdrawn') return 'withdrawn';
  if (today < d.startsOn) return 'not_started';
  if (today > d.endsOn) return 'ended';
  return 'open';
}

/** Citizens may comment from the first to the last day of the period, both included. */
export function isOpenForComments(
  d: { startsOn: IsoDate; endsOn: IsoDate; status: string },
  today: IsoDate,
): boolean {
  return disclosureState(d, today) === 'open';
}

/** The period is over (the decision may be issued): the day after the last day. */
export function disclosurePeriodEnded(d: { endsOn: IsoDate }, today: IsoDate): boolean {
  return today > d.endsOn;
}

export interface CommentInput {
  authorName: string;
  contact?: string | null;
  body: string;
  /** Honeypot: hidden from people, filled by bots. */
  website?: string | null;
}

export interface CommentIssue {
  field: 'authorName' | 'contact' | 'body';
  message: string;
}

export type CommentCheck =
  | { kind: 'ok'; value: { authorName: string; contact: string | null; body: string } }
  | { kind: 'spam' }
  | { kind: 'invalid'; issues: CommentIssue[] };

const clean = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();

/** Checks a citizen's comment: a filled honeypot is spam (silently dropped); otherwise field rules. */
export function checkComment(input: CommentInput): CommentCheck {
  if (clean(input.website)) return { kind: 'spam' };
  const authorName = clean(input.authorName).replace(/\s+/g, ' ');
  const contact = clean(input.contact) || null;
  const body = clean(input.body);
  const issues: CommentIssue[] = [];
  if (!authorName) issues.push({ field: 'authorName', message: 'Vui lòng nhập họ và tên người góp ý.' });
  else if (authorName.length > COMMENT_LIMITS.authorName)
    issues.push({ field: 'authorName', message: `Họ và tên không quá ${COMMENT_LIMITS.authorName} ký tự.` });
  if (contact && contact.length > COMMENT_LIMITS.contact)
    issues.push({
      field: 'contact',
      message: `Thông tin liên hệ không quá ${COMMENT_LIMITS.contact} ký tự.`,
    });
  if (body.length < COMMENT_LIMITS.minBody)
    issues.push({ field: 'body', message: `Nội dung góp ý cần ít nhất ${COMMENT_LIMITS.minBody} ký tự.` });
  else if (body.length > COMMENT_LIMITS.body)
    issues.push({ field: 'body', message: `Nội dung góp ý không quá ${COMMENT_LIMITS.body} ký tự.` });
  if (issues.length) return { kind: 'invalid', issues };
  return { kind: 'ok', value: { authorName, contact, body } };
}
