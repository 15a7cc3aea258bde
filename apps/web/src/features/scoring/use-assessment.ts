import { attachmentSchema } from '@vinhdanh/contracts';
import { useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { useAsync } from '../../lib/use-async.ts';
import { assessmentHistorySchema, assessmentOne, sheetResponse } from './scoring-api.ts';

const evidenceList = z.object({ data: z.array(attachmentSchema) });

/** What the officer has typed for one criterion, not yet saved. */
export interface Draft {
  points: number | null;
  evidenceIds: number[];
  comment: string;
  reviewed: number | null;
  reason: string;
}

/** The assessment page's data (assessment, its sheet, evidence files, history) and its editing state. */
export function useAssessmentData(assessmentId: number) {
  const a = useAsync(
    (signal) => api.get(`/assessments/${assessmentId}`, { schema: assessmentOne, signal }),
    [assessmentId],
  );
  const sheetId = a.data?.data.sheetId;
  const sheet = useAsync(
    (signal) =>
      sheetId
        ? api.get(`/score-sheets/${sheetId}`, { schema: sheetResponse, signal })
        : Promise.resolve(undefined),
    [sheetId],
  );
  const evidence = useAsync(
    (signal) => api.get(`/assessments/${assessmentId}/evidence`, { schema: evidenceList, signal }),
    [assessmentId],
  );
  const history = useAsync(
    (signal) => api.get(`/assessments/${assessmentId}/history`, { schema: assessmentHistorySchema, signal }),
    [assessmentId],
  );
  const [draft, setDraft] = useState<Map<number, Draft>>(new Map());
  const [busy, setBusy] = useState<string | null>(null);
  const [transition, setTransition] = useState<'approve' | 'finalise' | 'return' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const assessment = a.data?.data;
  useEffect(() => {
    if (!assessment) return;
    setDraft(
      new Map(
        assessment.scores.map((s) => [
          s.criterionId,
          {
            points: s.selfPoints,
            evidenceIds: s.evidenceIds,
            comment: s.comment ?? '',
            reviewed: s.points,
            reason: '',
          },
        ]),
      ),
    );
  }, [assessment]);

  const leaves = useMemo(
    () => (sheet.data?.data.criteria ?? []).filter((c) => c.isLeaf).sort((x, y) => x.position - y.position),
    [sheet.data],
  );
  return {
    a,
    sheet,
    evidence,
    history,
    assessment,
    leaves,
    draft,
    setDraft,
    busy,
    setBusy,
    transition,
    setTransition,
    reason,
    setReason,
    reasonError,
    setReasonError,
  };
}

export type AssessmentData = ReturnType<typeof useAssessmentData>;
export type LoadedAssessment = NonNullable<AssessmentData['a']['data']>;
