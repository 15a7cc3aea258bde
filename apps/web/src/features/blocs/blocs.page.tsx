import { Alert, Card, Empty, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { blocPage } from '../scoring/scoring-api.ts';
import { CreateBlocButton } from './bloc-editors.tsx';
import { ProgressDashboard } from './progress-dashboard.tsx';

export function BlocsPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { can } = useSession();
  const list = useAsync(
    (signal) => api.get('/blocs', { query: { pageSize: 200 }, schema: blocPage, signal }),
    [],
  );
  return (
    <>
      <PageHeader title={t('bloc.title')} extra={can('bloc.write') ? <CreateBlocButton /> : null} />
      {list.error ? (
        <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <Table
          data-testid="blocs-table"
          className="vd-clickable-rows"
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: list.loading ? ' ' : <Empty description={t('bloc.empty')} /> }}
          onRow={(b) => ({ onClick: () => navigate(`/blocs/${b.id}`) })}
          columns={[
            {
              key: 'name',
              title: t('bloc.name'),
              render: (_, b) => (
                <Link to={`/blocs/${b.id}`} onClick={(e) => e.stopPropagation()}>
                  {b.name}
                </Link>
              ),
            },
            {
              key: 'kind',
              title: t('bloc.kind'),
              width: 160,
              render: (_, b) => <Tag>{t(b.kind === 'bloc' ? 'bloc.kind.bloc' : 'bloc.kind.cluster')}</Tag>,
            },
            { key: 'organiser', dataIndex: 'organiserName', title: t('bloc.organiser'), width: 320 },
          ]}
        />
      </Card>
      <ProgressDashboard blocs={list.data?.data ?? []} />
    </>
  );
}
