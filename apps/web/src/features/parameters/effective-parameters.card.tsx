import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Card, Flex, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { ConfidenceBadge } from '../eligibility/badges.tsx';
import type { ParameterRow } from './parameters.model.ts';
import type { ParameterActions } from './use-parameter-actions.tsx';
import { useParamLabel, useValueText } from './use-parameter-text.ts';

/** The rule parameters in force on the chosen date, each with its national default and source. */
export function EffectiveParametersCard({
  parameters,
  loading,
  actions,
}: {
  parameters: ParameterRow[];
  loading: boolean;
  actions: ParameterActions;
}) {
  const { t } = useI18n();
  const valueText = useValueText();
  const label = useParamLabel();
  return (
    <Card
      title={t('parameters.effective')}
      style={{ marginBottom: 16 }}
      extra={actions.addButton('override', 'parameters-add-override', t('parameters.addOverride'), true)}
    >
      <Table<ParameterRow>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={parameters}
        data-testid="parameters-table"
        loading={loading}
        scroll={{ x: 900 }}
        columns={[
          {
            key: 'key',
            title: t('parameters.col.parameter'),
            width: 300,
            render: (_, r) => (
              <>
                {label(r.key)}
                <Typography.Text
                  type="secondary"
                  code
                  style={{ display: 'block', fontSize: 11, width: 'fit-content' }}
                >
                  {r.key}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'value',
            title: t('parameters.col.value'),
            render: (_, r) => (
              <Typography.Text strong={r.source.origin === 'province'}>
                {valueText(r.key, r.value)}
              </Typography.Text>
            ),
          },
          {
            key: 'default',
            title: t('parameters.col.default'),
            render: (_, r) => (
              <Typography.Text type="secondary">{valueText(r.key, r.nationalDefault)}</Typography.Text>
            ),
          },
          {
            key: 'source',
            title: t('parameters.col.source'),
            width: 340,
            render: (_, r) =>
              r.source.origin === 'national' ? (
                <Flex gap={6} align="center" wrap>
                  <span style={{ fontSize: 13 }}>{r.source.citation}</span>
                  <ConfidenceBadge value={r.source.confidence} />
                </Flex>
              ) : (
                <Flex vertical gap={2}>
                  <Tag color="purple" style={{ width: 'fit-content' }}>
                    {t('parameters.provinceFrom', { date: formatViDate(r.source.effectiveFrom) })}
                  </Tag>
                  {r.source.citation ? <span style={{ fontSize: 13 }}>{r.source.citation}</span> : null}
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
}
