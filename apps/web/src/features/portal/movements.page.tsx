import { Alert, Card, Empty, List, Pagination, Space, Typography } from 'antd';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { portalApi } from './portal-api.ts';
import { PortalTitle, usePageMeta } from './portal-layout.tsx';

export function PortalMovementsPage() {
  const { t } = useI18n();
  usePageMeta(t('portal.movements.title'), t('portal.movements.description'));
  const [page, setPage] = useState(1);
  const list = useAsync((s) => portalApi.movements({ page, pageSize: 10 }, s), [page]);
  return (
    <>
      <PortalTitle sub={t('portal.movements.description')}>{t('portal.movements.title')}</PortalTitle>
      {list.error ? <Alert type="error" title={t('portal.loadError')} /> : null}
      <List
        loading={list.loading}
        locale={{ emptyText: <Empty description={t('portal.none')} /> }}
        dataSource={list.data?.data ?? []}
        renderItem={(m) => (
          <Card style={{ marginBottom: 12 }}>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {m.name}
            </Typography.Title>
            <Space direction="vertical" size={4}>
              {m.slogan ? <Typography.Text italic>“{m.slogan}”</Typography.Text> : null}
              {m.theme ? <Typography.Text>{m.theme}</Typography.Text> : null}
              <Typography.Text type="secondary">
                {m.unitName}
                {m.planNumber
                  ? ` — ${t('portal.movements.plan', { number: m.planNumber, date: formatViDate(m.planDate) })}`
                  : ''}
              </Typography.Text>
              {m.fromDate || m.toDate ? (
                <Typography.Text type="secondary">
                  {t('portal.movements.period', {
                    from: formatViDate(m.fromDate),
                    to: formatViDate(m.toDate),
                  })}
                </Typography.Text>
              ) : null}
              {m.goals.length ? (
                <ul style={{ margin: 0 }}>
                  {m.goals.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              ) : null}
            </Space>
          </Card>
        )}
      />
      <Pagination
        current={page}
        pageSize={10}
        total={list.data?.total ?? 0}
        onChange={setPage}
        hideOnSinglePage
      />
    </>
  );
}
