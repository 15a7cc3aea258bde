import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.ts';

/** Puts VALIDATION_FAILED messages next to the fields they name; returns true when any field matched. */
export function applyFieldErrors(form: FormInstance, err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  const fields = err.fieldErrors();
  const registered = form.getFieldsValue() as Record<string, unknown>;
  const known = Object.entries(fields).filter(([name]) =>
    Object.hasOwn(registered, name.split('.')[0] ?? ''),
  );
  if (known.length === 0) return false;
  form.setFields(known.map(([name, message]) => ({ name: name.split('.')[0] ?? name, errors: [message] })));
  return true;
}

/** Empty strings from inputs become null, which is what the API means by "not given". */
export function blankToNull<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === 'string' && v.trim() === '' ? null : v;
  return out as T;
}
