import { FileExcelOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Row, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { CreateDossierFromRows } from '../dossiers/create-from-rows.tsx';
import { OutcomeTag, outcomeKey } from './badges.tsx';
import {
  type CatalogEntry,
  defaultYear,
  OUTCOMES,
  type Suggestion,
  suggestionsPageSchema,
  useCatalog,
} from './eligibility-api.ts';
import { YearSelect } from './verdicts.tsx';

const PAGE_SIZES = [20, 50, 100];
const rowKey = (r: Suggestion) => `${r.subjectKind}-${r.subjectId}-${r.target}`;
const OUTCOME_FILTERS = ['proposable', ...OUTCOMES] as const;
const COUNT_COLORS: Record<string, string> = {
  eligible: 'success',
  needs_council_vote: 'warning',
  deferred: 'default',
  not_eligible: 'error',
};

/** "Đề xuất khen thưởng": who in a unit (and below) could be proposed for which title or form in a year. */
export function SuggestionsPage() {
  const { t, pick, locale } = useI18n();
  const { me, can } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { entries, byCode } = useCatalog();
  const [params, setParams] = useSearchParams();
  const [exporting, setExporting] = useState(false);
  const unitId = Number(params.get('unitId')) || me?.grants[0]?.unitId || null;
  const year = Number(params.get('year')) || defaultYear();
  const target = params.get('target') || undefined;
  const subjectKind = params.get('subjectKind') || undefined;
  const outcome = params.get('outcome') || 'proposable';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;
  // Rows picked for a dossier, kept across pages and filters of the same unit and year.
  const [selected, setSelected] = useState<Map<string, Suggestion>>(new Map());
  useEffect(() => {
    if (unitId || year) setSelected(new Map());
  }, [unitId, year]);

  const update = (changes: Record<string, string | number | null | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v == null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  const filters = { unitId: unitId ?? undefined, year, target, subjectKind, outcome };
  const list = useAsync(
    async (signal) =>
      unitId
        ? api.get('/eligibility/suggestions', {
            query: { ...filters, page, pageSize },
            schema: suggestionsPageSchema,
            signal,
          })
        : null,
    [unitId, year, target, subjectKind, outcome, page, pageSize],
  );

  const targetName = (code: string, fallback?: string) => {
    const entry = byCode.get(code);
    return entry ? pick(entry.name) : (fallback ?? code);
  };

  const onExport = async () => {
    setExporting(true);
    try {
      await api.download('/eligibility/suggestions.xlsx', filters, `de-xuat-khen-thuong-${year}.xlsx`);
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setExporting(false);
    }
  };

  const counts = list.data?.counts ?? {};
  const order = new Map((entries ?? []).map((e, i) => [e.code, i]));
  const countTargets = Object.keys(counts).sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  const nf = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');

  return (
    <>
      <PageHeader
        title={t('suggestions.title')}
        sub={t('suggestions.sub')}
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              onClick={onExport}
              loading={exporting}
              disabled={!unitId}
              data-testid="suggestions-export"
            >
              {t('suggestions.export')}
            </Button>
            <CreateDossierFromRows
              rows={[...selected.values()].map((r) => ({
                subjectKind: r.subjectKind,
                subjectId: r.subjectId,
                name: r.name,
                target: r.target,
                targetName: targetName(r.target, r.targetName),
              }))}
              preset={{ unitId, year }}
              origin={{ kind: 'suggestions', ref: `${unitId ?? ''}/${year}` }}
              testId="suggestions-create-dossier"
            />
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col xs={24} md={12} xl={7}>
              <Form.Item label={t('suggestions.unit')} htmlFor="suggestions-unit" style={{ marginBottom: 8 }}>
                <UnitTreeSelect
                  id="suggestions-unit"
                  data-testid="suggestions-unit"
                  value={unitId}
                  allowClear={false}
                  knownUnits={me?.grants.map((g) => ({ id: g.unitId, name: g.unitName }))}
                  onChange={(v) => update({ unitId: typeof v === 'number' ? v : null })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={3}>
              <Form.Item label={t('eligibility.year')} htmlFor="suggestions-year" style={{ marginBottom: 8 }}>
                <YearSelect
                  id="suggestions-year"
                  testId="suggestions-year"
                  value={year}
                  onChange={(y) => update({ year: y })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={5}>
              <Form.Item
                label={t('suggestions.target')}
                htmlFor="suggestions-target"
                style={{ marginBottom: 8 }}
              >
                <Select<string>
                  id="suggestions-target"
                  data-testid="suggestions-target"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('common.all')}
                  value={target}
                  onChange={(v) => update({ target: v })}
                  options={(entries ?? []).map((e: CatalogEntry) => ({ value: e.code, label: pick(e.name) }))}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={3}>
              <Form.Item
                label={t('suggestions.subjectKind')}
                htmlFor="suggestions-kind"
                style={{ marginBottom: 8 }}
              >
                <Select<string>
                  id="suggestions-kind"
                  data-testid="suggestions-kind"
                  allowClear
                  placeholder={t('common.all')}
                  value={subjectKind}
                  onChange={(v) => update({ subjectKind: v })}
                  options={[
                    { value: 'individual', label: t('eligibility.kind.person') },
                    { value: 'collective', label: t('eligibility.kind.unit') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={12} xl={6}>
              <Form.Item
                label={t('suggestions.outcome')}
                htmlFor="suggestions-outcome"
                style={{ marginBottom: 8 }}
              >
                <Select<string>
                  id="suggestions-outcome"
                  data-testid="suggestions-outcome"
                  value={outcome}
                  onChange={(v) => update({ outcome: v === 'proposable' ? null : v })}
                  options={OUTCOME_FILTERS.map((o) => ({ value: o, label: t(outcomeKey(o)) }))}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {countTargets.length > 0 ? (
        <section
          className="vd-count-strip"
          data-testid="suggestions-counts"
          aria-label={t('suggestions.counts')}
        >
          {countTargets.map((code) => {
            const c = counts[code] ?? {};
            const selected = target === code;
            return (
              <button
                key={code}
                type="button"
                className={selected ? 'is-selected' : undefined}
                aria-pressed={selected}
                onClick={() => update({ target: selected ? null : code })}
                data-target={code}
              >
                <span className="vd-count-name">{targetName(code)}</span>
                <Flex gap={4} wrap>
                  {OUTCOMES.filter((o) => c[o]).map((o) => (
                    <Tag key={o} color={COUNT_COLORS[o]} style={{ marginInlineEnd: 0 }}>
                      {t(outcomeKey(o))}: {nf.format(c[o] ?? 0)}
                    </Tag>
                  ))}
                </Flex>
              </button>
            );
          })}
        </section>
      ) : null}
      <Card>
        {list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<Suggestion>
          rowKey={rowKey}
          rowSelection={
            can('dossier.write')
              ? {
                  selectedRowKeys: [...selected.keys()],
                  preserveSelectedRowKeys: true,
                  onChange: (keys, rows) =>
                    setSelected((prev) => {
                      const next = new Map<string, Suggestion>();
                      for (const k of keys) {
                        const row = prev.get(String(k)) ?? rows.find((r) => r && rowKey(r) === k);
                        if (row) next.set(String(k), row);
                      }
                      return next;
                    }),
                }
              : undefined
          }
          size="middle"
          loading={list.loading && Boolean(unitId)}
          dataSource={list.data?.data ?? []}
          data-testid="suggestions-table"
          scroll={{ x: 1200 }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={unitId ? t('suggestions.empty') : t('suggestions.pickUnit')}
              />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (total, [from, to]) => t('common.rangeOfTotal', { from, to, total }),
            onChange: (p, size) => update({ page: size !== pageSize ? 1 : p, pageSize: size }),
          }}
          columns={[
            {
              key: 'kind',
              title: t('suggestions.col.kind'),
              width: 110,
              render: (_, r) =>
                r.subjectKind === 'individual' ? (
                  <Tag icon={<UserOutlined />}>{t('eligibility.kind.person')}</Tag>
                ) : (
                  <Tag icon={<TeamOutlined />} color="blue">
                    {t('eligibility.kind.unit')}
                  </Tag>
                ),
            },
            {
              key: 'name',
              title: t('suggestions.col.name'),
              width: 200,
              render: (_, r) => (
                <Link
                  to={`/eligibility?${r.subjectKind === 'individual' ? 'personId' : 'unitId'}=${r.subjectId}&year=${year}`}
                  aria-label={t('suggestions.openRow', { name: r.name })}
                >
                  {r.name}
                </Link>
              ),
            },
            { key: 'unit', title: t('suggestions.col.unit'), dataIndex: 'unitName', width: 210 },
            {
              key: 'target',
              title: t('suggestions.col.target'),
              width: 230,
              render: (_, r) => (
                <>
                  {targetName(r.target, r.targetName)}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {r.target}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'outcome',
              title: t('suggestions.col.outcome'),
              width: 230,
              render: (_, r) => (
                <OutcomeTag
                  outcome={r.outcome}
                  threshold={byCode.get(r.target)?.council?.thresholdPercent ?? null}
                />
              ),
            },
            {
              key: 'summary',
              title: t('suggestions.col.summary'),
              render: (_, r) => <Typography.Text style={{ fontSize: 13 }}>{r.summary}</Typography.Text>,
            },
          ]}
        />
      </Card>
    </>
  );
}
