import { FileTextOutlined, SearchOutlined } from '@ant-design/icons';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import {
  formatPrecise,
  KINDS,
  kindKey,
  type MovementKind,
  type MovementStatus,
  movementPage,
  STATUS_COLORS,
  STATUSES,
  statusKey,
  yearChoices,
} from './movements-api.ts';

type Row = ReturnType<typeof movementPage.parse>['data'][number];
const PAGE_SIZES = [20, 50, 100];

export function MovementsListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;
  const year = Number(params.get('year')) || undefined;
  const status = (params.get('status') as MovementStatus | null) ?? undefined;
  const kind = (params.get('kind') as MovementKind | null) ?? undefined;
  const unitId = Number(params.get('unitId')) || undefined;
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const debounced = useDebounced(search.trim(), 350);

  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '' || (k === 'page' && v === 1)) next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text drives this.
  useEffect(() => {
    if (debounced !== q) update({ q: debounced, page: 1 });
  }, [debounced]);

  const list = useAsync(
    (signal) =>
      api.get('/movements', {
        query: { year, status, kind, unitId, q: q || undefined, page, pageSize },
        schema: movementPage,
        signal,
      }),
    [year, status, kind, unitId, q, page, pageSize],
  );

  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('mv.name'),
      render: (_, m) => (
        <>
          <Link to={`/movements/${m.id}`} onClick={(e) => e.stopPropagation()}>
            {m.name}
          </Link>
          {m.planNumber ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('mv.planRef', { no: m.planNumber, date: formatViDate(m.planDate) || '…' })}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { key: 'unit', dataIndex: 'unitName', title: t('mv.unit'), width: 240 },
    { key: 'kind', title: t('mv.kind'), width: 190, render: (_, m) => t(kindKey(m.kind)) },
    {
      key: 'period',
      title: t('mv.period'),
      width: 170,
      render: (_, m) =>
        m.fromDate || m.toDate
          ? `${formatPrecise(m.fromDate, m.fromPrecision) || '…'} – ${formatPrecise(m.toDate, m.toPrecision) || '…'}`
          : '',
    },
    {
      key: 'status',
      title: t('mv.status'),
      width: 150,
      render: (_, m) => (
        <Tag color={STATUS_COLORS[m.status]} data-testid="movement-status-tag">
          {t(statusKey(m.status))}
        </Tag>
      ),
    },
  ];

  const filtered = Boolean(year || status || kind || unitId || q);
  return (
    <>
      <PageHeader
        title={t('mv.title')}
        extra={
          can('movement.write') ? (
            <Button
              type="primary"
              icon={<FileTextOutlined />}
              onClick={() => navigate('/movements/new-from-text')}
              data-testid="movement-from-text"
            >
              {t('mv.fromText')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} align="flex-end">
          <div>
            <label htmlFor={`${ids}-q`} className="sr-only">
              {t('mv.search')}
            </label>
            <Input
              id={`${ids}-q`}
              prefix={<SearchOutlined aria-hidden />}
              allowClear
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder={t('mv.searchPlaceholder')}
              data-testid="movements-search"
              style={{ width: 300, maxWidth: '100%' }}
            />
          </div>
          <Select<number>
            allowClear
            aria-label={t('mv.year')}
            placeholder={t('mv.year')}
            data-testid="movements-year"
            value={year}
            onChange={(v) => update({ year: v, page: 1 })}
            options={yearChoices().map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
          <Select<MovementStatus>
            allowClear
            aria-label={t('mv.status')}
            placeholder={t('mv.status')}
            data-testid="movements-status"
            value={status}
            onChange={(v) => update({ status: v, page: 1 })}
            options={STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
            style={{ width: 170 }}
          />
          <Select<MovementKind>
            allowClear
            aria-label={t('mv.kind')}
            placeholder={t('mv.kind')}
            data-testid="movements-kind"
            value={kind}
            onChange={(v) => update({ kind: v, page: 1 })}
            options={KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
            style={{ width: 210 }}
          />
          <div style={{ width: 300, maxWidth: '100%' }}>
            <UnitTreeSelect
              value={unitId ?? null}
              onChange={(v) => update({ unitId: typeof v === 'number' ? v : undefined, page: 1 })}
              placeholder={t('mv.unitFilter')}
              aria-label={t('mv.unitFilter')}
              data-testid="movements-unit"
            />
          </div>
        </Flex>
        {list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<Row>
          data-testid="movements-table"
          className="vd-clickable-rows"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.data ?? []}
          loading={list.loading}
          onRow={(m) => ({
            onClick: () => navigate(`/movements/${m.id}`),
            onKeyDown: (e) => {
              if (e.key === 'Enter') navigate(`/movements/${m.id}`);
            },
          })}
          locale={{
            emptyText: list.loading ? (
              ' '
            ) : (
              <Empty description={filtered ? t('mv.emptySearch') : t('mv.empty')} />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (total, [from, to]) => t('common.rangeOfTotal', { from, to, total }),
          }}
          onChange={(p) =>
            update({ page: p.current ?? 1, pageSize: p.pageSize === 20 ? undefined : p.pageSize })
          }
          scroll={{ x: 1000 }}
        />
      </Card>
    </>
  );
}
