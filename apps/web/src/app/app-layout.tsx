import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalculatorOutlined,
  ClusterOutlined,
  ControlOutlined,
  CrownOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  InboxOutlined,
  NotificationOutlined,
  ReadOutlined,
  FlagOutlined,
  FormOutlined,
  OrderedListOutlined,
  TrophyOutlined,
  DownOutlined,
  FileDoneOutlined,
  FileExcelOutlined,
  HomeOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Permission } from '@vinhdanh/contracts';
import { App, Button, Dropdown, Flex, Layout, Menu, Typography } from 'antd';
import { type ReactNode, Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { type MessageKey, useI18n } from '../i18n/index.ts';
import { FullPageSpin } from '../components/full-page-spin.tsx';
import { NotificationBell } from '../features/notifications/notification-bell.tsx';
import { useSession } from './session.tsx';

interface NavEntry {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  permission?: Permission;
  /** Shown when the user holds any one of these (instead of a single permission). */
  anyOf?: Permission[];
  /** Entries sharing a group sit together under one sub-menu. */
  group?: MessageKey;
}

const GROUP_ICONS: Partial<Record<MessageKey, ReactNode>> = {
  'nav.group.commendation': <TrophyOutlined />,
  'nav.group.emulation': <FlagOutlined />,
};

/** The side menu: an entry shows only when the user holds its permission somewhere. */
export const NAV: NavEntry[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { path: '/units', label: 'nav.units', icon: <ApartmentOutlined />, permission: 'unit.read' },
  { path: '/people', label: 'nav.people', icon: <TeamOutlined />, permission: 'person.read' },
  {
    path: '/movements',
    label: 'nav.movements',
    icon: <FlagOutlined />,
    permission: 'movement.read',
    group: 'nav.group.emulation',
  },
  {
    path: '/registrations',
    label: 'nav.registrations',
    icon: <FormOutlined />,
    anyOf: ['registration.write', 'registration.review'],
    group: 'nav.group.emulation',
  },
  {
    path: '/blocs',
    label: 'nav.blocs',
    icon: <ClusterOutlined />,
    permission: 'bloc.read',
    group: 'nav.group.emulation',
  },
  {
    path: '/scoring',
    label: 'nav.scoring',
    icon: <CalculatorOutlined />,
    anyOf: ['score.self', 'score.review'],
    group: 'nav.group.emulation',
  },
  {
    path: '/eligibility',
    label: 'nav.eligibility',
    icon: <FileSearchOutlined />,
    permission: 'eligibility.read',
    group: 'nav.group.commendation',
  },
  {
    path: '/eligibility/suggestions',
    label: 'nav.suggestions',
    icon: <OrderedListOutlined />,
    permission: 'eligibility.read',
    group: 'nav.group.commendation',
  },
  {
    path: '/dossiers',
    label: 'nav.dossiers',
    icon: <FolderOpenOutlined />,
    anyOf: ['dossier.read', 'dossier.write'],
    group: 'nav.group.commendation',
  },
  {
    path: '/dossiers/inbox',
    label: 'nav.appraisalInbox',
    icon: <InboxOutlined />,
    permission: 'dossier.appraise',
    group: 'nav.group.commendation',
  },
  {
    path: '/council',
    label: 'nav.council',
    icon: <CrownOutlined />,
    permission: 'council.read',
    group: 'nav.group.commendation',
  },
  {
    path: '/decisions',
    label: 'nav.decisions',
    icon: <FileDoneOutlined />,
    permission: 'decision.read',
    group: 'nav.group.commendation',
  },
  {
    path: '/disclosures',
    label: 'nav.disclosures',
    icon: <NotificationOutlined />,
    permission: 'disclosure.manage',
    group: 'nav.group.commendation',
  },
  {
    path: '/stories',
    label: 'nav.stories',
    icon: <ReadOutlined />,
    permission: 'story.write',
    group: 'nav.group.commendation',
  },
  {
    path: '/catalog',
    label: 'nav.catalog',
    icon: <BookOutlined />,
    permission: 'eligibility.read',
    group: 'nav.group.commendation',
  },
  {
    path: '/parameters',
    label: 'nav.parameters',
    icon: <ControlOutlined />,
    permission: 'eligibility.read',
    group: 'nav.group.commendation',
  },
  { path: '/imports', label: 'nav.imports', icon: <FileExcelOutlined />, permission: 'import.run' },
  { path: '/users', label: 'nav.users', icon: <SafetyCertificateOutlined />, permission: 'user.read' },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
];

function selectedKey(pathname: string): string {
  const match = NAV.filter((e) => e.path !== '/' && pathname.startsWith(e.path)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
  return match?.path ?? (pathname === '/' ? '/' : '');
}

export function AppLayout() {
  const { t } = useI18n();
  const { me, can, logout } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  type Item = { key: string; icon: ReactNode; label: ReactNode; children?: Item[] };
  const items: Item[] = [];
  for (const e of NAV.filter(
    (n) => (!n.permission || can(n.permission)) && (!n.anyOf || n.anyOf.some(can)),
  )) {
    const item: Item = { key: e.path, icon: e.icon, label: <Link to={e.path}>{t(e.label)}</Link> };
    if (!e.group) {
      items.push(item);
      continue;
    }
    let group = items.find((i) => i.key === e.group);
    if (!group) {
      group = { key: e.group, icon: GROUP_ICONS[e.group], label: t(e.group), children: [] };
      items.push(group);
    }
    group.children!.push(item);
  }

  const onLogout = async () => {
    try {
      await logout();
    } finally {
      message.success(t('auth.loggedOut'));
      navigate('/login', { replace: true });
    }
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={248}
        theme="dark"
      >
        <Link to="/" aria-label={t('app.name')}>
          <Flex align="center" gap={10} style={{ height: 56, padding: collapsed ? '0 24px' : '0 20px' }}>
            <img src="/favicon.svg" alt="" width={28} height={28} />
            {collapsed ? null : (
              <span style={{ color: '#fff', fontWeight: 600, fontSize: 18, letterSpacing: 0.3 }}>
                {t('app.name')}
              </span>
            )}
          </Flex>
        </Link>
        <nav aria-label={t('nav.aria')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selectedKey(location.pathname)]}
            defaultOpenKeys={[...new Set(NAV.flatMap((e) => (e.group ? [e.group] : [])))]}
            items={items}
            data-testid="nav-menu"
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ borderBottom: '1px solid #e8ecf1' }}>
          <Flex align="center" justify="space-between" style={{ height: '100%' }}>
            <Typography.Text type="secondary" ellipsis>
              {t('app.tagline')}
            </Typography.Text>
            <Flex align="center" gap={12}>
              <NotificationBell />
              <LanguageSwitch />
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    {
                      key: 'password',
                      icon: <KeyOutlined />,
                      label: t('nav.changePassword'),
                      onClick: () => navigate('/account/password'),
                    },
                    { type: 'divider' },
                    {
                      key: 'logout',
                      icon: <LogoutOutlined />,
                      label: t('nav.logout'),
                      onClick: onLogout,
                    },
                  ],
                }}
              >
                <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                  {me?.displayName} <DownOutlined />
                </Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', padding: '12px 24px', color: '#8c8c8c' }}>
          {t('app.footer')}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
