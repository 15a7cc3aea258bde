import { CheckCircleTwoTone, ClockCircleOutlined, SafetyOutlined, SearchOutlined } from '@ant-design/icons';
import { type AuditEvent, auditVerifySchema } from '@vinhdanh/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { auditPage, userPage } from '../../api/schemas.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { DATE_INPUT_FORMATS, dayjsToIso, formatViDateTime, isoToDayjs } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';

const PAGE_SIZE = 50;
const FILTERS = ['action', 'entityType', 'entityId', 'actorUserId', 'from', 'to'] as const;

interface FilterValues {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: number;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export function AuditPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<FilterValues>();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  const [verifying, setVerifying] = useState(false);
  const [verify, setVerify] = useState<z.infer<typeof auditVerifySchema> | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);

  const list = useAsync(
    (signal) =>
      api.get('/audit', { query: { ...filters, page, pageSize: PAGE_SIZE }, schema: auditPage, signal }),
    [params.toString()],
  );
  const users = useAsync(
    (signal) => api.get('/users', { query: { pageSize: 200 }, schema: userPage, signal }).catch(() => null),
    [],
  );

  const applyFilters = (v: FilterValues) => {
    const next = new URLSearchParams();
    const set = (k: string, val: string | number | null | undefined) => {
      if (val !== undefined && val !== null && String(val).trim() !== '') next.set(k, String(val).trim());
    };
    set('action', v.action);
    set('entityType', v.entityType);
    set('entityId', v.entityId);
    set('actorUserId', v.actorUserId);
    set('from', dayjsToIso(v.range?.[0]));
    set('to', dayjsToIso(v.range?.[1]));
    setParams(next, { replace: true });
  };

  const setPage = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    setParams(next, { replace: true });
  };

  const runVerify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerify(await api.get('/audit/verify', { schema: auditVerifySchema }));
    } catch (err) {
      setVerifyError(errorText(err));
    } finally {
      setVerifying(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        sub={t('audit.sub')}
        extra={
          <Button
            icon={<SafetyOutlined />}
            onClick={runVerify}
            loading={verifying}
            data-testid="audit-verify"
          >
            {t('audit.verify')}
          </Button>
        }
      />
      {verifyError ? (
        <Alert type="error" showIcon title={verifyError} style={{ marginBottom: 16 }} closable />
      ) : null}
      {verify ? (
        <Alert
          data-testid="audit-verify-result"
          style={{ marginBottom: 16 }}
          type={verify.ok ? 'success' : 'error'}
          showIcon
          closable={{ onClose: () => setVerify(null) }}
          title={verify.ok ? t('audit.verifyOk') : t('audit.verifyBroken', { count: verify.problems.length })}
          description={
            <>
              <div>{t('audit.verifyStats', { checked: verify.checked, unsealed: verify.unsealed })}</div>
              {verify.problems.length > 0 ? (
                <ul style={{ margin: '8px 0 0', paddingInlineStart: 18 }}>
                  {verify.problems.slice(0, 20).map((p) => (
                    <li key={`${p.seq}-${p.id}-${p.problem}`}>
                      {t('audit.problem', { seq: p.seq ?? '—', id: p.id ?? '—' })}: {p.problem}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          }
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <Form<FilterValues>
          form={form}
          name="audit-filter"
          layout="vertical"
          onFinish={applyFilters}
          initialValues={{
            action: filters.action,
            entityType: filters.entityType,
            entityId: filters.entityId,
            actorUserId: filters.actorUserId ? Number(filters.actorUserId) : undefined,
            range:
              filters.from || filters.to
                ? [isoToDayjs(filters.from) ?? null, isoToDayjs(filters.to) ?? null]
                : null,
          }}
        >
          <Row gutter={16} align="bottom">
            <Col xs={24} md={12} xl={4}>
              <Form.Item name="action" label={t('audit.action')}>
                <Input placeholder={t('audit.actionPlaceholder')} allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={4}>
              <Form.Item name="entityType" label={t('audit.entityType')}>
                <Select
                  allowClear
                  placeholder={t('common.all')}
                  options={['unit', 'person', 'user', 'import', 'session'].map((v) => ({
                    value: v,
                    label: v,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={3}>
              <Form.Item name="entityId" label={t('audit.entityId')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={5}>
              <Form.Item name="actorUserId" label={t('audit.actor')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('common.all')}
                  loading={users.loading}
                  options={(users.data?.data ?? []).map((u) => ({
                    value: u.id,
                    label: `${u.displayName} (${u.username})`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16} xl={5}>
              <Form.Item name="range" label={t('audit.range')}>
                <DatePicker.RangePicker
                  format={DATE_INPUT_FORMATS}
                  placeholder={[t('common.fromDate'), t('common.toDate')]}
                  allowEmpty={[true, true]}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8} xl={3}>
              <Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  icon={<SearchOutlined />}
                  block
                  data-testid="audit-filter-submit"
                >
                  {t('common.filter')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card>
        {list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<AuditEvent>
          rowKey="id"
          size="small"
          data-testid="audit-table"
          loading={list.loading}
          dataSource={list.data?.data ?? []}
          locale={{ emptyText: list.loading ? ' ' : <Empty description={t('audit.empty')} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total, [from, to]) => t('common.rangeOfTotal', { from, to, total }),
          }}
          expandable={{
            expandedRowRender: (e) => <BeforeAfter event={e} />,
            rowExpandable: (e) => e.before !== null || e.after !== null,
          }}
          scroll={{ x: 900 }}
          columns={[
            {
              key: 'time',
              title: t('audit.time'),
              width: 180,
              render: (_, e) => formatViDateTime(e.occurredAt),
            },
            {
              key: 'actor',
              title: t('audit.actor'),
              render: (_, e) =>
                e.actorName ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
            },
            {
              key: 'action',
              title: t('audit.action'),
              render: (_, e) => <Typography.Text code>{e.action}</Typography.Text>,
            },
            {
              key: 'entity',
              title: t('audit.entity'),
              render: (_, e) => (
                <>
                  {e.entityType}
                  {e.entityId ? <Typography.Text type="secondary"> #{e.entityId}</Typography.Text> : null}
                </>
              ),
            },
            {
              key: 'sealed',
              title: t('audit.sealed'),
              width: 110,
              align: 'center',
              render: (_, e) =>
                e.sealed ? (
                  <Tooltip title={t('audit.sealedYes')}>
                    <CheckCircleTwoTone twoToneColor="#52c41a" aria-label={t('audit.sealedYes')} />
                  </Tooltip>
                ) : (
                  <Tooltip title={t('audit.sealedNo')}>
                    <Tag icon={<ClockCircleOutlined />}>{t('audit.pending')}</Tag>
                  </Tooltip>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}

function BeforeAfter({ event }: { event: AuditEvent }) {
  const { t } = useI18n();
  const json = (v: unknown) => (v === null || v === undefined ? '—' : JSON.stringify(v, null, 2));
  return (
    <Row gutter={16} data-testid="audit-diff">
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.before')}</Typography.Text>
        <pre className="vd-json">{json(event.before)}</pre>
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.after')}</Typography.Text>
        <pre className="vd-json">{json(event.after)}</pre>
      </Col>
      {event.requestId ? (
        <Col span={24}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('audit.requestId')}: {event.requestId}
          </Typography.Text>
        </Col>
      ) : null}
    </Row>
  );
}
