import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { type PersonDetail, sexes, staffCategories } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Descriptions,
  Empty,
  Skeleton,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { personDetailOne } from '../../api/schemas.ts';
import { ErrorPage } from '../errors/error.page.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { useSession } from '../../app/session.tsx';
import { EligibilitySection } from '../eligibility/eligibility.page.tsx';
import { PersonFormModal } from './person-form.modal.tsx';
import { AwardsTab } from './awards-tab.tsx';
import { DisciplinesTab, InitiativesTab, LeavesTab } from './person-records.tsx';
import { YearsTab } from './years-tab.tsx';

type Membership = PersonDetail['memberships'][number];

export function PersonPage() {
  const { t, enumLabel } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { can } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'memberships';
  const setTab = (next: string) => {
    const p = new URLSearchParams(params);
    if (next === 'memberships') p.delete('tab');
    else p.set('tab', next);
    setParams(p, { replace: true });
  };
  const [editing, setEditing] = useState(false);
  const res = useAsync((signal) => api.get(`/people/${id}`, { schema: personDetailOne, signal }), [id]);

  if (!Number.isInteger(id) || id <= 0) return <ErrorPage status={404} />;
  if (res.error instanceof ApiError && res.error.status === 404) return <ErrorPage status={404} />;
  if (res.error instanceof ApiError && res.error.status === 403) return <ErrorPage status={403} />;

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      // Opened from a link or bookmark there is no page to go back to within the app: go to the list.
      onClick={() => (location.key === 'default' ? navigate('/people') : navigate(-1))}
    >
      {t('common.back')}
    </Button>
  );
  if (res.error)
    return (
      <>
        <PageHeader title={t('person.title')} extra={back} />
        <Alert type="error" showIcon title={errorText(res.error)} />
      </>
    );
  if (!res.data)
    return (
      <>
        <PageHeader title={t('person.title')} extra={back} />
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </>
    );

  const { data: p, abilities } = res.data;
  const canWrite = Boolean(abilities.writeRecords);
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  const count = (n: number) =>
    n > 0 ? <Badge count={n} color="#8c8c8c" size="small" style={{ marginLeft: 6 }} /> : null;
  const tabProps = { person: p, canWrite, onChanged: res.reload };

  return (
    <>
      <PageHeader
        title={p.fullName}
        sub={t('person.title')}
        extra={
          <>
            {back}
            {abilities.update ? (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                data-testid="person-edit"
              >
                {t('common.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          data-testid="person-facts"
          items={[
            { key: 'birth', label: t('people.birthDate'), children: formatViDate(p.birthDate) || none },
            { key: 'sex', label: t('people.sex'), children: enumLabel(sexes, p.sex) },
            { key: 'ethnicity', label: t('people.ethnicity'), children: p.ethnicity ?? none },
            { key: 'id', label: t('people.idNumber'), children: p.idNumber ?? none },
            { key: 'position', label: t('people.position'), children: p.position ?? none },
            { key: 'lead', label: t('people.leadershipPost'), children: p.leadershipPost ?? none },
            {
              key: 'unit',
              label: t('people.unit'),
              children: <Link to={`/units?id=${p.unitId}`}>{p.unitName}</Link>,
            },
            {
              key: 'cat',
              label: t('people.staffCategory'),
              children: enumLabel(staffCategories, p.staffCategory),
            },
            {
              key: 'direct',
              label: t('people.isDirectWorkerShort'),
              children: p.isDirectWorker ? t('common.yes') : t('common.no'),
            },
          ]}
        />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'memberships',
              label: (
                <>
                  {t('person.tab.memberships')}
                  {count(p.memberships.length)}
                </>
              ),
              children: <MembershipsTab rows={p.memberships} />,
            },
            {
              key: 'years',
              label: (
                <>
                  {t('person.tab.years')}
                  {count(p.years.length)}
                </>
              ),
              children: <YearsTab {...tabProps} />,
            },
            {
              key: 'disciplines',
              label: (
                <>
                  {t('person.tab.disciplines')}
                  {count(p.disciplines.length)}
                </>
              ),
              children: <DisciplinesTab {...tabProps} />,
            },
            {
              key: 'initiatives',
              label: (
                <>
                  {t('person.tab.initiatives')}
                  {count(p.initiatives.length)}
                </>
              ),
              children: <InitiativesTab {...tabProps} />,
            },
            {
              key: 'leaves',
              label: (
                <>
                  {t('person.tab.leaves')}
                  {count(p.leaves.length)}
                </>
              ),
              children: <LeavesTab {...tabProps} />,
            },
            {
              key: 'awards',
              label: (
                <>
                  {t('person.tab.awards')}
                  {count(p.awards.length)}
                </>
              ),
              children: <AwardsTab {...tabProps} />,
            },
            ...(can('eligibility.read')
              ? [
                  {
                    key: 'eligibility',
                    label: <span data-testid="person-tab-eligibility">{t('person.tab.eligibility')}</span>,
                    children: <EligibilitySection kind="person" id={p.id} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <PersonFormModal
        open={editing}
        person={p}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          message.success(t('common.saved'));
          res.reload();
        }}
      />
    </>
  );
}

function MembershipsTab({ rows }: { rows: Membership[] }) {
  const { t } = useI18n();
  const sorted = [...rows].sort((a, b) => (b.fromDate ?? '').localeCompare(a.fromDate ?? ''));
  return (
    <Table<Membership>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={sorted}
      data-testid="memberships-table"
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.memberships.empty')} />,
      }}
      columns={[
        {
          key: 'unit',
          title: t('people.unit'),
          render: (_, m) => <Link to={`/units?id=${m.unitId}`}>{m.unitName}</Link>,
        },
        { key: 'position', title: t('people.position'), dataIndex: 'position' },
        { key: 'from', title: t('common.fromDate'), width: 130, render: (_, m) => formatViDate(m.fromDate) },
        {
          key: 'to',
          title: t('common.toDate'),
          width: 130,
          render: (_, m) =>
            m.toDate ? (
              formatViDate(m.toDate)
            ) : (
              <Typography.Text type="success">{t('person.memberships.current')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
