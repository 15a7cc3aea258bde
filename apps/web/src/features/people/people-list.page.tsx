import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { type Person, peopleSorts, sexes, staffCategories } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Alert, Button, Card, Empty, Flex, Input, Table, type TableColumnsType, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { personPage, unitOne } from '../../api/schemas.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { PersonFormModal } from './person-form.modal.tsx';

type Sort = (typeof peopleSorts)[number];
const SORT_KEYS = { name: 'fullName', birthDate: 'birthDate', unit: 'unitName' } as const;
const PAGE_SIZES = [20, 50, 100];

function parseSort(raw: string | null): Sort {
  return (peopleSorts as readonly string[]).includes(raw ?? '') ? (raw as Sort) : 'name';
}

export function PeopleListPage() {
  const { t, enumLabel } = useI18n();
  const { can } = useSession();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;
  const sort = parseSort(params.get('sort'));
  const unitId = Number(params.get('unitId')) || undefined;
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const debounced = useDebounced(search.trim(), 350);
  const [unitName, setUnitName] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '' || (k === 'page' && v === 1) || (k === 'sort' && v === 'name'))
        next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  // The debounced search box writes q to the URL and goes back to page 1.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text drives this.
  useEffect(() => {
    if (debounced !== q) update({ q: debounced, page: 1 });
  }, [debounced]);

  const list = useAsync(
    (signal) =>
      api.get('/people', {
        query: { q: q || undefined, unitId, sort, page, pageSize },
        schema: personPage,
        signal,
      }),
    [q, unitId, sort, page, pageSize],
  );

  const sortOrder = (key: keyof typeof SORT_KEYS) =>
    sort === key ? ('ascend' as const) : sort === `-${key}` ? ('descend' as const) : null;

  const columns: TableColumnsType<Person> = [
    {
      key: 'name',
      dataIndex: 'fullName',
      title: t('people.fullName'),
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, p) => (
        <Link to={`/people/${p.id}`} onClick={(e) => e.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    {
      key: 'birthDate',
      dataIndex: 'birthDate',
      title: t('people.birthDate'),
      sorter: true,
      sortOrder: sortOrder('birthDate'),
      width: 130,
      render: (d: string | null) => formatViDate(d),
    },
    {
      key: 'sex',
      dataIndex: 'sex',
      title: t('people.sex'),
      width: 100,
      render: (s: Person['sex']) => enumLabel(sexes, s),
    },
    {
      key: 'position',
      title: t('people.position'),
      render: (_, p) => (
        <>
          {p.position}
          {p.leadershipPost ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {p.leadershipPost}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'unit',
      dataIndex: 'unitName',
      title: t('people.unit'),
      sorter: true,
      sortOrder: sortOrder('unit'),
    },
    {
      key: 'staffCategory',
      dataIndex: 'staffCategory',
      title: t('people.staffCategory'),
      render: (c: Person['staffCategory']) => enumLabel(staffCategories, c),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('people.title')}
        extra={
          can('person.write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="person-create"
            >
              {t('people.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input
            prefix={<SearchOutlined aria-hidden />}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onPressEnter={() => update({ q: search.trim(), page: 1 })}
            placeholder={t('people.searchPlaceholder')}
            aria-label={t('people.search')}
            data-testid="people-search"
            style={{ width: 360, maxWidth: '100%' }}
            autoFocus
          />
          <div style={{ width: 360, maxWidth: '100%' }}>
            <UnitTreeSelect
              value={unitId ?? null}
              onChange={(v) => {
                update({ unitId: typeof v === 'number' ? v : undefined, page: 1 });
              }}
              knownUnits={unitId && unitName ? [{ id: unitId, name: unitName }] : undefined}
              placeholder={t('people.unitFilter')}
              aria-label={t('people.unitFilter')}
              data-testid="people-unit-filter"
            />
          </div>
        </Flex>
        {list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<Person>
          data-testid="people-table"
          className="vd-clickable-rows"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.data ?? []}
          loading={list.loading}
          onRow={(p) => ({
            onClick: () => navigate(`/people/${p.id}`),
            onKeyDown: (e) => {
              if (e.key === 'Enter') navigate(`/people/${p.id}`);
            },
          })}
          locale={{
            emptyText: list.loading ? (
              ' '
            ) : (
              <Empty description={q || unitId ? t('people.emptySearch') : t('people.empty')} />
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
          onChange={(pagination, _filters, sorter) => {
            const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Person> | undefined;
            const key = s?.columnKey as keyof typeof SORT_KEYS | undefined;
            const nextSort: Sort = key && s?.order ? (s.order === 'descend' ? `-${key}` : key) : 'name';
            const sortChanged = nextSort !== sort;
            update({
              sort: nextSort,
              page: sortChanged ? 1 : (pagination.current ?? 1),
              pageSize: pagination.pageSize === 20 ? undefined : pagination.pageSize,
            });
          }}
          scroll={{ x: 900 }}
        />
      </Card>
      <PersonFormModal
        open={creating}
        defaultUnit={unitId && unitName ? { id: unitId, name: unitName } : null}
        onClose={() => setCreating(false)}
        onSaved={(p) => {
          setCreating(false);
          navigate(`/people/${p.id}`);
        }}
      />
      <UnitNameLoader id={unitId} onName={setUnitName} />
    </>
  );
}

/** The unit filter may arrive by URL (from the organisation page): fetch its name for the select box. */
function UnitNameLoader({ id, onName }: { id?: number; onName: (name: string | null) => void }) {
  useEffect(() => {
    if (!id) {
      onName(null);
      return;
    }
    let live = true;
    api.get(`/units/${id}`, { schema: unitOne }).then(
      (r) => live && onName(r.data.name),
      () => live && onName(null),
    );
    return () => {
      live = false;
    };
  }, [id, onName]);
  return null;
}
