import { attachmentSchema } from '@vinhdanh/contracts';
import { App } from 'antd';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { MAX_ATTACHMENT_BYTES } from '../movements/movements-api.ts';
import { assessmentOne, type Criterion } from './scoring-api.ts';
import type { AssessmentData, Draft, LoadedAssessment } from './use-assessment.ts';

const EVIDENCE_EXT = /\.(pdf|docx|xlsx|jpe?g|png)$/i;

/** The checks on the typed scores and the actions of a loaded assessment (self scores, submit, review, transitions, evidence). */
export function useAssessmentWork(st: AssessmentData, loaded: LoadedAssessment) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { a, evidence, history, leaves, draft, setDraft, setBusy, transition, reason } = st;
  const { setTransition, setReason, setReasonError } = st;
  const assessment = loaded.data;
  const abilities = loaded.abilities;
  const get = (c: Criterion): Draft =>
    draft.get(c.id) ?? { points: null, evidenceIds: [], comment: '', reviewed: null, reason: '' };
  const set = (c: Criterion, patch: Partial<Draft>) =>
    setDraft((m) => new Map(m).set(c.id, { ...get(c), ...patch }));
  const current = (c: Criterion) => assessment.scores.find((s) => s.criterionId === c.id);

  const over = leaves.filter(
    (c) => (get(c).points ?? 0) > c.maxPoints || (get(c).reviewed ?? 0) > c.maxPoints,
  );
  const missingEvidence = leaves.filter(
    (c) => c.evidenceRequired && (get(c).points ?? 0) > 0 && get(c).evidenceIds.length === 0,
  );
  const reviewChanges = leaves.filter((c) => {
    const d = get(c);
    return d.reviewed !== null && d.reviewed !== (current(c)?.points ?? null);
  });
  const missingReason = reviewChanges.filter((c) => !get(c).reason.trim());

  const run = async (key: string, fn: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await fn();
      message.success(done);
      a.reload();
      history.reload();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(null);
    }
  };
  const saveSelf = () =>
    run(
      'self',
      () =>
        api.put(`/assessments/${assessment.id}/scores`, {
          body: {
            version: assessment.version,
            scores: leaves.map((c) => ({
              criterionId: c.id,
              points: get(c).points,
              evidenceIds: get(c).evidenceIds,
              comment: get(c).comment.trim() || null,
            })),
          },
          schema: assessmentOne,
        }),
      t('common.saved'),
    );
  const submit = () =>
    run(
      'submit',
      () =>
        api.post(`/assessments/${assessment.id}/submit`, {
          body: { version: assessment.version },
          schema: assessmentOne,
        }),
      t('sc.submitted'),
    );
  const saveReview = () => {
    if (missingReason.length) {
      setReasonError(t('sc.reasonMissing', { codes: missingReason.map((c) => c.code).join(', ') }));
      return;
    }
    setReasonError(null);
    return run(
      'review',
      () =>
        api.put(`/assessments/${assessment.id}/review`, {
          body: {
            version: assessment.version,
            scores: reviewChanges.map((c) => ({
              criterionId: c.id,
              points: get(c).reviewed!,
              reason: get(c).reason.trim(),
            })),
          },
          schema: assessmentOne,
        }),
      t('common.saved'),
    );
  };
  const doTransition = () =>
    transition &&
    run(
      transition,
      () =>
        api.post(`/assessments/${assessment.id}/${transition}`, {
          body: { version: assessment.version, reason: reason.trim() || null },
          schema: assessmentOne,
        }),
      t('common.saved'),
    ).then(() => {
      setTransition(null);
      setReason('');
    });

  const uploadEvidence = async (c: Criterion, file: File) => {
    if (!EVIDENCE_EXT.test(file.name)) return void message.error(t('sc.evidenceType'));
    if (file.size > MAX_ATTACHMENT_BYTES) return void message.error(t('mv.attachment.tooBig'));
    const fd = new FormData();
    fd.append('file', file, file.name);
    try {
      const f = await api.post(`/assessments/${assessment.id}/evidence`, {
        formData: fd,
        schema: attachmentSchema,
      });
      set(c, { evidenceIds: [...get(c).evidenceIds, f.id] });
      evidence.reload();
      message.success(t('mv.attachment.uploaded', { name: file.name }));
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const files = evidence.data?.data ?? [];
  const selfEditable = abilities.selfScore === true;
  const reviewEditable = abilities.review === true;

  return {
    assessment,
    abilities,
    get,
    set,
    current,
    over,
    missingEvidence,
    reviewChanges,
    missingReason,
    saveSelf,
    submit,
    saveReview,
    doTransition,
    uploadEvidence,
    files,
    selfEditable,
    reviewEditable,
  };
}

export type AssessmentWork = ReturnType<typeof useAssessmentWork>;
