import { Alert, Empty, Flex, Progress, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { CreateDossierFromRows } from '../dossiers/create-from-rows.tsx';
import { useSession } from '../../app/session.tsx';
import {
  ASSESSMENT_COLORS,
  assessmentStatusKey,
  proposalsSchema,
  pts,
  rankingSchema,
  type Sheet,
} from './scoring-api.ts';

/* ───────────── Ranking ───────────── */

export function RankingTab({ sheet: s }: { sheet: Sheet }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const r = useAsync(
    (signal) => api.get(`/score-sheets/${s.id}/ranking`, { schema: rankingSchema, signal }),
    [s.id],
  );
  if (r.error) return <Alert type="error" showIcon title={errorText(r.error)} />;
  const max = Math.max(s.maxPoints, ...(r.data?.rows.map((x) => x.total) ?? [0]));
  return (
    <>
      {r.data && !r.data.isFinal ? (
        <Alert type="warning" showIcon title={t('sc.rankingProvisional')} style={{ marginBottom: 12 }} />
      ) : null}
      <Table
        data-testid="ranking-table"
        rowKey="assessmentId"
        size="small"
        loading={r.loading}
        pagination={false}
        dataSource={r.data?.rows ?? []}
        locale={{ emptyText: <Empty description={t('sc.noAssessments')} /> }}
        columns={[
          { key: 'rank', dataIndex: 'rank', title: t('sc.rank'), width: 70, align: 'center' },
          { key: 'unit', dataIndex: 'unitName', title: t('mv.unit'), width: 260 },
          {
            key: 'bar',
            title: t('sc.total'),
            width: 260,
            render: (_, x) => (
              <Flex align="center" gap={8}>
                <Progress
                  percent={max ? (x.total / max) * 100 : 0}
                  showInfo={false}
                  size="small"
                  style={{ flex: 1, margin: 0 }}
                  aria-label={t('sc.total')}
                />
                <Typography.Text strong style={{ width: 48, textAlign: 'right' }}>
                  {pts(x.total)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'parts',
            title: t('sc.parts'),
            width: 180,
            render: (_, x) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('sc.partsValue', { normal: pts(x.normal), bonus: pts(x.bonus), penalty: pts(x.penalty) })}
              </Typography.Text>
            ),
          },
          {
            key: 'band',
            title: t('sc.band'),
            width: 120,
            render: (_, x) => (x.band ? <Tag color="geekblue">{x.band}</Tag> : '—'),
          },
          {
            key: 'status',
            title: t('mv.status'),
            width: 140,
            render: (_, x) => (
              <Tag color={ASSESSMENT_COLORS[x.status]}>{t(assessmentStatusKey(x.status))}</Tag>
            ),
          },
          {
            key: 'why',
            title: t('sc.explanation'),
            render: (_, x) => (
              <Tooltip title={x.explanation}>
                <Typography.Text ellipsis style={{ maxWidth: 260 }}>
                  {x.explanation}
                </Typography.Text>
              </Tooltip>
            ),
          },
        ]}
      />
      {r.data?.tieBreakRule.length ? (
        <details style={{ marginTop: 12 }}>
          <summary>{t('sc.tieBreak')}</summary>
          <ul>
            {r.data.tieBreakRule.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/* ───────────── Proposals for Cờ thi đua and Bằng khen of the province ───────────── */

export function ProposalsTab({ sheet: s }: { sheet: Sheet }) {
  const { t } = useI18n();
  const { can } = useSession();
  const errorText = useErrorText();
  const [selected, setSelected] = useState<string[]>([]);
  const p = useAsync(
    (signal) => api.get(`/score-sheets/${s.id}/proposals`, { schema: proposalsSchema, signal }),
    [s.id],
  );
  if (p.error) return <Alert type="error" showIcon title={errorText(p.error)} />;
  const proposals = p.data?.proposals ?? [];
  const proposalKey = (x: (typeof proposals)[number]) => `${x.award}-${x.unitId}`;
  const awardLabel = (award: string) => t(award === 'CO_TINH' ? 'sc.award.flag' : 'sc.award.cert');
  return (
    <>
      {can('dossier.write') && proposals.length > 0 ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <CreateDossierFromRows
            rows={proposals
              .filter((x) => selected.includes(proposalKey(x)))
              .map((x) => ({
                subjectKind: 'collective' as const,
                subjectId: x.unitId,
                name: x.unitName,
                target: x.award,
                targetName: awardLabel(x.award),
              }))}
            preset={{
              year: p.data?.year ?? s.year,
              title: t('dossier.create.fromRankingTitle', {
                name: p.data?.blocName ?? s.name,
                year: p.data?.year ?? s.year,
              }),
              movementId: s.movementId,
            }}
            origin={{ kind: 'ranking', ref: s.id }}
            testId="proposals-create-dossier"
          />
        </Flex>
      ) : null}
      {p.data && !p.data.complete ? (
        <Alert type="warning" showIcon title={t('sc.proposalsIncomplete')} style={{ marginBottom: 12 }} />
      ) : null}
      <Table
        data-testid="proposals-table"
        rowKey={proposalKey}
        size="small"
        loading={p.loading}
        pagination={false}
        dataSource={proposals}
        rowSelection={
          can('dossier.write')
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }
            : undefined
        }
        locale={{ emptyText: <Empty description={t('sc.noProposals')} /> }}
        columns={[
          {
            key: 'award',
            title: t('sc.award'),
            width: 240,
            render: (_, x) => <Tag color={x.award === 'CO_TINH' ? 'red' : 'gold'}>{awardLabel(x.award)}</Tag>,
          },
          { key: 'unit', dataIndex: 'unitName', title: t('mv.unit') },
          { key: 'rank', dataIndex: 'rank', title: t('sc.rank'), width: 80, align: 'center' },
          { key: 'total', title: t('sc.total'), width: 100, align: 'right', render: (_, x) => pts(x.total) },
          { key: 'band', title: t('sc.band'), width: 120, render: (_, x) => x.band ?? '—' },
        ]}
      />
      {p.data?.skipped.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('sc.skipped')}
          </Typography.Title>
          <ul>
            {p.data.skipped.map((x) => (
              <li key={x.unitId}>
                {x.unitName}: {x.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
