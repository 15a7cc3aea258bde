import { Alert, Card, Empty, List, Pagination, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatViDateTime } from '../../lib/dates.ts';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { portalApi } from './portal-api.ts';
import { PortalTitle, usePageMeta } from './portal-layout.tsx';

const day = (iso: string | null) => formatViDateTime(iso).slice(0, 10);

export function PortalStoriesPage() {
  const { t } = useI18n();
  usePageMeta(t('portal.stories.title'), t('portal.stories.description'));
  const [page, setPage] = useState(1);
  const list = useAsync((s) => portalApi.stories({ page, pageSize: 10 }, s), [page]);
  return (
    <>
      <PortalTitle sub={t('portal.stories.description')}>{t('portal.stories.title')}</PortalTitle>
      {list.error ? <Alert type="error" title={t('portal.loadError')} /> : null}
      <List
        loading={list.loading}
        locale={{ emptyText: <Empty description={t('portal.none')} /> }}
        dataSource={list.data?.data ?? []}
        renderItem={(s) => (
          <Card style={{ marginBottom: 12 }}>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              <Link to={`/cong-khai/guong-sang/${s.id}`}>{s.title}</Link>
            </Typography.Title>
            <Typography.Text type="secondary">
              {s.unitName} — {t('portal.stories.published', { date: day(s.publishedAt) })}
            </Typography.Text>
            {s.summary ? (
              <Typography.Paragraph style={{ marginTop: 8 }}>{s.summary}</Typography.Paragraph>
            ) : null}
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

export function PortalStoryPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const story = useAsync((s) => portalApi.story(id, s), [id]);
  const s = story.data;
  usePageMeta(s?.title ?? t('portal.stories.title'), s?.summary ?? t('portal.stories.description'));
  if (story.error) return <Alert type="error" title={t('portal.loadError')} />;
  if (!s) return null;
  return (
    <article>
      <PortalTitle sub={`${s.unitName} — ${t('portal.stories.published', { date: day(s.publishedAt) })}`}>
        {s.title}
      </PortalTitle>
      <Card>
        {s.summary ? (
          <Typography.Paragraph strong style={{ fontSize: 16 }}>
            {s.summary}
          </Typography.Paragraph>
        ) : null}
        {s.body.split(/\n{2,}/).map((para, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text
          <Typography.Paragraph key={i} style={{ fontSize: 16, whiteSpace: 'pre-line' }}>
            {para}
          </Typography.Paragraph>
        ))}
      </Card>
    </article>
  );
}
