/**
 * extractMovementDraft: pasted plan or announcement text → a draft movement for an officer to confirm.
 * Pure and deterministic. Each field carries the sentence it came from; a field the text does not
 * state stays null (lists stay empty) — a wrong guess costs the officer more than an empty field.
 */
import { extractAssignedAgencies } from './agencies.ts';
import { findDocumentReferences } from './document-number.ts';
import { foldForMatch, forgetFolds } from './fold.ts';
import { extractGoals } from './goals.ts';
import { extractMilestones } from './milestones.ts';
import { extractMovementKind, extractMovementName } from './movement-name.ts';
import { normalisePlanText } from './normalise.ts';
import { extractParticipants } from './participants.ts';
import { extractPlanIdentity } from './plan-identity.ts';
import { extractReferencedMovements } from './referenced-movements.ts';
import { sourceOf, splitSentences } from './sentences.ts';
import { extractThemeAndSlogan } from './theme-slogan.ts';
import { extractTimeSpan } from './time-span.ts';
import type { Extracted, MovementDraft, ReferencedDocument } from './types.ts';

export function extractMovementDraft(rawText: string): MovementDraft {
  forgetFolds();
  const text = normalisePlanText(rawText);
  const sentences = splitSentences(text);
  const refs = findDocumentReferences(text);
  const identity = extractPlanIdentity(text, sentences, refs);
  const name = extractMovementName(sentences);
  const { theme, slogan, usedQuoteStarts } = extractThemeAndSlogan(sentences);
  const nameKey = name && foldForMatch(name.value);

  const referencedDocuments: Extracted<ReferencedDocument>[] = refs
    .filter((r) => r !== identity.ownReference && r.number !== identity.ownReference?.number)
    .flatMap((r) => {
      const s = sentences.find((x) => x.start <= r.start && r.start < x.end);
      return s
        ? [{ value: { kind: r.kind, number: r.number, date: r.date, issuer: r.issuer }, source: sourceOf(s) }]
        : [];
    });

  return {
    text,
    planNumber: identity.planNumber,
    planDate: identity.planDate,
    publishedDate: identity.publishedDate,
    issuer: identity.issuer,
    documentKind: identity.documentKind,
    name,
    kind: extractMovementKind(sentences, name),
    theme,
    slogan,
    timeSpan: extractTimeSpan(sentences),
    participants: extractParticipants(text, sentences),
    assignedAgencies: extractAssignedAgencies(text, sentences),
    referencedMovements: extractReferencedMovements(sentences, usedQuoteStarts).filter(
      (m) => foldForMatch(m.value.name) !== nameKey,
    ),
    referencedDocuments,
    milestones: extractMilestones(
      sentences,
      refs.map((r) => [r.start, r.end]),
    ),
    goals: extractGoals(sentences),
  };
}
