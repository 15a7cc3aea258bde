import { Empty, Flex, Progress, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import type { MovementDetail } from './movements-api.ts';

/* ───────────── Cascade: which addressed units launched their own movement ───────────── */

export function CascadePanel({ movement: m }: { movement: MovementDetail }) {
  const { t } = useI18n();
  const c = m.cascade;
  const total = c.targets.length;
  const stateColor = { launched: 'green', draft: 'gold', none: 'default' } as const;
  return (
    <>
      <Flex gap={24} align="center" wrap style={{ marginBottom: 16 }} data-testid="cascade-summary">
        <Typography.Text>
          {t('mv.cascade.summary', { launched: c.launched, notLaunched: c.notLaunched, total })}
        </Typography.Text>
        <Progress
          percent={total ? Math.round((c.launched / total) * 100) : 0}
          style={{ width: 320, margin: 0 }}
          aria-label={t('mv.cascade.progress')}
        />
      </Flex>
      <Table
        data-testid="cascade-table"
        rowKey="unitId"
        size="small"
        dataSource={c.targets}
        pagination={c.targets.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <Empty description={t('mv.cascade.empty')} /> }}
        columns={[
          { key: 'unit', dataIndex: 'unitName', title: t('mv.unit') },
          {
            key: 'state',
            title: t('mv.status'),
            width: 200,
            filters: (['launched', 'draft', 'none'] as const).map((s) => ({
              text: t(`mv.cascade.${s}` as MessageKey),
              value: s,
            })),
            onFilter: (v, r) => r.state === v,
            render: (_, r) => (
              <Tag color={stateColor[r.state]}>{t(`mv.cascade.${r.state}` as MessageKey)}</Tag>
            ),
          },
          {
            key: 'movement',
            title: t('mv.cascade.movement'),
            width: 160,
            render: (_, r) =>
              r.movementId ? <Link to={`/movements/${r.movementId}`}>{t('mv.open')}</Link> : null,
          },
        ]}
      />
    </>
  );
}
