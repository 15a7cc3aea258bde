import { CheckCircleTwoTone, StopOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';
import { type Decision, type DecisionAwardee, vnd } from './decisions-api.ts';

export function AwardeesCard({
  decision: d,
  canRevoke,
  onRevoke,
}: {
  decision: Decision;
  canRevoke: boolean;
  onRevoke: (a: DecisionAwardee) => void;
}) {
  const { t } = useI18n();
  const draft = d.status === 'draft';
  const columns: TableColumnsType<DecisionAwardee> = [
    { title: t('decision.no'), width: 56, align: 'center', render: (_v, _r, i) => i + 1 },
    {
      title: t('decision.name'),
      dataIndex: 'name',
      width: 220,
      render: (name: string, a) => (
        <Flex vertical gap={2}>
          {a.personId ? <Link to={`/people/${a.personId}`}>{name}</Link> : <span>{name}</span>}
          {a.revokedAt ? (
            <span>
              <Tag color="red">{t('decision.revoked')}</Tag>
              {a.revocation?.decisionNumber ? (
                <Typography.Text type="secondary">
                  {t('decision.revokedBy', { number: a.revocation.decisionNumber })}
                </Typography.Text>
              ) : null}
            </span>
          ) : null}
        </Flex>
      ),
    },
    { title: t('decision.unit'), dataIndex: 'unitName', width: 220 },
    { title: t('decision.target'), dataIndex: 'targetName', width: 240 },
    {
      title: t('decision.amount'),
      dataIndex: 'paid',
      width: 140,
      align: 'right',
      render: (paid: number, a) =>
        a.amountNote === 'paid' ? (
          vnd(paid)
        ) : (
          <Tooltip
            title={
              a.amountNote === 'superseded_same_period' ? t('decision.superseded') : t('decision.noAmount')
            }
          >
            <Typography.Text type="secondary">0</Typography.Text>
          </Tooltip>
        ),
    },
    draft
      ? {
          title: t('decision.basis'),
          dataIndex: 'basis',
          width: 170,
          render: (b: DecisionAwardee['basis']) => (
            <Tag color={b === 'council' ? 'purple' : 'green'}>{t(`decision.basis.${b}`)}</Tag>
          ),
        }
      : {
          title: `${t('decision.registryNo')} / ${t('decision.certificate')}`,
          width: 170,
          render: (_v, a) => (
            <Flex vertical>
              <span>{a.registryNo}</span>
              <Typography.Text code copyable>
                {a.certificateCode}
              </Typography.Text>
            </Flex>
          ),
        },
    {
      title: t('decision.authority'),
      width: 150,
      render: (_v, a) => (
        <Tooltip title={`${a.authority.message} (${a.authority.citation})`}>
          {a.authority.allowed ? (
            <Tag icon={<CheckCircleTwoTone twoToneColor="#52c41a" />}>{t('decision.authorityOk')}</Tag>
          ) : (
            <Tag color="error" icon={<StopOutlined />}>
              {t('decision.authorityRefused')}
            </Tag>
          )}
        </Tooltip>
      ),
    },
  ];
  if (canRevoke)
    columns.push({
      title: t('common.actions'),
      width: 100,
      render: (_v, a) =>
        a.revokedAt || a.id == null ? null : (
          <Button size="small" danger onClick={() => onRevoke(a)} data-testid="awardee-revoke">
            {t('revoke.open')}
          </Button>
        ),
    });
  if (d.kind === 'revocation') return null;
  return (
    <Card
      title={t('decision.awardees')}
      style={{ marginTop: 16 }}
      extra={
        d.baseSalary ? (
          <Typography.Text type="secondary">
            {t('decision.awardees.sub', { base: vnd(d.baseSalary) })}
          </Typography.Text>
        ) : null
      }
    >
      <Table
        data-testid="decision-awardees"
        rowKey={(a) => `${a.id ?? ''}-${a.nomineeId ?? ''}-${a.code}`}
        size="small"
        pagination={false}
        columns={columns}
        dataSource={d.awardees}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>
              <Typography.Text strong>{t('decision.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <Typography.Text strong>{vnd(d.total)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} colSpan={canRevoke ? 3 : 2} />
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
