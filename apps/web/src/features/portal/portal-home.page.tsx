import { Button, Card, Col, Empty, Input, List, Row, Space, Tag, Typography } from 'antd';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { disclosureStates } from '@vinhdanh/contracts';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { portalApi } from './portal-api.ts';
import { PortalTitle, usePageMeta } from './portal-layout.tsx';

export function PortalHomePage() {
  const { t, enumLabel } = useI18n();
  const navigate = useNavigate();
  usePageMeta(t('portal.home.title'), t('portal.home.description'));
  const disclosures = useAsync((s) => portalApi.disclosures({ pageSize: 5 }, s), []);
  const movements = useAsync((s) => portalApi.movements({ pageSize: 5 }, s), []);
  const stories = useAsync((s) => portalApi.stories({ pageSize: 3 }, s), []);
  return (
    <>
      <PortalTitle sub={t('portal.home.lead')}>{t('portal.home.title')}</PortalTitle>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('portal.home.searchHonours')}
        </Typography.Title>
        <Input.Search
          aria-label={t('portal.honours.search')}
          placeholder={t('portal.honours.search')}
          enterButton={t('portal.honours.searchButton')}
          size="large"
          onSearch={(q) => navigate(`/vinh-danh${q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`)}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('portal.home.openDisclosures')}</h2>}
            extra={<Link to="/cong-khai/lay-y-kien">{t('portal.seeAll')}</Link>}
          >
            <List
              loading={disclosures.loading}
              locale={{ emptyText: <Empty description={t('portal.none')} /> }}
              dataSource={disclosures.data?.data ?? []}
              renderItem={(d) => (
                <List.Item>
                  <List.Item.Meta
                    title={<Link to={`/cong-khai/lay-y-kien/${d.id}`}>{d.title}</Link>}
                    description={
                      <Space wrap>
                        <Tag color={d.state === 'open' ? 'green' : 'default'}>
                          {enumLabel(disclosureStates, d.state)}
                        </Tag>
                        {t('portal.disclosures.period', {
                          from: formatViDate(d.startsOn),
                          to: formatViDate(d.endsOn),
                        })}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('portal.home.latestMovements')}</h2>}
            extra={<Link to="/cong-khai/phong-trao">{t('portal.seeAll')}</Link>}
          >
            <List
              loading={movements.loading}
              locale={{ emptyText: <Empty description={t('portal.none')} /> }}
              dataSource={movements.data?.data ?? []}
              renderItem={(m) => (
                <List.Item>
                  <List.Item.Meta title={m.name} description={m.slogan ?? m.unitName} />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('portal.home.latestStories')}</h2>}
            extra={<Link to="/cong-khai/guong-sang">{t('portal.seeAll')}</Link>}
          >
            <List
              loading={stories.loading}
              locale={{ emptyText: <Empty description={t('portal.none')} /> }}
              dataSource={stories.data?.data ?? []}
              renderItem={(s) => (
                <List.Item
                  actions={[
                    <Button key="read" type="link" onClick={() => navigate(`/cong-khai/guong-sang/${s.id}`)}>
                      {t('portal.stories.read')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={<Link to={`/cong-khai/guong-sang/${s.id}`}>{s.title}</Link>}
                    description={s.summary}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
