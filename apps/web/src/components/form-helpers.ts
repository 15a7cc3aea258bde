import { useI18n } from '../i18n/index.ts';

/** Form rule factory: `maxLength(300)` refuses text longer than 300 characters with the standard message. */
export function useMaxLength() {
  const { t } = useI18n();
  return (max: number) => ({ max, message: t('validation.maxLength', { max }) });
}
