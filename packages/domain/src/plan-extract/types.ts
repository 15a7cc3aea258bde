/**
 * Public types of the plan-text extractor. Every field carries the sentence it came from so the
 * officer can check it against the text; a field the text does not state is null (lists: empty).
 */

/**
 * A date exactly as precise as the text states it. "năm 2025" is a year, "tháng 9/2020" a month,
 * "quý I/2020" a quarter; only 'day' converts to an ISO date. We keep precision explicit rather than
 * padding to the 1st of the month, so a draft never claims a day the text never gave.
 */
export type PartialDate =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { precision: 'year'; year: number };

/** Where a value came from: the sentence, and its offsets in `MovementDraft.text`. */
export interface SourceSpan {
  sentence: string;
  start: number;
  end: number;
}

export interface Extracted<T> {
  value: T;
  source: SourceSpan;
}

export type ExtractedField<T> = Extracted<T> | null;

/** Kế hoạch, Công văn, Quyết định, Hướng dẫn, Thông báo, Chỉ thị, Nghị quyết, Nghị định, … */
export type DocumentKind =
  | 'plan'
  | 'official_letter'
  | 'decision'
  | 'guidance'
  | 'notice'
  | 'directive'
  | 'resolution'
  | 'decree'
  | 'circular'
  | 'law'
  | 'conclusion'
  | 'program'
  | 'report'
  | 'submission';

/** thường xuyên / theo đợt (incl. đợt thi đua đặc biệt) / theo chuyên đề. */
export type MovementKind = 'regular' | 'campaign' | 'thematic';

/**
 * One end of a time span. Plans often start "từ ngày phát động" (launch) or "từ nay" / "từ ngày ký"
 * (issue), and sometimes end at an event ("đến Hội nghị điển hình tiên tiến lần thứ V") rather than a
 * date; those are kept as such instead of being turned into a guessed date.
 */
export type SpanBound =
  | { kind: 'date'; date: PartialDate }
  | { kind: 'relative'; anchor: 'launch' | 'issue' }
  | { kind: 'event'; label: string };

export interface TimeSpan {
  from: SpanBound;
  to: SpanBound;
}

/** Unit kinds and groups of people named as đối tượng tham gia. */
export type ParticipantKind =
  | 'agency'
  | 'mass_organisation'
  | 'armed_forces'
  | 'district'
  | 'commune'
  | 'hamlet'
  | 'party_organisation'
  | 'enterprise'
  | 'cooperative'
  | 'school'
  | 'health_facility'
  | 'official'
  | 'worker'
  | 'soldier'
  | 'household'
  | 'citizen'
  | 'individual'
  | 'collective';

export interface Participants {
  /** The list as written, split at ";" or bullets (not at commas: "sở, ban, ngành" is one group). */
  groups: string[];
  /** Recognised kinds, in the order of ParticipantKind, without duplicates. */
  kinds: ParticipantKind[];
}

export interface AssignedAgency {
  agency: string;
  task: string;
  dueDate: PartialDate | null;
}

export interface ReferencedMovement {
  name: string;
  /** "do Thủ tướng Chính phủ phát động" → "Thủ tướng Chính phủ". */
  launchedBy: string | null;
}

export interface ReferencedDocument {
  kind: DocumentKind | null;
  number: string;
  /** ISO YYYY-MM-DD; documents are always dated to the day. */
  date: string | null;
  issuer: string | null;
}

/** sơ kết → interim, tổng kết → final, lễ phát động → launch, hội nghị / đại hội → conference. */
export type MilestoneKind = 'interim' | 'final' | 'launch' | 'conference' | 'other';

export interface Milestone {
  kind: MilestoneKind;
  label: string;
  date: PartialDate | null;
  /** Set when the text gives a range ("từ ngày 20/4 - 25/4/2020"). */
  endDate: PartialDate | null;
}

export interface MovementDraft {
  /** The normalised text (NFC, noise lines removed); every source offset points into it. */
  text: string;
  planNumber: ExtractedField<string>;
  /** ISO YYYY-MM-DD of the plan itself (not of the web page that reported it). */
  planDate: ExtractedField<string>;
  /** ISO date of the web page's dateline ("Thứ ba 25/02/2020 18:00"), when there is one. */
  publishedDate: ExtractedField<string>;
  issuer: ExtractedField<string>;
  documentKind: ExtractedField<DocumentKind>;
  name: ExtractedField<string>;
  kind: ExtractedField<MovementKind>;
  theme: ExtractedField<string>;
  slogan: ExtractedField<string>;
  timeSpan: ExtractedField<TimeSpan>;
  participants: ExtractedField<Participants>;
  assignedAgencies: Extracted<AssignedAgency>[];
  referencedMovements: Extracted<ReferencedMovement>[];
  referencedDocuments: Extracted<ReferencedDocument>[];
  milestones: Extracted<Milestone>[];
  goals: Extracted<string>[];
}
