import { Layout, Typography } from 'antd';
import { type ReactNode, Suspense, useEffect } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import './portal.css';

const LINKS: { to: string; label: MessageKey; end?: boolean }[] = [
  { to: '/cong-khai', label: 'portal.nav.home', end: true },
  { to: '/cong-khai/phong-trao', label: 'portal.nav.movements' },
  { to: '/cong-khai/lay-y-kien', label: 'portal.nav.disclosures' },
  { to: '/vinh-danh', label: 'portal.nav.honours' },
  { to: '/xac-minh', label: 'portal.nav.verify' },
  { to: '/cong-khai/guong-sang', label: 'portal.nav.stories' },
];

/** Sets <title>, the meta description and the Open Graph tags used when a page is shared. */
export function usePageMeta(title: string, description: string): void {
  const { t } = useI18n();
  useEffect(() => {
    const site = t('portal.siteName');
    document.title = title === site ? site : `${title} — ${site}`;
    const set = (attr: 'name' | 'property', key: string, content: string) => {
      let el = document.head.querySelector<HTMLMetaElement>(`meta[${attr}="${key}"]`);
      if (!el) {
        el = document.createElement('meta');
        el.setAttribute(attr, key);
        document.head.appendChild(el);
      }
      el.content = content;
    };
    set('name', 'description', description);
    set('property', 'og:title', title);
    set('property', 'og:description', description);
    set('property', 'og:type', 'website');
  }, [title, description, t]);
}

/** The public portal's own light layout: no login, no side menu, readable on a phone. */
export function PortalLayout() {
  const { t } = useI18n();
  return (
    <Layout className="portal">
      <a className="portal-skip" href="#portal-main">
        {t('portal.skip')}
      </a>
      <header className="portal-header">
        <div className="portal-wrap portal-brand">
          <Link to="/cong-khai" className="portal-site">
            {t('portal.siteName')}
          </Link>
          <Link to="/login" className="portal-login">
            {t('portal.staffLogin')}
          </Link>
        </div>
        <nav aria-label={t('portal.nav.aria')} className="portal-nav">
          <div className="portal-wrap">
            {LINKS.map((l) => (
              <NavLink key={l.to} to={l.to} end={l.end}>
                {t(l.label)}
              </NavLink>
            ))}
          </div>
        </nav>
      </header>
      <main id="portal-main" className="portal-wrap portal-main">
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="portal-footer">
        <div className="portal-wrap">
          <Typography.Text type="secondary">{t('portal.footer')}</Typography.Text>
        </div>
      </footer>
    </Layout>
  );
}

export function PortalTitle({ children, sub }: { children: ReactNode; sub?: ReactNode }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Title level={1} className="portal-h1">
        {children}
      </Typography.Title>
      {sub ? <Typography.Paragraph type="secondary">{sub}</Typography.Paragraph> : null}
    </div>
  );
}
