/**
 * The plan's own identity: number, date, kind, issuer, and the date the web page was published.
 * The plan's own number is the one in an official header ("Số: 04/KH-UBND") or the one the text says
 * was issued ("ban hành Kế hoạch số 156/KH-UBND", "phát động tại Kế hoạch số 04/KH-UBND"); any other
 * number is a cited document. A news page's dateline is the publication date, never the plan date.
 */
import { findDates, toIsoDate } from './dates.ts';
import { type DocumentReference, kindFromWord } from './document-number.ts';
import { foldForMatch } from './fold.ts';
import { findOrganisations, readHeaderIssuer } from './issuer.ts';
import { type Sentence, sourceOf } from './sentences.ts';
import type { DocumentKind, ExtractedField, SourceSpan } from './types.ts';

export interface PlanIdentity {
  planNumber: ExtractedField<string>;
  planDate: ExtractedField<string>;
  publishedDate: ExtractedField<string>;
  issuer: ExtractedField<string>;
  documentKind: ExtractedField<DocumentKind>;
  ownReference: DocumentReference | null;
}

const ISSUED_BY_VERB = /(?:ban hanh|phat dong tai|phat dong bang|thong qua)\s+(?:[\p{L}]+\s+)?$/u;
const KIND_AFTER_VERB =
  /(ban hanh|thong qua|trien khai|phat dong tai)\s+(ke hoach|cong van|quyet dinh|huong dan|thong bao|chi thi|chuong trinh|nghi quyet)(?![\p{L}])/u;
const DATELINE = /(?<![\p{L}])(thu (hai|ba|tu|nam|sau|bay)|chu nhat)(?![\p{L}])|\d{1,2}:\d{2}|^ngay\s+\d/u;
const PLACE_DATE = /^[\p{L} .-]{2,40},\s*ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\.?$/u;
const TITLE_KINDS = /^(ke hoach|quyet dinh|cong van|huong dan|thong bao|chi thi|chuong trinh)$/;

const headLines = (sentences: Sentence[], max: number) =>
  sentences.filter((s) => s.wholeLine && s.line < max);
const sentenceAt = (sentences: Sentence[], offset: number) =>
  sentences.find((s) => s.start <= offset && offset < s.end);
const field = <T>(value: T, source: SourceSpan) => ({ value, source });

function findOwnReference(sentences: Sentence[], refs: DocumentReference[]): DocumentReference | null {
  for (const ref of refs) {
    const s = sentenceAt(sentences, ref.start);
    if (!s) continue;
    const prefix = foldForMatch(s.text.slice(0, ref.start - s.start));
    if (/^so\s*:\s*$/.test(prefix) || ISSUED_BY_VERB.test(prefix)) return ref;
  }
  return null;
}

function datedLine(sentences: Sentence[], test: (folded: string) => boolean): ExtractedField<string> {
  for (const s of headLines(sentences, 10)) {
    const folded = foldForMatch(s.text);
    if (!test(folded)) continue;
    const date = findDates(s.text).find((d) => d.date.precision === 'day');
    const iso = date ? toIsoDate(date.date) : null;
    if (iso) return field(iso, sourceOf(s));
  }
  return null;
}

function findDocumentKind(
  sentences: Sentence[],
  own: DocumentReference | null,
): ExtractedField<DocumentKind> {
  const ownSentence = own && sentenceAt(sentences, own.start);
  if (own?.kind && ownSentence) return field(own.kind, sourceOf(ownSentence));
  for (const s of sentences) {
    const folded = foldForMatch(s.text);
    const m = KIND_AFTER_VERB.exec(folded) ?? (s.wholeLine && TITLE_KINDS.exec(folded));
    const kind = m ? kindFromWord(m[2] ?? m[1] ?? '') : null;
    if (kind) return field(kind, sourceOf(s));
  }
  return null;
}

function findIssuer(
  text: string,
  sentences: Sentence[],
  anchor: SourceSpan | null,
  own: DocumentReference | null,
) {
  const lines = text.split('\n');
  const header = readHeaderIssuer(lines);
  if (header) {
    const start = lines.slice(0, header.line).reduce((n, l) => n + l.length + 1, 0);
    const end = start + lines.slice(header.line, header.line + header.lines).join('\n').length;
    return field(header.value, { sentence: text.slice(start, end), start, end });
  }
  const ownSentence = own && sentenceAt(sentences, own.start);
  if (own?.issuer && ownSentence) return field(own.issuer, sourceOf(ownSentence));
  if (!anchor) return null;
  // The body that issues is named before the verb: "UBND tỉnh vừa ban hành kế hoạch…".
  const verbAt = foldForMatch(anchor.sentence).search(/ban hanh|phat dong|thong qua/);
  const orgs = findOrganisations(anchor.sentence).filter((o) => verbAt < 0 || o.end <= verbAt);
  const org = orgs[orgs.length - 1];
  return org ? field(org.value, anchor) : null;
}

export function extractPlanIdentity(
  text: string,
  sentences: Sentence[],
  refs: DocumentReference[],
): PlanIdentity {
  const own = findOwnReference(sentences, refs);
  const ownSentence = own && sentenceAt(sentences, own.start);
  const documentKind = findDocumentKind(sentences, own);
  const placeDate = datedLine(sentences, (f) => PLACE_DATE.test(f));
  return {
    planNumber: own && ownSentence ? field(own.number, sourceOf(ownSentence)) : null,
    planDate: own?.date && ownSentence ? field(own.date, sourceOf(ownSentence)) : placeDate,
    publishedDate: datedLine(sentences, (f) => f.length <= 60 && DATELINE.test(f) && !PLACE_DATE.test(f)),
    issuer: findIssuer(
      text,
      sentences,
      ownSentence ? sourceOf(ownSentence) : (documentKind?.source ?? null),
      own,
    ),
    documentKind,
    ownReference: own,
  };
}
