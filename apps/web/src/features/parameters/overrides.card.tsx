import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Card, Empty, Table } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import type { OverrideRow } from './parameters.model.ts';
import type { ParameterActions } from './use-parameter-actions.tsx';
import { useParamLabel, useValueText } from './use-parameter-text.ts';

/** The province's overrides of national parameters, each from its effective date. */
export function OverridesCard({
  overrides,
  actions,
}: {
  overrides: OverrideRow[];
  actions: ParameterActions;
}) {
  const { t } = useI18n();
  const valueText = useValueText();
  const label = useParamLabel();
  return (
    <Card title={t('parameters.overrides')} style={{ marginBottom: 16 }}>
      <Table<OverrideRow>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={overrides}
        data-testid="overrides-table"
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('parameters.noOverrides')} />,
        }}
        columns={[
          { key: 'key', title: t('parameters.col.parameter'), render: (_, r) => label(r.key) },
          {
            key: 'value',
            title: t('parameters.col.value'),
            render: (_, r) => valueText(r.key, r.value),
          },
          {
            key: 'from',
            title: t('common.fromDate'),
            width: 120,
            render: (_, r) => formatViDate(r.effectiveFrom),
          },
          { key: 'note', title: t('parameters.noteCitation'), dataIndex: 'note' },
          ...actions.actionCol<OverrideRow>((r) =>
            actions.del(`/parameters/overrides/${r.id}`, label(r.key)),
          ),
        ]}
      />
    </Card>
  );
}
