import {
  BellOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  RollbackOutlined,
  SendOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatViMinute } from '../dossiers/dossiers-api.ts';
import type { Notification } from './notifications-api.ts';

const ICONS: Record<string, ReactNode> = {
  'dossier.submitted': <SendOutlined style={{ color: '#1d4f91' }} />,
  'dossier.returned': <RollbackOutlined style={{ color: '#cf1322' }} />,
  'dossier.assigned': <UserSwitchOutlined style={{ color: '#531dab' }} />,
  'dossier.appraised': <CheckCircleOutlined style={{ color: '#389e0d' }} />,
  'dossier.due_soon': <ClockCircleOutlined style={{ color: '#d46b08' }} />,
  'dossier.overdue': <ExclamationCircleOutlined style={{ color: '#cf1322' }} />,
};

/** One notification: its kind's icon, title (bold while unread), body and time. */
export function NotificationItem({ n, compact }: { n: Notification; compact?: boolean }) {
  return (
    <Flex gap={10} align="flex-start" style={{ minWidth: 0 }}>
      <span aria-hidden style={{ fontSize: 16, lineHeight: '22px' }}>
        {ICONS[n.kind] ?? <BellOutlined />}
      </span>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong={!n.readAt} style={{ display: 'block' }}>
          {n.title}
        </Typography.Text>
        {n.body ? (
          <Typography.Paragraph
            type="secondary"
            style={{ margin: 0, fontSize: 12 }}
            ellipsis={compact ? { rows: 2 } : false}
          >
            {n.body}
          </Typography.Paragraph>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatViMinute(n.createdAt)}
        </Typography.Text>
      </div>
      {!n.readAt ? (
        <span
          aria-hidden
          style={{ width: 8, height: 8, borderRadius: 4, background: '#1677ff', marginTop: 8, flex: 'none' }}
        />
      ) : null}
    </Flex>
  );
}
