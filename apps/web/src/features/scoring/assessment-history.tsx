import { Card, Col, Empty, Row, Table, Timeline, Typography } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { formatViDateTime } from '../../lib/dates.ts';
import { pts } from './scoring-api.ts';
import type { AssessmentData } from './use-assessment.ts';

/** The reviewed-score changes and the assessment's events. */
export function AssessmentHistory({ history }: { history: AssessmentData['history'] }) {
  const { t } = useI18n();
  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Card title={t('sc.changes')} size="small">
          <Table
            data-testid="score-history"
            size="small"
            rowKey={(x) => `${x.criterionId}-${x.at}`}
            pagination={false}
            dataSource={history.data?.changes ?? []}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sc.noChanges')} />,
            }}
            columns={[
              { key: 'at', title: t('sc.at'), width: 170, render: (_, x) => formatViDateTime(x.at) },
              { key: 'code', dataIndex: 'code', title: t('sc.code'), width: 70 },
              {
                key: 'from',
                title: t('sc.change'),
                width: 110,
                render: (_, x) => `${pts(x.fromPoints)} → ${pts(x.toPoints)}`,
              },
              { key: 'reason', dataIndex: 'reason', title: t('sc.reason') },
              { key: 'actor', dataIndex: 'actorName', title: t('sc.actor'), width: 160 },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('sc.events')} size="small">
          {history.data?.events.length ? (
            <Timeline
              items={history.data.events.map((e) => ({
                key: `${e.action}-${e.at}`,
                content: (
                  <>
                    <Typography.Text strong>{e.action}</Typography.Text> · {formatViDateTime(e.at)}
                    {e.actorName ? ` · ${e.actorName}` : ''}
                    {e.reason ? <div>{e.reason}</div> : null}
                  </>
                ),
              }))}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sc.noChanges')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
