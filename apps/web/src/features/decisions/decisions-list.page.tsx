import { PlusOutlined } from '@ant-design/icons';
import { decisionKinds, decisionStatuses } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Alert, Button, Card, Empty, Flex, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { DecisionCreateModal } from './decision-create.modal.tsx';
import {
  type DecisionStatus,
  type DecisionSummary,
  decisionListSchema,
  STATUS_COLORS,
} from './decisions-api.ts';

/** "Quyết định khen thưởng": the register of drafts, issued decisions and revocations in the user's scope. */
export function DecisionsListPage() {
  const { t, enumLabel } = useI18n();
  const { can } = useSession();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const status = (params.get('status') as DecisionStatus | null) ?? undefined;
  const page = Number(params.get('page') ?? 1);
  const list = useAsync(
    (signal) =>
      api.get('/decisions', { query: { status, page, pageSize: 20 }, schema: decisionListSchema, signal }),
    [status, page],
  );
  const columns: TableColumnsType<DecisionSummary> = [
    {
      title: t('decision.number'),
      dataIndex: 'number',
      width: 150,
      render: (n: string | null, r) => <Link to={`/decisions/${r.id}`}>{n ?? t('decision.noNumber')}</Link>,
    },
    {
      title: t('decision.date'),
      dataIndex: 'decisionDate',
      width: 120,
      render: (d: string | null) => formatViDate(d),
    },
    {
      title: t('decision.title'),
      dataIndex: 'title',
      render: (title: string, r) => (
        <Flex vertical gap={2}>
          <Link to={`/decisions/${r.id}`}>{title}</Link>
          {r.kind === 'revocation' ? (
            <span>
              <Tag color="red">{enumLabel(decisionKinds, r.kind)}</Tag>
            </span>
          ) : null}
        </Flex>
      ),
    },
    { title: t('decision.issuer'), dataIndex: ['issuer', 'name'], width: 220 },
    { title: t('decision.signerName'), dataIndex: 'signerName', width: 160 },
    {
      title: t('decision.awardeeCount'),
      dataIndex: 'awardeeCount',
      width: 110,
      align: 'right',
      // A draft's awardees are computed live on its page.
      render: (n: number, r) => (r.status === 'draft' ? '—' : n),
    },
    {
      title: t('decision.status'),
      dataIndex: 'status',
      width: 130,
      render: (s: DecisionStatus) => <Tag color={STATUS_COLORS[s]}>{enumLabel(decisionStatuses, s)}</Tag>,
    },
  ];
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title={t('decision.list.title')}
        sub={t('decision.list.sub')}
        extra={
          can('decision.write') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="decision-create"
            >
              {t('decision.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={8} style={{ marginBottom: 12 }}>
          <Select
            aria-label={t('decision.status')}
            allowClear
            placeholder={t('decision.status')}
            style={{ width: 200 }}
            value={status}
            onChange={(v?: string) => set({ status: v, page: undefined })}
            options={decisionStatuses.values.map((v) => ({
              value: v,
              label: enumLabel(decisionStatuses, v),
            }))}
          />
        </Flex>
        {list.error ? <Alert type="error" showIcon message={errorText(list.error)} /> : null}
        <Table
          rowKey="id"
          size="middle"
          loading={list.loading}
          columns={columns}
          dataSource={list.data?.data ?? []}
          locale={{ emptyText: <Empty description={t('decision.empty')} /> }}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (p) => set({ page: String(p) }),
          }}
        />
      </Card>
      {creating ? (
        <DecisionCreateModal
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/decisions/${id}`)}
        />
      ) : null}
    </>
  );
}
