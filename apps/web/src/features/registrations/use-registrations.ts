import {
  registrationGridSchema,
  registrationMissingSchema,
  registrationUpsertResponse,
} from '@vinhdanh/contracts';
import { App } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { useCatalog } from '../eligibility/eligibility-api.ts';
import { movementPage } from '../movements/movements-api.ts';
import { PAGE_SIZE, type Registration } from './registrations-model.ts';

/** The registrations screen's filters (in the address), grid, pending edits and actions. */
export function useRegistrations() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const movementId = Number(params.get('movementId')) || undefined;
  const unitId = Number(params.get('unitId')) || me?.grants[0]?.unitId;
  const [page, setPage] = useState(1);
  const [edits, setEdits] = useState<Map<string, string[]>>(new Map());
  const [busy, setBusy] = useState<'save' | 'submit' | 'import' | null>(null);
  // The grid lists the sub-units and their people too: sending covers what the officer sees unless unticked.
  const [includeSubunits, setIncludeSubunits] = useState(true);
  const [review, setReview] = useState<{ id: number; action: 'accept' | 'return'; name: string } | null>(
    null,
  );
  const [reviewNote, setReviewNote] = useState('');
  const { entries } = useCatalog();

  const update = (changes: Record<string, number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
    setPage(1);
    setEdits(new Map());
  };

  const movements = useAsync(
    // Every readable movement: a multi-year movement (2021–2025) takes registrations in each of its years.
    (signal) => api.get('/movements', { query: { pageSize: 200 }, schema: movementPage, signal }),
    [],
  );
  const grid = useAsync(
    (signal) =>
      unitId
        ? api.get('/registrations', {
            query: { year, unitId, movementId, page, pageSize: PAGE_SIZE },
            schema: registrationGridSchema,
            signal,
          })
        : Promise.resolve(undefined),
    [year, unitId, movementId, page],
  );
  const missing = useAsync(
    (signal) =>
      api.get('/registrations/missing', {
        query: { year, movementId, unitId },
        schema: registrationMissingSchema,
        signal,
      }),
    [year, movementId, unitId],
  );
  // A fresh grid (another page, another filter, after saving) starts with no pending edits.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the new grid data is the trigger.
  useEffect(() => setEdits(new Map()), [grid.data]);

  const titleOptions = useMemo(() => {
    const titles = (entries ?? []).filter((e) => e.category === 'title');
    const of = (kind: string) =>
      titles
        .filter((e) => e.subjectKinds.includes(kind))
        .map((e) => ({ value: e.code, label: e.name[locale] }));
    return { collective: of('collective'), individual: of('individual') };
  }, [entries, locale]);

  const data = grid.data;
  const abilities = data?.abilities ?? {};
  const canEdit = abilities.edit === true;

  const targetsOf = (key: string, r: Registration | null) => edits.get(key) ?? r?.targets ?? [];
  const setTargets = (key: string, v: string[]) => setEdits((m) => new Map(m).set(key, v));

  /** Runs a save, a submission or an import: shows the message it returns and reloads the grid and the missing list. */
  const busyRun = async (kind: 'save' | 'submit' | 'import', action: () => Promise<string>) => {
    setBusy(kind);
    try {
      message.success(await action());
      grid.reload();
      missing.reload();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  const save = async () => {
    if (!data || edits.size === 0) return;
    const rows = [...edits].map(([key, targets]) => {
      const [kind, id] = key.split(':');
      return kind === 'u' ? { unitId: Number(id), targets } : { personId: Number(id), targets };
    });
    await busyRun('save', async () => {
      const r = await api.put('/registrations', {
        body: { year, movementId: movementId ?? null, rows },
        schema: registrationUpsertResponse,
      });
      return t('reg.saved', { n: r.saved });
    });
  };

  const submit = async () => {
    if (!unitId) return;
    await busyRun('submit', async () => {
      const r = await api.post<undefined>('/registrations/submit', {
        body: { unitId, year, movementId: movementId ?? null, includeSubunits },
      });
      return t('reg.submitted', { n: (r as { submitted: number }).submitted });
    });
  };

  const doReview = async () => {
    if (!review) return;
    try {
      await api.post(`/registrations/${review.id}/review`, {
        body: { action: review.action, note: reviewNote.trim() || null },
      });
      message.success(t(review.action === 'accept' ? 'reg.accepted' : 'reg.returned'));
      setReview(null);
      setReviewNote('');
      grid.reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const importFile = async (file: File) => {
    const fd = new FormData();
    fd.append('file', file, file.name);
    await busyRun('import', async () => {
      const r = await api.post('/registrations/import', {
        query: { year, movementId },
        formData: fd,
        schema: registrationUpsertResponse,
      });
      return t('reg.imported', { n: r.saved });
    });
  };

  return {
    me,
    year,
    movementId,
    unitId,
    page,
    setPage,
    edits,
    busy,
    includeSubunits,
    setIncludeSubunits,
    review,
    setReview,
    reviewNote,
    setReviewNote,
    update,
    movements,
    grid,
    missing,
    titleOptions,
    data,
    abilities,
    canEdit,
    targetsOf,
    setTargets,
    save,
    submit,
    doReview,
    importFile,
  };
}

export type Registrations = ReturnType<typeof useRegistrations>;
