import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  List,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { disclosureStates } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatViDateTime } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { portalApi } from './portal-api.ts';
import { PortalTitle, usePageMeta } from './portal-layout.tsx';

export function PortalDisclosuresPage() {
  const { t, enumLabel } = useI18n();
  usePageMeta(t('portal.disclosures.title'), t('portal.disclosures.description'));
  const list = useAsync((s) => portalApi.disclosures({ pageSize: 50 }, s), []);
  return (
    <>
      <PortalTitle sub={t('portal.disclosures.description')}>{t('portal.disclosures.title')}</PortalTitle>
      {list.error ? <Alert type="error" title={t('portal.loadError')} /> : null}
      <List
        loading={list.loading}
        locale={{ emptyText: <Empty description={t('portal.none')} /> }}
        dataSource={list.data?.data ?? []}
        renderItem={(d) => (
          <Card style={{ marginBottom: 12 }}>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              <Link to={`/cong-khai/lay-y-kien/${d.id}`}>{d.title}</Link>
            </Typography.Title>
            <Space wrap>
              <Tag color={d.state === 'open' ? 'green' : 'default'}>
                {enumLabel(disclosureStates, d.state)}
              </Tag>
              <span>{d.unitName}</span>
              <span>
                {t('portal.disclosures.period', {
                  from: formatViDate(d.startsOn),
                  to: formatViDate(d.endsOn),
                })}
              </span>
              <span>{t('portal.disclosures.items', { n: d.itemCount })}</span>
            </Space>
          </Card>
        )}
      />
    </>
  );
}

/** One proposed list, its approved comments with answers, and the comment form while open. */
export function PortalDisclosurePage() {
  const { t, enumLabel } = useI18n();
  const id = Number(useParams().id);
  const res = useAsync((s) => portalApi.disclosure(id, s), [id]);
  const d = res.data;
  usePageMeta(
    d?.title ?? t('portal.disclosures.title'),
    d
      ? `${d.unitName}: ${t('portal.disclosures.period', { from: formatViDate(d.startsOn), to: formatViDate(d.endsOn) })}`
      : t('portal.disclosures.description'),
  );
  if (res.error)
    return (
      <Alert
        type="error"
        showIcon
        title={res.error instanceof ApiError ? res.error.message : t('portal.loadError')}
      />
    );
  if (!d) return null;
  const names = new Map(d.items.map((i) => [i.id, i.name]));
  return (
    <>
      <PortalTitle
        sub={
          <Space wrap>
            <Tag color={d.state === 'open' ? 'green' : 'default'}>{enumLabel(disclosureStates, d.state)}</Tag>
            <span>{d.unitName}</span>
            <span>
              {t('portal.disclosures.period', { from: formatViDate(d.startsOn), to: formatViDate(d.endsOn) })}
            </span>
          </Space>
        }
      >
        {d.title}
      </PortalTitle>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('portal.disclosure.list')}</h2>}
        style={{ marginBottom: 16 }}
      >
        <Table
          rowKey="id"
          size="middle"
          pagination={false}
          scroll={{ x: 600 }}
          dataSource={d.items}
          columns={[
            { title: t('portal.disclosure.no'), key: 'no', width: 60, render: (_, __, i) => i + 1 },
            { title: t('portal.disclosure.name'), dataIndex: 'name' },
            { title: t('portal.disclosure.unit'), dataIndex: 'unitName' },
            { title: t('portal.disclosure.target'), dataIndex: 'targetName' },
          ]}
        />
      </Card>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('portal.disclosure.comments')}</h2>}
        style={{ marginBottom: 16 }}
      >
        <List
          locale={{ emptyText: t('portal.disclosure.noComments') }}
          dataSource={d.comments}
          renderItem={(c) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Typography.Text strong>{c.authorName}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {formatViDateTime(c.createdAt).slice(0, 16)}
                </Typography.Text>
                {c.itemId && names.get(c.itemId) ? (
                  <div>
                    <Tag>{t('portal.disclosure.about', { name: names.get(c.itemId)! })}</Tag>
                  </div>
                ) : null}
                <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: '4px 0' }}>
                  {c.body}
                </Typography.Paragraph>
                {c.answer ? (
                  <Alert
                    type="info"
                    title={t('portal.disclosure.answer')}
                    description={<span style={{ whiteSpace: 'pre-line' }}>{c.answer}</span>}
                  />
                ) : (
                  <Typography.Text type="secondary">{t('portal.disclosure.awaitingAnswer')}</Typography.Text>
                )}
              </div>
            </List.Item>
          )}
        />
      </Card>
      <CommentForm
        disclosureId={d.id}
        open={d.state === 'open'}
        stateLabel={enumLabel(disclosureStates, d.state)}
        items={d.items}
      />
    </>
  );
}

function CommentForm({
  disclosureId,
  open,
  stateLabel,
  items,
}: {
  disclosureId: number;
  open: boolean;
  stateLabel: string;
  items: { id: number; name: string }[];
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const title = <h2 style={{ fontSize: 16, margin: 0 }}>{t('portal.comment.title')}</h2>;
  if (!open)
    return (
      <Card title={title}>
        <Alert type="warning" showIcon title={t('portal.comment.closed', { state: stateLabel })} />
      </Card>
    );
  const submit = async (v: Record<string, unknown>) => {
    setSending(true);
    setError(null);
    try {
      const r = (await portalApi.comment(disclosureId, { ...v, itemId: v.itemId || null })) as {
        message: string;
      };
      setDone(r.message);
      form.resetFields();
      message.success(r.message);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('portal.loadError'));
    } finally {
      setSending(false);
    }
  };
  return (
    <Card title={title}>
      <Typography.Paragraph type="secondary">{t('portal.comment.privacy')}</Typography.Paragraph>
      {done ? <Alert type="success" showIcon title={done} style={{ marginBottom: 16 }} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 640 }}>
        <Form.Item
          name="authorName"
          label={t('portal.comment.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('portal.comment.required', { field: t('portal.comment.name').toLowerCase() }),
            },
          ]}
        >
          <Input maxLength={120} autoComplete="name" />
        </Form.Item>
        <Form.Item name="contact" label={t('portal.comment.contact')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="itemId" label={t('portal.comment.item')}>
          <Select
            allowClear
            placeholder={t('portal.comment.itemAll')}
            options={items.map((i) => ({ value: i.id, label: i.name }))}
          />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('portal.comment.body')}
          rules={[
            {
              required: true,
              min: 10,
              message: t('portal.comment.required', { field: t('portal.comment.body').toLowerCase() }),
            },
          ]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
        {/* Honeypot: hidden from people and screen readers, filled only by bots. */}
        <div
          aria-hidden="true"
          style={{ position: 'absolute', left: -10000, width: 1, height: 1, overflow: 'hidden' }}
        >
          <label htmlFor="portal-comment-website">{t('portal.comment.website')}</label>
          <Form.Item name="website" noStyle>
            <Input id="portal-comment-website" tabIndex={-1} autoComplete="off" />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={sending}>
          {t('portal.comment.submit')}
        </Button>
      </Form>
    </Card>
  );
}
