import { type Bloc, registrationMissingSchema } from '@vinhdanh/contracts';
import { Alert, Card, Flex, Progress, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { yearChoices } from '../movements/movements-api.ts';
import { assessmentList, blocMembersSchema, loadSheets } from '../scoring/scoring-api.ts';

interface Row {
  bloc: Bloc;
  members: number;
  registered: number;
  sheetId: number | null;
  /** null: no sheet for the year, or it could not be read. */
  submitted: number | null;
  final: number | null;
}

/** Registration and scoring completion of every bloc for one year. */
export function ProgressDashboard({ blocs }: { blocs: Bloc[] }) {
  const { t } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const rows = useAsync(
    async (signal) => {
      const missing = await api
        .get('/registrations/missing', { query: { year }, schema: registrationMissingSchema, signal })
        .catch(() => null);
      const notRegistered = new Set(missing?.data.map((m) => m.unitId) ?? []);
      return Promise.all(
        blocs.map(async (bloc): Promise<Row> => {
          const m = await api.get(`/blocs/${bloc.id}/members/${year}`, { schema: blocMembersSchema, signal });
          const ids = m.members.map((x) => x.unitId);
          const sheet = (await loadSheets({ blocId: bloc.id, year }, signal).catch(() => []))[0];
          const assessments = sheet
            ? (await api.get(`/score-sheets/${sheet.id}/assessments`, { schema: assessmentList, signal }))
                .data
            : null;
          return {
            bloc,
            members: ids.length,
            registered: missing ? ids.filter((id) => !notRegistered.has(id)).length : 0,
            sheetId: sheet?.id ?? null,
            submitted: assessments ? assessments.filter((a) => a.status !== 'draft').length : null,
            final: assessments ? assessments.filter((a) => a.status === 'final').length : null,
          };
        }),
      );
    },
    [blocs, year],
  );
  const pct = (n: number, of: number) => (of ? Math.round((n / of) * 100) : 0);
  return (
    <Card
      title={t('bloc.progress')}
      extra={
        <Select<number>
          aria-label={t('mv.year')}
          value={year}
          onChange={setYear}
          options={yearChoices().map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 110 }}
          data-testid="progress-year"
        />
      }
    >
      {rows.error ? <Alert type="warning" showIcon title={t('bloc.progressError')} /> : null}
      <Table<Row>
        data-testid="progress-table"
        rowKey={(r) => r.bloc.id}
        size="middle"
        loading={rows.loading}
        dataSource={rows.data ?? []}
        pagination={false}
        columns={[
          {
            key: 'bloc',
            title: t('bloc.name'),
            render: (_, r) => <Link to={`/blocs/${r.bloc.id}`}>{r.bloc.name}</Link>,
          },
          { key: 'members', title: t('bloc.members'), width: 110, dataIndex: 'members' },
          {
            key: 'registered',
            title: t('bloc.registered'),
            width: 260,
            render: (_, r) => (
              <Flex vertical gap={0}>
                <Progress
                  percent={pct(r.registered, r.members)}
                  size="small"
                  aria-label={t('bloc.registered')}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('bloc.ofMembers', { n: r.registered, total: r.members })}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'scored',
            title: t('bloc.scored'),
            width: 300,
            render: (_, r) =>
              r.submitted === null ? (
                <Typography.Text type="secondary">{t('bloc.noSheet')}</Typography.Text>
              ) : (
                <Flex vertical gap={0}>
                  <Progress
                    percent={pct(r.submitted, r.members)}
                    success={{ percent: pct(r.final ?? 0, r.members) }}
                    size="small"
                    aria-label={t('bloc.scored')}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('bloc.scoredDetail', {
                      submitted: r.submitted,
                      final: r.final ?? 0,
                      total: r.members,
                    })}
                    {r.sheetId ? (
                      <>
                        {' · '}
                        <Link to={`/scoring/sheets/${r.sheetId}`}>{t('bloc.openSheet')}</Link>
                      </>
                    ) : null}
                  </Typography.Text>
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
}
