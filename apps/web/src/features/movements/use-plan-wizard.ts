import type { Extracted, SourceSpan } from '@vinhdanh/domain/plan-extract/types';
import { App, Form } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/dates.ts';
import { applyFieldErrors } from '../../lib/forms.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import {
  boundToIso,
  type DraftResponse,
  draftFromTextResponse,
  type MovementDraft,
  movementOne,
  nationalList,
  partialToIso,
} from './movements-api.ts';
import { type DraftValues, describeDue, type Focus } from './wizard-model.ts';

/** The plan wizard's state: reading the text, the reviewed draft, what is kept, and creating the movement. */
export function usePlanWizard() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { me } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [step, setStep] = useState(0);
  const [text, setText] = useState('');
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<DraftResponse | null>(null);
  const [focus, setFocus] = useState<Focus>('planNumber');
  const [form] = Form.useForm<DraftValues>();
  const [values, setValues] = useState<DraftValues | null>(null);
  const [agencyUnits, setAgencyUnits] = useState<(number | null)[]>([]);
  const [keepAgency, setKeepAgency] = useState<boolean[]>([]);
  const [keepMilestone, setKeepMilestone] = useState<boolean[]>([]);
  const [keepGoal, setKeepGoal] = useState<boolean[]>([]);
  const [saving, setSaving] = useState(false);
  const nationals = useAsync(
    (signal) => api.get('/national-movements', { schema: nationalList, signal }),
    [],
  );

  const draft = result?.draft as unknown as MovementDraft | undefined;

  const read = async (input: { text: string } | { file: File }) => {
    setReading(true);
    setError(null);
    try {
      let r: DraftResponse;
      if ('file' in input) {
        const fd = new FormData();
        fd.append('file', input.file, input.file.name);
        r = await api.post('/movements/draft-from-text', { formData: fd, schema: draftFromTextResponse });
      } else r = await api.post('/movements/draft-from-text', { body: input, schema: draftFromTextResponse });
      const d = r.draft as unknown as MovementDraft;
      setResult(r);
      setText(d.text);
      setAgencyUnits(d.assignedAgencies.map((_, i) => r.suggestions.agencies[i]?.unitId ?? null));
      setKeepAgency(d.assignedAgencies.map(() => true));
      setKeepMilestone(d.milestones.map(() => true));
      setKeepGoal(d.goals.map(() => true));
      const linked = r.suggestions.nationalMovements.filter((n) => n.nationalMovementId !== null);
      const from = boundToIso(d.timeSpan?.value.from);
      const to = boundToIso(d.timeSpan?.value.to);
      const initial: DraftValues = {
        unitId: me?.grants[0]?.unitId ?? null,
        name: d.name?.value ?? '',
        kind: d.kind?.value ?? null,
        planNumber: d.planNumber?.value ?? '',
        planDate: isoToDayjs(d.planDate?.value) ?? null,
        issuer: d.issuer?.value ?? '',
        theme: d.theme?.value ?? '',
        slogan: d.slogan?.value ?? '',
        fromDate: isoToDayjs(from?.iso) ?? null,
        fromPrecision: from?.precision ?? null,
        toDate: isoToDayjs(to?.iso) ?? null,
        toPrecision: to?.precision ?? null,
        registrationDeadline: null,
        // Only when the text names exactly one movement of the national catalog: anything else is the officer's call.
        nationalMovementId: linked.length === 1 ? (linked[0]?.nationalMovementId ?? null) : null,
      };
      setValues(initial);
      setFocus('planNumber');
      setStep(1);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setReading(false);
    }
  };

  /** The source span behind the focused field or list item; null when the text does not state it. */
  const source: SourceSpan | null = useMemo(() => {
    if (!draft) return null;
    const [kind, index] = focus.split(':');
    const at = <T>(list: Extracted<T>[]) => list[Number(index)]?.source ?? null;
    switch (kind) {
      case 'agency':
        return at(draft.assignedAgencies);
      case 'milestone':
        return at(draft.milestones);
      case 'goal':
        return at(draft.goals);
      case 'reference':
        return at(draft.referencedMovements);
      case 'fromDate':
      case 'toDate':
      case 'fromPrecision':
      case 'toPrecision':
        return draft.timeSpan?.source ?? null;
      case 'participants':
        return draft.participants?.source ?? null;
      default: {
        const field = (draft as unknown as Record<string, Extracted<unknown> | null>)[kind ?? ''];
        return field && typeof field === 'object' && 'source' in field ? field.source : null;
      }
    }
  }, [draft, focus]);

  const submit = async () => {
    if (!draft || !values || !result) return;
    setSaving(true);
    setError(null);
    try {
      const v = values;
      const milestones = draft.milestones
        .filter((_, i) => keepMilestone[i])
        .map((x) => {
          const d = partialToIso(x.value.date);
          return {
            kind: x.value.kind,
            label: x.value.label,
            dueDate: d?.iso ?? null,
            duePrecision: d?.precision ?? null,
          };
        });
      const tasks = draft.assignedAgencies
        .map((x, i) => ({ x, i }))
        .filter(({ i }) => keepAgency[i])
        .map(({ x, i }) => {
          const due = x.value.dueDate;
          return {
            agency: x.value.agency,
            agencyUnitId: agencyUnits[i] ?? null,
            task: x.value.task || x.value.agency,
            // Tasks keep a day; a month or a quarter stays in the note rather than becoming an invented day.
            dueDate: due?.precision === 'day' ? (partialToIso(due)?.iso ?? null) : null,
            note: due && due.precision !== 'day' ? t('wiz.dueNote', { due: describeDue(due) }) : null,
          };
        });
      const { text: normalised, ...extraction } = draft;
      const body = {
        unitId: v.unitId,
        name: v.name.trim(),
        kind: v.kind,
        planNumber: v.planNumber.trim() || null,
        planDate: dayjsToIso(v.planDate),
        issuer: v.issuer.trim() || null,
        theme: v.theme.trim() || null,
        slogan: v.slogan.trim() || null,
        fromDate: dayjsToIso(v.fromDate),
        fromPrecision: v.fromDate ? (v.fromPrecision ?? 'day') : null,
        toDate: dayjsToIso(v.toDate),
        toPrecision: v.toDate ? (v.toPrecision ?? 'day') : null,
        registrationDeadline: dayjsToIso(v.registrationDeadline),
        nationalMovementId: v.nationalMovementId ?? null,
        goals: draft.goals.filter((_, i) => keepGoal[i]).map((g) => g.value),
        participants: draft.participants
          ? {
              groups: draft.participants.value.groups,
              unitKinds: draft.participants.value.kinds,
              unitIds: [],
            }
          : undefined,
        milestones,
        tasks,
        sourceText: normalised,
        extraction: { ...extraction, suggestions: result.suggestions },
      };
      const created = await api.post('/movements', { body, schema: movementOne });
      message.success(t('wiz.created'));
      navigate(`/movements/${created.data.id}`);
    } catch (err) {
      if (applyFieldErrors(form, err)) setStep(1);
      setError(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return {
    me,
    step,
    setStep,
    text,
    setText,
    reading,
    error,
    result,
    draft,
    setFocus,
    form,
    values,
    setValues,
    agencyUnits,
    setAgencyUnits,
    keepAgency,
    setKeepAgency,
    keepMilestone,
    setKeepMilestone,
    keepGoal,
    setKeepGoal,
    saving,
    nationals,
    read,
    source,
    submit,
  };
}

export type PlanWizard = ReturnType<typeof usePlanWizard>;
