import { Alert, Button, Card, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { PublicHonour } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { portalApi } from './portal-api.ts';
import { PortalTitle, usePageMeta } from './portal-layout.tsx';

const PAGE_SIZE = 20;

/** "Bảng vinh danh": decided awards, searched without diacritics, filtered, paginated (state in the URL). */
export function HonoursPage() {
  const { t } = useI18n();
  usePageMeta(t('portal.honours.title'), t('portal.honours.description'));
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm();
  const q = params.get('q') ?? '';
  const year = params.get('year') ?? '';
  const unitId = params.get('unitId') ?? '';
  const code = params.get('code') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const facets = useAsync((s) => portalApi.facets(s), []);
  const list = useAsync(
    (s) => portalApi.honours({ q, year, unitId, code, page, pageSize: PAGE_SIZE }, s),
    [q, year, unitId, code, page],
  );
  useEffect(() => {
    form.setFieldsValue({ q, year: year || undefined, unitId: unitId || undefined, code: code || undefined });
  }, [form, q, year, unitId, code]);

  const apply = (v: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    for (const [k, val] of Object.entries(v)) if (val) next.set(k, String(val).trim());
    setParams(next);
  };
  const data = list.data;
  const total = data?.total ?? 0;
  // Beyond the counted cap, allow paging on while pages come back full.
  const pagerTotal =
    data?.totalCapped && data.data.length === PAGE_SIZE ? Math.max(total, (page + 1) * PAGE_SIZE) : total;

  return (
    <>
      <PortalTitle sub={t('portal.honours.description')}>{t('portal.honours.title')}</PortalTitle>
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" onFinish={apply} style={{ rowGap: 8 }}>
          <Form.Item name="q" label={t('portal.honours.search')}>
            <Input allowClear style={{ width: 240 }} data-testid="honours-q" />
          </Form.Item>
          <Form.Item name="year" label={t('portal.honours.year')}>
            <Select
              allowClear
              style={{ width: 110 }}
              options={(facets.data?.years ?? []).map((y) => ({ value: String(y), label: String(y) }))}
            />
          </Form.Item>
          <Form.Item name="code" label={t('portal.honours.titleFilter')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 260 }}
              options={(facets.data?.titles ?? []).map((c) => ({ value: c.code, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="unitId" label={t('portal.honours.unit')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 260 }}
              options={(facets.data?.units ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('portal.honours.searchButton')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {list.error ? <Alert type="error" title={t('portal.loadError')} style={{ marginBottom: 16 }} /> : null}
      <Card>
        <Typography.Paragraph aria-live="polite">
          {data
            ? data.totalCapped
              ? t('portal.honours.foundMore', { n: total.toLocaleString('vi-VN') })
              : t('portal.honours.found', { n: total.toLocaleString('vi-VN') })
            : null}
        </Typography.Paragraph>
        <Table<PublicHonour>
          rowKey="id"
          loading={list.loading}
          dataSource={data?.data ?? []}
          scroll={{ x: 720 }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: pagerTotal,
            showSizeChanger: false,
            onChange: (p) => {
              const next = new URLSearchParams(params);
              next.set('page', String(p));
              setParams(next);
            },
          }}
          columns={[
            {
              title: t('portal.honours.name'),
              dataIndex: 'name',
              render: (name: string, h) => (
                <>
                  <Typography.Text strong>{name}</Typography.Text>
                  {h.unitName ? (
                    <div>
                      <Typography.Text type="secondary">{h.unitName}</Typography.Text>
                    </div>
                  ) : null}
                </>
              ),
            },
            {
              title: t('portal.honours.award'),
              dataIndex: 'titleName',
              render: (v: string, h) => (
                <>
                  {v} <Tag>{h.year}</Tag>
                </>
              ),
            },
            {
              title: t('portal.honours.decision'),
              key: 'decision',
              render: (_, h) =>
                h.decisionNumber ? (
                  <>
                    {t('portal.honours.decisionOf', {
                      number: h.decisionNumber,
                      date: formatViDate(h.decisionDate),
                    })}
                    {h.issuer ? <div style={{ color: '#666' }}>{h.issuer}</div> : null}
                  </>
                ) : null,
            },
            {
              title: '',
              key: 'verify',
              width: 100,
              render: (_, h) =>
                h.certificateCode ? (
                  <Link to={`/xac-minh/${encodeURIComponent(h.certificateCode)}`}>
                    {t('portal.honours.verify')}
                  </Link>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
