import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { dossierKinds, dossierStatuses } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Segmented,
  Select,
  Table,
  type TableColumnsType,
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
import { DossierCreateModal } from './dossier-create.modal.tsx';
import { DossierStatusTag, DueTag } from './dossier-tags.tsx';
import {
  type Box,
  type DossierStatus,
  type DossierSummary,
  dossierListSchema,
  dossierYears,
} from './dossiers-api.ts';

const PAGE_SIZES = [20, 50, 100];
type Kind = DossierSummary['kind'];
type Due = 'overdue' | 'due_soon';

/**
 * "Hồ sơ đề nghị khen thưởng" and, with `inbox`, the appraiser's "Hộp thẩm định": one list, filtered by
 * box (all / my units' / addressed to me / assigned to me), state, kind, unit, year, deadline and text.
 */
export function DossiersListPage({ inbox = false }: { inbox?: boolean }) {
  const { t, enumLabel } = useI18n();
  const { can } = useSession();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);

  const canWrite = can('dossier.write');
  const canAppraise = can('dossier.appraise');
  const boxes: Box[] = [
    'all',
    ...(canWrite ? (['mine'] as const) : []),
    ...(canAppraise ? (['inbox', 'assigned'] as const) : []),
  ];
  const defaultBox: Box = inbox ? 'inbox' : 'all';
  const asked = params.get('box') as Box | null;
  const box: Box = asked && boxes.includes(asked) ? asked : defaultBox;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;
  const status = (params.get('status') as DossierStatus | null) ?? undefined;
  const kind = (params.get('kind') as Kind | null) ?? undefined;
  const unitId = Number(params.get('unitId')) || undefined;
  const year = Number(params.get('year')) || undefined;
  const due = (params.get('due') as Due | null) ?? undefined;
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const debounced = useDebounced(search.trim(), 350);

  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '' || (k === 'page' && v === 1) || (k === 'box' && v === defaultBox))
        next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text drives this.
  useEffect(() => {
    if (debounced !== q) update({ q: debounced });
  }, [debounced]);

  const list = useAsync(
    (signal) =>
      api.get('/dossiers', {
        query: { box, status, kind, unitId, year, due, q: q || undefined, page, pageSize },
        schema: dossierListSchema,
        signal,
      }),
    [box, status, kind, unitId, year, due, q, page, pageSize],
  );

  const columns: TableColumnsType<DossierSummary> = [
    {
      key: 'title',
      title: t('dossier.title'),
      render: (_, d) => (
        <>
          <Link to={`/dossiers/${d.id}`} onClick={(e) => e.stopPropagation()} data-testid="dossier-link">
            {d.title}
          </Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {[
              d.letterNumber ? t('dossier.letterRef', { no: d.letterNumber }) : null,
              enumLabel(dossierKinds, d.kind),
              t('dossier.nomineeCount', { n: d.nomineeCount }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'unit',
      title: t('dossier.unitToAddressee'),
      width: 230,
      render: (_, d) => (
        <>
          {d.unitName}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            → {d.addresseeName}
          </Typography.Text>
        </>
      ),
    },
    { key: 'year', dataIndex: 'year', title: t('dossier.year'), width: 64, align: 'center' },
    {
      key: 'status',
      title: t('dossier.status'),
      width: 150,
      render: (_, d) => <DossierStatusTag status={d.status} testId="dossier-row-status" />,
    },
    {
      key: 'due',
      title: t('dossier.due'),
      width: 185,
      render: (_, d) =>
        d.dueState === 'none' || d.dueState === 'done' ? (
          <Typography.Text type="secondary">{d.dueDate ? formatViDate(d.dueDate) : '—'}</Typography.Text>
        ) : (
          <Flex vertical gap={2} align="flex-start">
            <DueTag dueState={d.dueState} dueDate={d.dueDate} workingDaysLeft={d.workingDaysLeft} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dossier.due.date', { date: formatViDate(d.dueDate) })}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      key: 'assignee',
      title: t('dossier.assignee'),
      width: 150,
      render: (_, d) => d.assignee?.name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  const filtered = Boolean(status || kind || unitId || year || due || q);
  const title = inbox ? t('dossier.inbox.title') : t('dossier.list.title');
  return (
    <>
      <PageHeader
        title={title}
        sub={inbox ? t('dossier.inbox.sub') : t('dossier.list.sub')}
        extra={
          canWrite ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="dossier-create"
            >
              {t('dossier.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        {boxes.length > 1 ? (
          <Segmented<Box>
            aria-label={t('dossier.box')}
            data-testid="dossier-box"
            value={box}
            onChange={(v) => update({ box: v })}
            options={boxes.map((b) => ({ value: b, label: t(`dossier.box.${b}`) }))}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Flex gap={12} wrap style={{ marginBottom: 16 }} align="flex-end">
          <div>
            <label htmlFor={`${ids}-q`} className="sr-only">
              {t('dossier.search')}
            </label>
            <Input
              id={`${ids}-q`}
              prefix={<SearchOutlined aria-hidden />}
              allowClear
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder={t('dossier.searchPlaceholder')}
              data-testid="dossiers-search"
              style={{ width: 300, maxWidth: '100%' }}
            />
          </div>
          <Select<DossierStatus>
            allowClear
            aria-label={t('dossier.status')}
            placeholder={t('dossier.status')}
            data-testid="dossiers-status"
            value={status}
            onChange={(v) => update({ status: v })}
            options={dossierStatuses.values.map((s) => ({ value: s, label: enumLabel(dossierStatuses, s) }))}
            style={{ width: 190 }}
            popupMatchSelectWidth={false}
          />
          <Select<Kind>
            allowClear
            aria-label={t('dossier.kind')}
            placeholder={t('dossier.kind')}
            data-testid="dossiers-kind"
            value={kind}
            onChange={(v) => update({ kind: v })}
            options={dossierKinds.values.map((k) => ({ value: k, label: enumLabel(dossierKinds, k) }))}
            style={{ width: 200 }}
            popupMatchSelectWidth={false}
          />
          <Select<number>
            allowClear
            aria-label={t('dossier.year')}
            placeholder={t('dossier.year')}
            data-testid="dossiers-year"
            value={year}
            onChange={(v) => update({ year: v })}
            options={dossierYears().map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
          <Select<Due>
            allowClear
            aria-label={t('dossier.due')}
            placeholder={t('dossier.due')}
            data-testid="dossiers-due"
            value={due}
            onChange={(v) => update({ due: v })}
            options={[
              { value: 'overdue', label: t('dossier.due.filter.overdue') },
              { value: 'due_soon', label: t('dossier.due.filter.due_soon') },
            ]}
            style={{ width: 170 }}
          />
          <div style={{ width: 280, maxWidth: '100%' }}>
            <UnitTreeSelect
              value={unitId ?? null}
              onChange={(v) => update({ unitId: typeof v === 'number' ? v : undefined })}
              placeholder={t('dossier.unitFilter')}
              aria-label={t('dossier.unitFilter')}
              data-testid="dossiers-unit"
            />
          </div>
        </Flex>
        {list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<DossierSummary>
          data-testid="dossiers-table"
          className="vd-clickable-rows"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.data ?? []}
          loading={list.loading}
          rowClassName={(d) => (d.dueState === 'overdue' ? 'vd-row-overdue' : '')}
          onRow={(d) => ({
            onClick: () => navigate(`/dossiers/${d.id}`),
            onKeyDown: (e) => {
              if (e.key === 'Enter') navigate(`/dossiers/${d.id}`);
            },
            'data-dossier-id': d.id,
          })}
          locale={{
            emptyText: list.loading ? (
              ' '
            ) : (
              <Empty
                description={
                  filtered
                    ? t('dossier.emptySearch')
                    : box === 'inbox' || box === 'assigned'
                      ? t('dossier.emptyInbox')
                      : t('dossier.empty')
                }
              >
                {canWrite && !filtered && box !== 'inbox' && box !== 'assigned' ? (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                    {t('dossier.create')}
                  </Button>
                ) : null}
              </Empty>
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
      <DossierCreateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
