import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { en } from './en.ts';
import { type MessageKey, vi } from './vi.ts';

export type Locale = 'vi' | 'en';
export type { MessageKey };
type Params = Record<string, string | number>;
/** Labelled enums from @vinhdanh/contracts carry both languages; so do roleLabels and importKindLabels. */
type Bilingual = { vi: string; en: string };

const STORAGE_KEY = 'vinhdanh.locale';
const dictionaries: Record<Locale, Record<MessageKey, string>> = { vi, en };

function readStoredLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Params) => string;
  /** Label of an enum value from a contracts `labelled(...)` enum: `enumLabel(ratings, 'HTXS')`. */
  enumLabel: <V extends string>(
    e: { vi: Record<V, string>; en: Record<V, string> },
    value: V | null | undefined,
  ) => string;
  /** Picks the current language from a `{ vi, en }` pair (roleLabels, importKindLabels). */
  pick: (label: Bilingual | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    dayjs.locale(locale);
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dict = dictionaries[locale];
    return {
      locale,
      setLocale,
      t: (key, params) => interpolate(dict[key] ?? vi[key] ?? key, params),
      enumLabel: (e, v) => (v == null ? '' : (e[locale][v] ?? v)),
      pick: (label) => (label ? label[locale] : ''),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
