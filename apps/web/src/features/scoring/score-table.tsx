import { PaperClipOutlined } from '@ant-design/icons';
import { Empty, Input, InputNumber, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { EvidenceCell } from './evidence-cell.tsx';
import { type Criterion, pts } from './scoring-api.ts';
import type { AssessmentWork } from './use-assessment-work.ts';

/** One row per leaf criterion: self points, evidence, reviewed points and (when changed) the reason. */
export function ScoreTable({ leaves, w }: { leaves: Criterion[]; w: AssessmentWork }) {
  const { t } = useI18n();
  const { get, set, current, selfEditable, reviewEditable, reviewChanges } = w;
  return (
    <Table<Criterion>
      data-testid="score-table"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={leaves}
      locale={{ emptyText: <Empty description={t('sc.noCriteria')} /> }}
      columns={[
        { key: 'code', dataIndex: 'code', title: t('sc.code'), width: 70 },
        {
          key: 'name',
          title: t('sc.criterion'),
          render: (_, c) => (
            <>
              {c.name}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('sc.maxOf', { max: pts(c.maxPoints) })}
                  {c.cap != null ? ` · ${t('sc.capOf', { cap: pts(c.cap) })}` : ''}
                </Typography.Text>{' '}
                {c.kind !== 'normal' ? (
                  <Tag color={c.kind === 'bonus' ? 'green' : 'red'}>{t(`sc.kind.${c.kind}`)}</Tag>
                ) : null}
                {c.evidenceRequired ? (
                  <Tag icon={<PaperClipOutlined />}>{t('sc.evidenceRequired')}</Tag>
                ) : null}
              </div>
            </>
          ),
        },
        {
          key: 'self',
          title: t('sc.selfPoints'),
          width: 120,
          render: (_, c) =>
            selfEditable ? (
              <InputNumber
                min={0}
                step={0.5}
                decimalSeparator=","
                value={get(c).points}
                status={(get(c).points ?? 0) > c.maxPoints ? 'error' : undefined}
                onChange={(v) => set(c, { points: v })}
                aria-label={t('sc.selfPointsFor', { code: c.code })}
                data-testid={`self-${c.code}`}
                style={{ width: '100%' }}
              />
            ) : (
              pts(current(c)?.selfPoints)
            ),
        },
        {
          key: 'evidence',
          title: t('sc.evidence'),
          width: 260,
          render: (_, c) => <EvidenceCell w={w} c={c} />,
        },
        {
          key: 'reviewed',
          title: t('sc.reviewedPoints'),
          width: 120,
          render: (_, c) =>
            reviewEditable ? (
              <InputNumber
                min={0}
                step={0.5}
                decimalSeparator=","
                value={get(c).reviewed}
                status={(get(c).reviewed ?? 0) > c.maxPoints ? 'error' : undefined}
                onChange={(v) => set(c, { reviewed: v })}
                aria-label={t('sc.reviewedPointsFor', { code: c.code })}
                data-testid={`reviewed-${c.code}`}
                style={{ width: '100%' }}
              />
            ) : (
              pts(current(c)?.points)
            ),
        },
        ...(reviewEditable
          ? [
              {
                key: 'reason',
                title: t('sc.reason'),
                width: 240,
                render: (_: unknown, c: Criterion) =>
                  reviewChanges.includes(c) ? (
                    <Input
                      size="small"
                      value={get(c).reason}
                      onChange={(e) => set(c, { reason: e.target.value })}
                      status={get(c).reason.trim() ? undefined : 'error'}
                      placeholder={t('sc.reasonRequired')}
                      aria-label={t('sc.reasonFor', { code: c.code })}
                      data-testid={`reason-${c.code}`}
                    />
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
