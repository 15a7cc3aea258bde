import { type MessageKey, useI18n } from '../../i18n/index.ts';
import { PARAMETER_KINDS, paramLabelKey } from './parameters.model.ts';

export function useValueText() {
  const { t, locale } = useI18n();
  const nf = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  return (key: string, v: unknown): string => {
    if (v === null || v === undefined) return t('parameters.notSet');
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'number') return nf.format(v);
    if (typeof v === 'string') {
      if (PARAMETER_KINDS[key] === 'monthDay' && /^\d{2}-\d{2}$/.test(v))
        return `${v.slice(3)}/${v.slice(0, 2)}`;
      if (key === 'roundingRule') return t(`parameters.rounding.${v}` as MessageKey);
      return v;
    }
    if (Array.isArray(v)) return v.length === 0 ? t('parameters.empty') : JSON.stringify(v);
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (key === 'councilQuorum') return `${o.numerator}/${o.denominator}`;
      const entries = Object.entries(o);
      if (entries.length === 0) return t('parameters.empty');
      if (entries.every(([, x]) => typeof x === 'number'))
        return entries
          .map(([k, x]) => `${k}: ${nf.format(x as number)}${key.endsWith('Percent') ? ' %' : ''}`)
          .join(' · ');
      return JSON.stringify(v);
    }
    return String(v);
  };
}

/** A parameter's translated name, or its key when it has none. */
export function useParamLabel() {
  const { t } = useI18n();
  return (key: string) => {
    const k = paramLabelKey(key);
    return k ? t(k) : key;
  };
}

export function formatVnd(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN').format(amount)} đ`;
}
