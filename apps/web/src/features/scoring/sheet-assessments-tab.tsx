import { Alert, App, Button, Empty, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import {
  ASSESSMENT_COLORS,
  type Assessment,
  assessmentList,
  assessmentOne,
  assessmentStatusKey,
  pts,
  type Sheet,
} from './scoring-api.ts';

/** The member units' assessments of the sheet, and opening one's own self-assessment. */
export function AssessmentsTab({ sheet: s }: { sheet: Sheet }) {
  const { t } = useI18n();
  const { can, me } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const list = useAsync(
    (signal) => api.get(`/score-sheets/${s.id}/assessments`, { schema: assessmentList, signal }),
    [s.id],
  );
  const [unitId, setUnitId] = useState<number | null>(me?.grants[0]?.unitId ?? null);

  const open = async () => {
    if (!unitId) return;
    try {
      const r = await api.post(`/score-sheets/${s.id}/assessments`, {
        body: { unitId },
        schema: assessmentOne,
      });
      navigate(`/scoring/assessments/${r.data.id}`);
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const rows = list.data?.data ?? [];
  return (
    <>
      {can('score.self') && s.status === 'open' ? (
        <Flex gap={8} style={{ marginBottom: 12 }} wrap>
          <div style={{ width: 320 }}>
            <UnitTreeSelect
              value={unitId}
              onChange={(v) => setUnitId(typeof v === 'number' ? v : null)}
              knownUnits={me?.grants.map((g) => ({ id: g.unitId, name: g.unitName }))}
              aria-label={t('sc.selfUnit')}
            />
          </div>
          <Button type="primary" onClick={open} disabled={!unitId} data-testid="assessment-open">
            {t('sc.openSelf')}
          </Button>
        </Flex>
      ) : null}
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      <Table<Assessment>
        data-testid="assessments-table"
        className="vd-clickable-rows"
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={rows}
        pagination={false}
        onRow={(a) => ({ onClick: () => navigate(`/scoring/assessments/${a.id}`) })}
        locale={{ emptyText: <Empty description={t('sc.noAssessments')} /> }}
        columns={[
          {
            key: 'unit',
            title: t('mv.unit'),
            render: (_, a) => (
              <Link to={`/scoring/assessments/${a.id}`} onClick={(e) => e.stopPropagation()}>
                {a.unitName}
              </Link>
            ),
          },
          {
            key: 'status',
            title: t('mv.status'),
            width: 150,
            render: (_, a) => (
              <Tag color={ASSESSMENT_COLORS[a.status]}>{t(assessmentStatusKey(a.status))}</Tag>
            ),
          },
          {
            key: 'total',
            title: t('sc.total'),
            width: 100,
            align: 'right',
            render: (_, a) => pts(a.totals.total),
          },
          { key: 'band', title: t('sc.band'), width: 130, render: (_, a) => a.totals.band ?? '—' },
        ]}
      />
    </>
  );
}
