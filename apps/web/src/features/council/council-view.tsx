import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { councilMemberRoles } from '@vinhdanh/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { CouncilFields } from './council-fields.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import {
  type CouncilDetail,
  type CouncilMember,
  councilDetailSchema,
  councilSessionDetailSchema,
  councilSessionListSchema,
  SESSION_COLORS,
  userOptionsSchema,
  viDate,
} from './council-api.ts';
import { councilSessionStatuses } from '@vinhdanh/contracts';

type Dj = ReturnType<typeof isoToDayjs>;

type MemberForm = {
  fullName: string;
  title?: string;
  role: string;
  userId?: number | null;
  fromDate?: Dj;
  toDate?: Dj;
};

export function CouncilView({ id, onChanged }: { id: number; onChanged: () => void }) {
  const { t, enumLabel } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const council = useAsync(
    (signal) => api.get(`/councils/${id}`, { schema: councilDetailSchema, signal }),
    [id],
  );
  const sessions = useAsync(
    (signal) => api.get(`/councils/${id}/sessions`, { schema: councilSessionListSchema, signal }),
    [id],
  );
  const [detail, setDetail] = useState<CouncilDetail>();
  const d = detail ?? council.data;
  const manage = Boolean(d?.abilities.manage);
  const users = useAsync(
    (signal) =>
      manage
        ? api.get(`/councils/${id}/user-options`, { schema: userOptionsSchema, signal })
        : Promise.resolve(undefined),
    [id, manage],
  );
  const [editing, setEditing] = useState<CouncilMember | 'new' | null>(null);
  const [editingCouncil, setEditingCouncil] = useState(false);
  const [newSession, setNewSession] = useState(false);

  if (council.error)
    return <Alert type="error" showIcon title={errorText(council.error)} style={{ marginBottom: 16 }} />;
  if (!d) return <Card loading style={{ marginBottom: 16 }} />;
  const c = d.data;
  const term = c.termFrom || c.termTo ? `${viDate(c.termFrom)} – ${viDate(c.termTo)}` : '';

  return (
    <>
      <Card
        style={{ marginBottom: 16 }}
        title={
          <Space direction="vertical" size={0}>
            <span>{c.name}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {c.unitName}
              {term ? ` · ${t('council.term')}: ${term}` : ''} ·{' '}
              {t('council.memberCount', { n: c.memberCount })}
            </Typography.Text>
          </Space>
        }
        extra={
          manage ? (
            <Space>
              <Button icon={<EditOutlined />} onClick={() => setEditingCouncil(true)}>
                {t('council.edit')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="member-add"
              >
                {t('council.member.add')}
              </Button>
            </Space>
          ) : null
        }
      >
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('council.members')}
        </Typography.Title>
        <Table
          data-testid="council-members"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={c.members}
          columns={[
            { key: 'i', title: 'STT', width: 56, render: (_, __, i) => i + 1 },
            {
              key: 'name',
              title: t('council.member.fullName'),
              render: (_, m) => (
                <Space>
                  <strong>{m.fullName}</strong>
                  {m.id === c.myMemberId ? <Tag color="blue">{t('council.member.you')}</Tag> : null}
                </Space>
              ),
            },
            { key: 'title', dataIndex: 'title', title: t('council.member.title') },
            {
              key: 'role',
              title: t('council.member.role'),
              width: 190,
              render: (_, m) => (
                <Tag color={m.role === 'chair' ? 'red' : m.role === 'member' ? 'default' : 'geekblue'}>
                  {enumLabel(councilMemberRoles, m.role)}
                </Tag>
              ),
            },
            {
              key: 'term',
              title: t('council.term'),
              width: 200,
              render: (_, m) => `${viDate(m.fromDate)} – ${viDate(m.toDate)}`,
            },
            {
              key: 'user',
              title: t('council.member.user'),
              width: 220,
              render: (_, m) =>
                m.userName ?? (
                  <Typography.Text type="secondary">{t('council.member.noUser')}</Typography.Text>
                ),
            },
            ...(manage
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 110,
                    render: (_: unknown, m: CouncilMember) => (
                      <Space>
                        <Button
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={t('common.edit')}
                          onClick={() => setEditing(m)}
                        />
                        <Popconfirm
                          title={t('council.member.removeConfirm')}
                          onConfirm={async () => {
                            try {
                              setDetail(
                                await api.delete(`/councils/${id}/members/${m.id}`, {
                                  schema: councilDetailSchema,
                                }),
                              );
                              message.success(t('common.deleted'));
                            } catch (err) {
                              message.error(errorText(err));
                            }
                          }}
                        >
                          <Button
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('common.delete')}
                          />
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card
        style={{ marginBottom: 16 }}
        title={t('council.sessions')}
        extra={
          manage ? (
            <Button icon={<PlusOutlined />} onClick={() => setNewSession(true)} data-testid="session-create">
              {t('council.session.create')}
            </Button>
          ) : null
        }
      >
        <Table
          data-testid="council-sessions"
          className="vd-clickable-rows"
          rowKey="id"
          size="middle"
          pagination={false}
          loading={sessions.loading}
          dataSource={sessions.data?.data ?? []}
          locale={{ emptyText: sessions.loading ? ' ' : <Empty description={t('council.sessions.empty')} /> }}
          onRow={(s) => ({ onClick: () => navigate(`/council/sessions/${s.id}`) })}
          columns={[
            {
              key: 'title',
              title: t('council.session.title'),
              render: (_, s) => (
                <Link to={`/council/sessions/${s.id}`} onClick={(e) => e.stopPropagation()}>
                  {s.title}
                </Link>
              ),
            },
            {
              key: 'date',
              title: t('council.session.date'),
              width: 130,
              render: (_, s) => viDate(s.sessionDate),
            },
            {
              key: 'status',
              title: t('council.session.status'),
              width: 160,
              render: (_, s) => (
                <Tag color={SESSION_COLORS[s.status]}>{enumLabel(councilSessionStatuses, s.status)}</Tag>
              ),
            },
            { key: 'items', dataIndex: 'itemCount', title: t('council.session.items'), width: 110 },
            {
              key: 'att',
              title: t('council.session.attendance'),
              width: 150,
              render: (_, s) => (s.totalMembers == null ? '' : `${s.presentCount}/${s.totalMembers}`),
            },
            {
              key: 'quorum',
              title: t('council.session.quorum'),
              width: 160,
              render: (_, s) =>
                s.quorumMet == null ? (
                  ''
                ) : s.quorumMet ? (
                  <Tag color="success">{t('council.session.quorumMet')}</Tag>
                ) : (
                  <Tag color="error">{t('council.session.quorumNotMet')}</Tag>
                ),
            },
          ]}
        />
      </Card>

      <ModalForm<MemberForm>
        key={editing === 'new' ? 'new' : (editing?.id ?? 'none')}
        open={editing !== null}
        name="council-member"
        title={editing === 'new' ? t('council.member.add') : t('council.member.edit')}
        onCancel={() => setEditing(null)}
        initialValues={
          editing && editing !== 'new'
            ? {
                fullName: editing.fullName,
                title: editing.title ?? undefined,
                role: editing.role,
                userId: editing.userId,
                fromDate: isoToDayjs(editing.fromDate),
                toDate: isoToDayjs(editing.toDate),
              }
            : { role: 'member' }
        }
        onSubmit={async (v) => {
          const body = {
            fullName: v.fullName,
            title: v.title ?? null,
            role: v.role,
            userId: v.userId ?? null,
            fromDate: dayjsToIso(v.fromDate),
            toDate: dayjsToIso(v.toDate),
          };
          const next =
            editing === 'new'
              ? await api.post(`/councils/${id}/members`, { body, schema: councilDetailSchema })
              : await api.patch(`/councils/${id}/members/${(editing as CouncilMember).id}`, {
                  body,
                  schema: councilDetailSchema,
                });
          setDetail(next);
          setEditing(null);
          message.success(t('common.saved'));
          onChanged();
        }}
      >
        <Form.Item name="fullName" label={t('council.member.fullName')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('council.member.title')}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('council.member.role')} rules={[{ required: true }]}>
          <Select
            options={councilMemberRoles.values.map((r) => ({
              value: r,
              label: enumLabel(councilMemberRoles, r),
            }))}
          />
        </Form.Item>
        <Form.Item name="userId" label={t('council.member.user')} extra={t('council.member.userHint')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={(users.data?.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Space>
          <Form.Item name="fromDate" label={t('council.termFrom')}>
            <DateInput />
          </Form.Item>
          <Form.Item name="toDate" label={t('council.termTo')}>
            <DateInput />
          </Form.Item>
        </Space>
      </ModalForm>

      <ModalForm<{ name: string; termFrom?: Dj; termTo?: Dj }>
        open={editingCouncil}
        name="council-edit"
        title={t('council.edit')}
        onCancel={() => setEditingCouncil(false)}
        initialValues={{ name: c.name, termFrom: isoToDayjs(c.termFrom), termTo: isoToDayjs(c.termTo) }}
        onSubmit={async (v) => {
          setDetail(
            await api.patch(`/councils/${id}`, {
              body: { name: v.name, termFrom: dayjsToIso(v.termFrom), termTo: dayjsToIso(v.termTo) },
              schema: councilDetailSchema,
            }),
          );
          setEditingCouncil(false);
          message.success(t('common.saved'));
          onChanged();
        }}
      >
        <CouncilFields />
      </ModalForm>

      <ModalForm<{ title: string; sessionDate: Dj }>
        open={newSession}
        name="council-session"
        title={t('council.session.create')}
        onCancel={() => setNewSession(false)}
        onSubmit={async (v) => {
          const s = await api.post(`/councils/${id}/sessions`, {
            body: { title: v.title, sessionDate: dayjsToIso(v.sessionDate) },
            schema: councilSessionDetailSchema,
          });
          setNewSession(false);
          navigate(`/council/sessions/${s.data.id}`);
        }}
      >
        <Form.Item name="title" label={t('council.session.title')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="sessionDate" label={t('council.session.date')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
      </ModalForm>
    </>
  );
}
