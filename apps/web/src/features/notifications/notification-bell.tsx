import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { NotificationItem } from './notification-item.tsx';
import {
  isInAppLink,
  markRead,
  type Notification,
  NOTIFICATIONS_CHANGED,
  notificationListSchema,
  unreadCountSchema,
} from './notifications-api.ts';

const POLL_MS = 30_000;

/** The unread count, polled every 30 s, on focus, and whenever notifications are read elsewhere. */
function useUnreadCount(): [number, () => void] {
  const [unread, setUnread] = useState(0);
  const refresh = useCallback(() => {
    if (document.visibilityState === 'hidden') return;
    api.get('/notifications/unread-count', { schema: unreadCountSchema }).then(
      (r) => setUnread(r.unread),
      () => undefined, // A missed poll is not worth a message; the next one will tell.
    );
  }, []);
  useEffect(() => {
    refresh();
    const id = setInterval(refresh, POLL_MS);
    const onChanged = (e: Event) => {
      const n = (e as CustomEvent<unknown>).detail;
      if (typeof n === 'number') setUnread(n);
      else refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener(NOTIFICATIONS_CHANGED, onChanged);
    return () => {
      clearInterval(id);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChanged);
    };
  }, [refresh]);
  return [unread, refresh];
}

/** The bell in the header: unread count, the latest notifications, click to open, mark (all) read. */
export function NotificationBell() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [unread, refresh] = useUnreadCount();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Notification[] | null>(null);

  const load = useCallback(() => {
    api.get('/notifications', { query: { page: 1, pageSize: 8 }, schema: notificationListSchema }).then(
      (r) => setItems(r.data),
      (err: unknown) => {
        setItems([]);
        message.error(errorText(err));
      },
    );
  }, [message, errorText]);

  useEffect(() => {
    if (open) load();
  }, [open, load]);

  const openOne = async (n: Notification) => {
    setOpen(false);
    if (!n.readAt) markRead([n.id]).catch(() => undefined);
    if (n.link) {
      if (isInAppLink(n.link)) navigate(n.link);
      else window.open(n.link, '_blank', 'noopener');
    }
  };

  const readAll = async () => {
    try {
      await markRead();
      load();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const content = (
    <div style={{ width: 380, maxWidth: 'calc(100vw - 32px)' }} data-testid="notifications-popover">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('notif.title')}</Typography.Text>
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          onClick={readAll}
          data-testid="notifications-read-all"
        >
          {t('notif.readAll')}
        </Button>
      </Flex>
      {items === null ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notif.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 420, overflow: 'auto' }}>
          {items.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                onClick={() => openOne(n)}
                data-testid="notification"
                data-kind={n.kind}
                data-unread={String(!n.readAt)}
                style={{
                  display: 'block',
                  width: '100%',
                  textAlign: 'left',
                  padding: '8px 6px',
                  border: 0,
                  borderTop: '1px solid #f0f0f0',
                  background: n.readAt ? 'none' : '#f0f6ff',
                  cursor: 'pointer',
                  font: 'inherit',
                }}
              >
                <NotificationItem n={n} compact />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8, textAlign: 'center' }}>
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="notifications-all">
          {t('notif.seeAll')}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) refresh();
      }}
      content={content}
      arrow={false}
    >
      <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={unread ? t('notif.bellUnread', { n: unread }) : t('notif.bell')}
          data-testid="notification-bell"
          data-unread={unread}
        />
      </Badge>
    </Popover>
  );
}
