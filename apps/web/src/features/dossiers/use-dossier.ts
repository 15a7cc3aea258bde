import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { type DossierDetail, dossierDetailSchema } from './dossiers-api.ts';

export interface DossierState {
  detail: DossierDetail | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Every mutation answers with the fresh detail: show it without another round trip. */
  replace: (next: DossierDetail) => void;
}

/** One dossier with its abilities and actions, reloadable and replaceable by a mutation's answer. */
export function useDossier(id: number): DossierState {
  const [detail, setDetail] = useState<DossierDetail>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick is the reload trigger.
  useEffect(() => {
    const ctrl = new AbortController();
    const mine = ++seq.current;
    setLoading(true);
    setError(undefined);
    api.get(`/dossiers/${id}`, { schema: dossierDetailSchema, signal: ctrl.signal }).then(
      (d) => {
        if (mine !== seq.current) return;
        setDetail(d);
        setLoading(false);
      },
      (err: unknown) => {
        if (ctrl.signal.aborted || mine !== seq.current) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => ctrl.abort();
  }, [id, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const replace = useCallback((next: DossierDetail) => {
    seq.current++;
    setDetail(next);
    setError(undefined);
    setLoading(false);
  }, []);
  return { detail, error, loading, reload, replace };
}

export interface DossierMutations {
  /** For buttons: runs the call, shows the fresh detail and the success text; errors become a toast. */
  run: (call: () => Promise<unknown>, success?: string) => Promise<boolean>;
  /**
   * For dialogs: true when the error was a version conflict (the dialog should close: the dossier is
   * reloaded and the user told why); false for any other error, which the dialog shows itself.
   */
  conflict: (err: unknown) => boolean;
  /** Takes a mutation's answer: the fresh detail when it is one, else reloads. */
  apply: (result: unknown) => void;
}

function isDetail(x: unknown): x is DossierDetail {
  return (
    typeof x === 'object' &&
    x !== null &&
    'data' in x &&
    'abilities' in x &&
    'actions' in x &&
    typeof (x as { data: unknown }).data === 'object'
  );
}

export function useDossierMutations(state: Pick<DossierState, 'reload' | 'replace'>): DossierMutations {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { reload, replace } = state;

  const apply = useCallback(
    (result: unknown) => {
      if (isDetail(result)) replace(result);
      else reload();
    },
    [reload, replace],
  );

  const conflict = useCallback(
    (err: unknown) => {
      if (!(err instanceof ApiError) || err.code !== 'VERSION_CONFLICT') return false;
      message.warning({ content: t('dossier.conflict'), duration: 6 });
      reload();
      return true;
    },
    [message, t, reload],
  );

  const run = useCallback(
    async (call: () => Promise<unknown>, success?: string) => {
      try {
        apply(await call());
        if (success) message.success(success);
        return true;
      } catch (err) {
        if (!conflict(err)) message.error(errorText(err));
        return false;
      }
    },
    [apply, conflict, message, errorText],
  );

  return { run, conflict, apply };
}
