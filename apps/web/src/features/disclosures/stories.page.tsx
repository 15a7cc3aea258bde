import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { rolePermissions } from '@vinhdanh/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { formatViDateTime } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { disclosuresApi } from './disclosures-api.ts';

interface StoryRow {
  id: number;
  unitId: number;
  unitName: string;
  title: string;
  summary: string | null;
  body: string;
  status: 'draft' | 'published';
  publishedAt: string | null;
}

/** Good-deed stories (gương người tốt, việc tốt): write, edit, publish on the public portal. */
export function StoriesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const list = useAsync((s) => disclosuresApi.stories(s), []);
  const [editing, setEditing] = useState<StoryRow | 'new' | null>(null);
  const toggle = async (s: StoryRow) => {
    try {
      await disclosuresApi.publishStory(s.id, s.status !== 'published');
      list.reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  return (
    <>
      <PageHeader
        title={t('story.title')}
        sub={t('story.sub')}
        extra={
          <>
            <Link to="/cong-khai/guong-sang" target="_blank">
              {t('disc.viewPublic')}
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('story.new')}
            </Button>
          </>
        }
      />
      {list.error ? (
        <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Card>
        <Table<StoryRow>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.data ?? []}
          columns={[
            { title: t('story.name'), dataIndex: 'title' },
            { title: t('story.unit'), dataIndex: 'unitName' },
            {
              title: t('story.status'),
              dataIndex: 'status',
              render: (s: string, r) =>
                s === 'published' ? (
                  <Tag color="green">
                    {t('story.published')} {formatViDateTime(r.publishedAt).slice(0, 10)}
                  </Tag>
                ) : (
                  <Tag>{t('story.draft')}</Tag>
                ),
            },
            {
              title: '',
              key: 'actions',
              render: (_, r) => (
                <Space>
                  <Button size="small" onClick={() => setEditing(r)}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="small"
                    type={r.status === 'published' ? 'default' : 'primary'}
                    onClick={() => toggle(r)}
                  >
                    {r.status === 'published' ? t('story.unpublish') : t('story.publish')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing ? (
        <StoryDialog
          story={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}

function StoryDialog({
  story,
  onClose,
  onSaved,
}: {
  story: StoryRow | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const units = (me?.grants ?? []).filter((g) => rolePermissions[g.role].includes('story.write'));
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      if (story)
        await disclosuresApi.updateStory(story.id, {
          title: v.title,
          summary: v.summary || null,
          body: v.body,
        });
      else
        await disclosuresApi.createStory({
          unitId: v.unitId,
          title: v.title,
          summary: v.summary || null,
          body: v.body,
        });
      onSaved();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={story ? t('story.edit') : t('story.new')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      width={760}
      okText={t('common.save')}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={story ?? { unitId: units[0]?.unitId }}>
        {story ? null : (
          <Form.Item name="unitId" label={t('story.unit')} rules={[{ required: true }]}>
            <Select options={units.map((g) => ({ value: g.unitId, label: g.unitName }))} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('story.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="summary" label={t('story.summary')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="body" label={t('story.body')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={12} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
