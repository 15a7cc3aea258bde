import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
} from 'antd';
import { disclosureStates, rolePermissions } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../../app/session.tsx';
import { DateInput } from '../../components/date-input.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { disclosuresApi } from './disclosures-api.ts';

/** Staff list of disclosures in scope, with pending/unanswered counts and the "publish" dialog. */
export function DisclosuresPage() {
  const { t, enumLabel } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useAsync((s) => disclosuresApi.list(page, s), [page]);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('disc.title')}
        sub={t('disc.sub')}
        extra={
          <>
            <Link to="/cong-khai/lay-y-kien" target="_blank">
              {t('disc.viewPublic')}
            </Link>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="disclosure-create"
            >
              {t('disc.create')}
            </Button>
          </>
        }
      />
      {list.error ? (
        <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Card>
        <Table
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.data ?? []}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: (p) => setParams(p > 1 ? { page: String(p) } : {}),
          }}
          onRow={(r) => ({ onClick: () => navigate(`/disclosures/${r.id}`), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('disc.name'),
              dataIndex: 'title',
              render: (v: string, r) => <Link to={`/disclosures/${r.id}`}>{v}</Link>,
            },
            { title: t('disc.unit'), dataIndex: 'unitName' },
            {
              title: t('disc.period'),
              key: 'period',
              render: (_, r) => `${formatViDate(r.startsOn)} – ${formatViDate(r.endsOn)}`,
            },
            {
              title: t('disc.state'),
              dataIndex: 'state',
              render: (s: 'open') => (
                <Tag color={s === 'open' ? 'green' : 'default'}>{enumLabel(disclosureStates, s)}</Tag>
              ),
            },
            {
              title: t('disc.itemCount'),
              dataIndex: 'itemCount',
              align: 'right',
            },
            {
              title: t('disc.pending'),
              dataIndex: 'pendingComments',
              align: 'right',
              render: (n: number) => <Badge count={n} showZero color={n ? '#fa8c16' : '#d9d9d9'} />,
            },
            { title: t('disc.unanswered'), dataIndex: 'unansweredComments', align: 'right' },
          ]}
        />
      </Card>
      {creating ? (
        <CreateDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate(`/disclosures/${id}`);
          }}
        />
      ) : null}
    </>
  );
}

function CreateDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const units = (me?.grants ?? []).filter((g) => rolePermissions[g.role].includes('disclosure.manage'));
  const [unitId, setUnitId] = useState<number | undefined>(units[0]?.unitId);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cands = useAsync(
    (s) => (unitId ? disclosuresApi.candidates(unitId, s) : Promise.resolve({ data: [] })),
    [unitId],
  );
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const r = await disclosuresApi.create({
        unitId,
        title: v.title,
        dossierIds: v.dossierIds,
        startsOn: dayjsToIso(v.startsOn),
        days: v.days ?? null,
      });
      message.success(t('disc.created'));
      onCreated(r.data.id);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={t('disc.create')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      width={680}
      okText={t('disc.create')}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={{ startsOn: dayjs() }}>
        <Form.Item label={t('disc.unit')} required>
          <Select
            value={unitId}
            onChange={setUnitId}
            options={units.map((g) => ({ value: g.unitId, label: g.unitName }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('disc.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="dossierIds"
          label={t('disc.dossiers')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          {cands.data && cands.data.data.length === 0 ? (
            <Empty description={t('disc.noCandidates')} />
          ) : (
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
              {(cands.data?.data ?? []).map((d) => (
                <Checkbox key={d.id} value={d.id}>
                  {d.title} — {d.unitName} ({t('disc.dossierEligible', { n: d.eligibleCount })})
                </Checkbox>
              ))}
            </Checkbox.Group>
          )}
        </Form.Item>
        <Form.Item name="startsOn" label={t('disc.startsOn')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="days" label={t('disc.days')} extra={t('disc.daysHelp')}>
          <InputNumber min={1} max={90} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
