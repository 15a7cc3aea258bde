import { EditOutlined, KeyOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { type User, roleLabels } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { userOne, userPage } from '../../api/schemas.ts';
import { useSession } from '../../app/session.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { passwordRules, UserFormModal } from './user-form.modal.tsx';

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t, pick } = useI18n();
  const { can, me } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const [editing, setEditing] = useState<User | null | 'new'>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const canWrite = can('user.write');

  const list = useAsync(
    (signal) =>
      api.get('/users', {
        query: { q: q || undefined, page, pageSize: PAGE_SIZE },
        schema: userPage,
        signal,
      }),
    [q, page],
  );

  const setPage = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    setParams(next, { replace: true });
  };

  const toggleActive = async (u: User) => {
    try {
      await api.patch(`/users/${u.id}`, {
        body: { isActive: !u.isActive, version: u.version },
        schema: userOne,
      });
      message.success(u.isActive ? t('users.deactivated') : t('users.activated'));
      list.reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          canWrite ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="user-create"
            >
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Input
          prefix={<SearchOutlined aria-hidden />}
          allowClear
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
          placeholder={t('users.searchPlaceholder')}
          aria-label={t('users.search')}
          data-testid="users-search"
          style={{ width: 360, maxWidth: '100%', marginBottom: 16 }}
        />
        {list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<User>
          rowKey="id"
          data-testid="users-table"
          loading={list.loading}
          dataSource={list.data?.data ?? []}
          locale={{ emptyText: list.loading ? ' ' : <Empty description={t('users.empty')} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total, [from, to]) => t('common.rangeOfTotal', { from, to, total }),
          }}
          scroll={{ x: 900 }}
          columns={[
            {
              key: 'user',
              title: t('users.user'),
              render: (_, u) => (
                <>
                  <Typography.Text strong>{u.displayName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {u.username}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'grants',
              title: t('users.grants'),
              render: (_, u) =>
                u.grants.length === 0 ? (
                  <Typography.Text type="secondary">{t('users.noGrants')}</Typography.Text>
                ) : (
                  <Flex vertical gap={4}>
                    {u.grants.map((g) => (
                      <span key={g.id}>
                        <Tag color="blue">{pick(roleLabels[g.role])}</Tag>
                        {g.unitName}
                      </span>
                    ))}
                  </Flex>
                ),
            },
            {
              key: 'status',
              title: t('users.status'),
              width: 140,
              render: (_, u) =>
                u.isActive ? (
                  <Tag color="green">{t('users.statusActive')}</Tag>
                ) : (
                  <Tag>{t('users.statusInactive')}</Tag>
                ),
            },
            {
              key: 'created',
              title: t('users.createdAt'),
              width: 120,
              render: (_, u) => formatViDate(u.createdAt),
            },
            ...(canWrite
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 390,
                    render: (_: unknown, u: User) => (
                      <Space size={4} wrap>
                        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(u)}>
                          {t('common.edit')}
                        </Button>
                        <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
                          {t('users.resetPassword')}
                        </Button>
                        {u.id === me?.id ? null : (
                          <Popconfirm
                            title={u.isActive ? t('users.confirmDeactivate') : t('users.confirmActivate')}
                            okText={t('common.confirm')}
                            cancelText={t('common.cancel')}
                            onConfirm={() => toggleActive(u)}
                          >
                            <Button size="small" danger={u.isActive}>
                              {u.isActive ? t('users.deactivate') : t('users.activate')}
                            </Button>
                          </Popconfirm>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <UserFormModal
        open={editing !== null}
        user={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          message.success(t('common.saved'));
          list.reload();
        }}
      />
      <ModalForm<{ password: string }>
        open={resetting !== null}
        name="reset-password"
        title={t('users.resetTitle', { name: resetting?.username ?? '' })}
        intro={<Typography.Paragraph type="secondary">{t('users.resetIntro')}</Typography.Paragraph>}
        onCancel={() => setResetting(null)}
        onSubmit={async ({ password }) => {
          if (!resetting) return;
          await api.patch(`/users/${resetting.id}`, {
            body: { password, version: resetting.version },
            schema: userOne,
          });
          setResetting(null);
          message.success(t('users.passwordReset'));
          list.reload();
        }}
      >
        <Form.Item
          name="password"
          label={t('password.new')}
          extra={t('password.rule')}
          rules={passwordRules(t, true)}
        >
          <Input.Password autoFocus autoComplete="new-password" />
        </Form.Item>
      </ModalForm>
    </>
  );
}
