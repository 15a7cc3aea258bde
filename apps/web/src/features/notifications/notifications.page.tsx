import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, List, Segmented } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { NotificationItem } from './notification-item.tsx';
import {
  isInAppLink,
  markRead,
  type Notification,
  NOTIFICATIONS_CHANGED,
  notificationListSchema,
} from './notifications-api.ts';

const PAGE_SIZE = 20;

/** "Thông báo": every notification of the user, newest first, unread ones marked; pages of 20. */
export function NotificationsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const unreadOnly = params.get('unread') === '1';
  const list = useAsync(
    (signal) =>
      api.get('/notifications', {
        query: { page, pageSize: PAGE_SIZE, unread: unreadOnly || undefined },
        schema: notificationListSchema,
        signal,
      }),
    [page, unreadOnly],
  );
  const { reload } = list;

  useEffect(() => {
    window.addEventListener(NOTIFICATIONS_CHANGED, reload);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, reload);
  }, [reload]);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (!v || (k === 'page' && v === '1')) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const open = (n: Notification) => {
    if (!n.readAt) markRead([n.id]).catch((err) => message.error(errorText(err)));
    if (n.link) {
      if (isInAppLink(n.link)) navigate(n.link);
      else window.open(n.link, '_blank', 'noopener');
    }
  };

  const unread = list.data?.unread ?? 0;
  return (
    <>
      <PageHeader
        title={t('notif.title')}
        sub={t('notif.unreadCount', { n: unread })}
        extra={
          <Button
            icon={<CheckOutlined />}
            disabled={unread === 0}
            onClick={() => markRead().catch((err) => message.error(errorText(err)))}
            data-testid="notifications-page-read-all"
          >
            {t('notif.readAll')}
          </Button>
        }
      />
      <Card>
        <Segmented<'all' | 'unread'>
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => update({ unread: v === 'unread' ? '1' : undefined, page: undefined })}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'unread', label: t('notif.unreadOnly') },
          ]}
          style={{ marginBottom: 12 }}
        />
        {list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <List<Notification>
          data-testid="notifications-list"
          loading={list.loading}
          dataSource={list.data?.data ?? []}
          locale={{ emptyText: <Empty description={t('notif.empty')} /> }}
          pagination={
            (list.data?.total ?? 0) > PAGE_SIZE
              ? {
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: list.data?.total ?? 0,
                  showSizeChanger: false,
                  showTotal: (total, [from, to]) => t('common.rangeOfTotal', { from, to, total }),
                  onChange: (p) => update({ page: String(p) }),
                }
              : false
          }
          renderItem={(n) => (
            <List.Item
              style={{ background: n.readAt ? undefined : '#f0f6ff', paddingInline: 12 }}
              actions={[
                ...(n.link
                  ? [
                      <Button key="open" type="link" size="small" onClick={() => open(n)}>
                        {t('notif.open')}
                      </Button>,
                    ]
                  : []),
                ...(!n.readAt
                  ? [
                      <Button
                        key="read"
                        type="link"
                        size="small"
                        onClick={() => markRead([n.id]).catch((err) => message.error(errorText(err)))}
                      >
                        {t('notif.markRead')}
                      </Button>,
                    ]
                  : []),
              ]}
              data-testid="notification-row"
              data-unread={String(!n.readAt)}
            >
              <NotificationItem n={n} />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
