export { I18nProvider, useI18n, type I18n, type Locale, type MessageKey } from './i18n.tsx';
