import { Alert, Card, Empty, Flex, Select, Table, Tag } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { yearChoices } from '../movements/movements-api.ts';
import { blocPage, loadSheets, pts, type Sheet, sheetStatusKey } from './scoring-api.ts';

/** Score sheets of the blocs the user sees, by year: the way into self-scoring, review and ranking. */
export function ScoringPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const blocId = Number(params.get('blocId')) || undefined;
  const blocs = useAsync(
    (signal) => api.get('/blocs', { query: { pageSize: 200 }, schema: blocPage, signal }),
    [],
  );
  const sheets = useAsync((signal) => loadSheets({ year, blocId }, signal), [year, blocId]);
  const set = (k: string, v: number | undefined) => {
    const next = new URLSearchParams(params);
    if (v === undefined) next.delete(k);
    else next.set(k, String(v));
    setParams(next, { replace: true });
  };
  const blocName = (id: number | null) => blocs.data?.data.find((b) => b.id === id)?.name ?? '';
  return (
    <>
      <PageHeader title={t('sc.title')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<number>
            aria-label={t('mv.year')}
            value={year}
            onChange={(v) => set('year', v)}
            options={yearChoices().map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
            data-testid="scoring-year"
          />
          <Select<number>
            allowClear
            aria-label={t('nav.blocs')}
            placeholder={t('sc.allBlocs')}
            value={blocId}
            onChange={(v) => set('blocId', v)}
            options={(blocs.data?.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
            style={{ width: 340 }}
            data-testid="scoring-bloc"
          />
        </Flex>
        {sheets.error ? (
          <Alert type="error" showIcon title={errorText(sheets.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<Sheet>
          data-testid="sheets-table"
          className="vd-clickable-rows"
          rowKey="id"
          size="middle"
          loading={sheets.loading}
          dataSource={sheets.data ?? []}
          pagination={false}
          onRow={(s) => ({ onClick: () => navigate(`/scoring/sheets/${s.id}`) })}
          locale={{ emptyText: sheets.loading ? ' ' : <Empty description={t('sc.noSheets')} /> }}
          columns={[
            {
              key: 'name',
              title: t('sc.sheet'),
              render: (_, s) => (
                <Link to={`/scoring/sheets/${s.id}`} onClick={(e) => e.stopPropagation()}>
                  {s.name}
                </Link>
              ),
            },
            { key: 'bloc', title: t('nav.blocs'), width: 280, render: (_, s) => blocName(s.blocId) },
            {
              key: 'max',
              title: t('sc.maxPoints'),
              width: 110,
              align: 'right',
              render: (_, s) => pts(s.maxPoints),
            },
            { key: 'version', dataIndex: 'version', title: t('sc.version'), width: 90, align: 'center' },
            {
              key: 'status',
              title: t('mv.status'),
              width: 140,
              render: (_, s) => (
                <Tag color={s.status === 'open' ? 'blue' : 'default'}>{t(sheetStatusKey(s.status))}</Tag>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
