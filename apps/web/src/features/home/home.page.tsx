import { roleLabels } from '@vinhdanh/contracts';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { NAV } from '../../app/app-layout.tsx';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { type MessageKey, useI18n } from '../../i18n/index.ts';

const DESCRIPTIONS: Record<string, MessageKey> = {
  '/units': 'home.units',
  '/people': 'home.people',
  '/imports': 'home.imports',
  '/users': 'home.users',
  '/audit': 'home.audit',
  '/eligibility': 'home.eligibility',
  '/eligibility/suggestions': 'home.suggestions',
  '/catalog': 'home.catalog',
  '/parameters': 'home.parameters',
};

export function HomePage() {
  const { t, pick } = useI18n();
  const { me, can } = useSession();
  const links = NAV.filter((e) => e.path !== '/' && (!e.permission || can(e.permission)));

  return (
    <>
      <PageHeader title={t('home.title')} sub={t('home.welcome', { name: me?.displayName ?? '' })} />
      <Row gutter={[16, 16]}>
        {links.map((e) => (
          <Col key={e.path} xs={24} sm={12} xl={8}>
            <Link to={e.path} aria-label={t(e.label)}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 28, color: '#1d4f91' }}>{e.icon}</span>}
                  title={t(e.label)}
                  description={DESCRIPTIONS[e.path] ? t(DESCRIPTIONS[e.path] as MessageKey) : null}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Card title={t('home.grants')} style={{ marginTop: 24, maxWidth: 720 }}>
        {me && me.grants.length > 0 ? (
          <Flex vertical gap={10} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
            {me.grants.map((g) => (
              <li key={g.id}>
                <Tag color="blue">{pick(roleLabels[g.role])}</Tag>
                <Typography.Text>{g.unitName}</Typography.Text>
              </li>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('home.noGrants')}</Typography.Text>
        )}
      </Card>
    </>
  );
}
