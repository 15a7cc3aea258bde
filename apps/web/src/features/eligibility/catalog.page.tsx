import { SearchOutlined } from '@ant-design/icons';
import { toSearchText } from '@vinhdanh/domain/text/vietnamese';
import { Card, Empty, Flex, Input, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import { ConfidenceBadge } from './badges.tsx';
import { type CatalogEntry, useCatalog } from './eligibility-api.ts';

type Category = 'all' | 'title' | 'form';

const LEVELS: Record<string, MessageKey> = {
  base: 'catalog.level.base',
  commune: 'catalog.level.commune',
  province: 'catalog.level.province',
  national: 'catalog.level.national',
  state: 'catalog.level.state',
};
const KINDS: Record<string, MessageKey> = {
  individual: 'catalog.kind.individual',
  collective: 'catalog.kind.collective',
  household: 'catalog.kind.household',
};

/** The catalog of emulation titles and commendation forms the rules know, with their legal basis. */
export function CatalogPage() {
  const { t, pick, locale } = useI18n();
  const { entries } = useCatalog();
  const [category, setCategory] = useState<Category>('all');
  const [search, setSearch] = useState('');
  const q = toSearchText(search.trim());
  const rows = (entries ?? []).filter(
    (e) =>
      (category === 'all' || e.category === category) &&
      (!q || toSearchText(`${e.code} ${e.name.vi} ${e.name.en}`).includes(q)),
  );
  const nf = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 3 });
  return (
    <>
      <PageHeader title={t('catalog.title')} sub={t('catalog.sub')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <Input
            prefix={<SearchOutlined aria-hidden />}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('catalog.searchPlaceholder')}
            aria-label={t('catalog.search')}
            data-testid="catalog-search"
            style={{ maxWidth: 360 }}
          />
          <Segmented<Category>
            aria-label={t('catalog.category')}
            value={category}
            onChange={setCategory}
            options={[
              { value: 'all', label: t('common.all') },
              { value: 'title', label: t('catalog.category.title') },
              { value: 'form', label: t('catalog.category.form') },
            ]}
          />
        </Flex>
        <Table<CatalogEntry>
          rowKey="code"
          size="small"
          loading={entries === undefined}
          dataSource={rows}
          pagination={false}
          data-testid="catalog-table"
          scroll={{ x: 1000 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.noResults')} />,
          }}
          columns={[
            {
              key: 'name',
              title: t('catalog.col.name'),
              render: (_, e) => (
                <>
                  {pick(e.name)}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {e.code} ·{' '}
                    {e.category === 'title' ? t('catalog.category.title') : t('catalog.category.form')}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'level',
              title: t('catalog.col.level'),
              width: 130,
              render: (_, e) => (LEVELS[e.level] ? t(LEVELS[e.level]!) : e.level),
            },
            {
              key: 'kinds',
              title: t('catalog.col.subjects'),
              width: 170,
              render: (_, e) => (
                <Flex gap={4} wrap>
                  {e.subjectKinds.map((k) => (
                    <Tag key={k} style={{ marginInlineEnd: 0 }}>
                      {KINDS[k] ? t(KINDS[k]!) : k}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            {
              key: 'council',
              title: t('catalog.col.council'),
              width: 150,
              render: (_, e) =>
                e.council ? (
                  <Flex gap={6} align="center">
                    <span>≥ {e.council.thresholdPercent} %</span>
                    <ConfidenceBadge value={e.council.confidence} />
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{t('catalog.noCouncil')}</Typography.Text>
                ),
            },
            {
              key: 'reward',
              title: t('catalog.col.reward'),
              width: 200,
              render: (_, e) => {
                const parts = Object.entries(e.reward);
                if (parts.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
                return (
                  <Flex vertical gap={2}>
                    {parts.map(([kind, m]) => (
                      <span key={kind}>
                        {nf.format(m.milli / 1000)} ×{' '}
                        <Typography.Text type="secondary">
                          ({KINDS[kind] ? t(KINDS[kind]!).toLowerCase() : kind})
                        </Typography.Text>
                      </span>
                    ))}
                  </Flex>
                );
              },
            },
            {
              key: 'citation',
              title: t('catalog.col.citation'),
              width: 280,
              render: (_, e) => (
                <Flex gap={6} align="center" wrap>
                  <span>{e.citation}</span>
                  <ConfidenceBadge value={e.confidence} />
                </Flex>
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          {t('catalog.rewardNote')}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
