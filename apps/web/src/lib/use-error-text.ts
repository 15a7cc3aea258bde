import { useCallback } from 'react';
import { ApiError, NETWORK_ERROR } from '../api/client.ts';
import { type MessageKey, useI18n } from '../i18n/index.ts';

/**
 * Turns any failure into a sentence for the user. The server already speaks Vietnamese; in English the
 * stable error code picks the dictionary entry, and the server's text is the fallback.
 */
export function useErrorText(): (err: unknown) => string {
  const { t, locale } = useI18n();
  return useCallback(
    (err: unknown) => {
      if (err instanceof ApiError) {
        if (err.code === NETWORK_ERROR) return t('error.network');
        const key = `error.${err.code}` as MessageKey;
        if (locale === 'en' || !err.message) {
          const translated = t(key);
          if (translated !== key) return translated;
        }
        return err.message || t('error.INTERNAL');
      }
      return t('error.unexpected');
    },
    [t, locale],
  );
}
