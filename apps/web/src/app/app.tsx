import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { BrowserRouter } from 'react-router-dom';
import { I18nProvider, useI18n } from '../i18n/index.ts';
import { AppRoutes } from './routes.tsx';
import { SessionProvider } from './session.tsx';

const theme = {
  token: {
    colorPrimary: '#1d4f91',
    colorLink: '#1d4f91',
    borderRadius: 6,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#0f2b50', headerHeight: 56, headerPadding: '0 24px' },
    Menu: { darkItemBg: '#0f2b50', darkSubMenuItemBg: '#0b2141', darkItemSelectedBg: '#1d4f91' },
  },
};

function Localised() {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : viVN} theme={theme}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Localised />
    </I18nProvider>
  );
}
