import { Segmented } from 'antd';
import { type Locale, useI18n } from '../i18n/index.ts';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('nav.language')}
      data-testid="language-switch"
      value={locale}
      onChange={setLocale}
      options={[
        { label: 'VI', value: 'vi', title: t('lang.vi') },
        { label: 'EN', value: 'en', title: t('lang.en') },
      ]}
    />
  );
}
