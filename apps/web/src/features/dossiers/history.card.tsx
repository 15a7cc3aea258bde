import { dossierActions, dossierStatuses } from '@vinhdanh/contracts';
import { Card, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import {
  type Dossier,
  type DossierAction,
  type DossierEvent,
  type DossierStatus,
  formatViMinute,
  STATUS_COLORS,
} from './dossiers-api.ts';

/** Events that are not workflow steps (the server's own names), with their label. */
const OTHER_ACTIONS: Record<string, MessageKey> = {
  create: 'dossier.event.create',
  update: 'dossier.event.update',
  add_nominees: 'dossier.event.add_nominees',
  remove_nominee: 'dossier.event.remove_nominee',
  appraise: 'dossier.event.appraise',
  reverify: 'dossier.event.reverify',
  generate: 'dossier.event.generate',
  upload: 'dossier.event.upload',
};

const isStatus = (s: string | null): s is DossierStatus =>
  s !== null && (dossierStatuses.values as readonly string[]).includes(s);

/** Every hand-off of the dossier, newest first: who, what, from which state to which, to whom, why. */
export function HistoryCard({ dossier: d }: { dossier: Dossier }) {
  const { t, enumLabel } = useI18n();
  const events = [...d.events].reverse();
  const actionLabel = (e: DossierEvent) => {
    if ((dossierActions.values as readonly string[]).includes(e.action))
      return enumLabel(dossierActions, e.action as DossierAction);
    const key = OTHER_ACTIONS[e.action];
    return key ? t(key) : e.action;
  };
  return (
    <Card size="small" title={t('dossier.history')} style={{ marginBottom: 16 }}>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dossier.history.empty')} />
      ) : (
        <Timeline
          data-testid="dossier-history"
          items={events.map((e) => ({
            key: e.id,
            color: e.action === 'return' ? 'red' : e.toStatus === 'appraised' ? 'green' : 'blue',
            content: (
              <div data-testid="history-event" data-action={e.action}>
                <Flex gap={6} align="center" wrap>
                  <Typography.Text strong>{actionLabel(e)}</Typography.Text>
                  {isStatus(e.fromStatus) && isStatus(e.toStatus) && e.fromStatus !== e.toStatus ? (
                    <span style={{ fontSize: 12 }}>
                      <Tag color={STATUS_COLORS[e.fromStatus]} style={{ marginInlineEnd: 4 }}>
                        {enumLabel(dossierStatuses, e.fromStatus)}
                      </Tag>
                      →{' '}
                      <Tag color={STATUS_COLORS[e.toStatus]} style={{ marginInlineEnd: 0 }}>
                        {enumLabel(dossierStatuses, e.toStatus)}
                      </Tag>
                    </span>
                  ) : !e.fromStatus && isStatus(e.toStatus) ? (
                    <Tag color={STATUS_COLORS[e.toStatus]} style={{ marginInlineEnd: 0 }}>
                      {enumLabel(dossierStatuses, e.toStatus)}
                    </Tag>
                  ) : null}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {formatViMinute(e.at)} · {e.actorName}
                  {e.toUserName || e.toUnitName
                    ? ` → ${[e.toUserName, e.toUnitName].filter(Boolean).join(', ')}`
                    : ''}
                </Typography.Text>
                {e.note ? (
                  <Typography.Paragraph
                    style={{
                      margin: '4px 0 0',
                      padding: '4px 8px',
                      background: e.action === 'return' ? '#fff1f0' : '#f6f8fa',
                      borderRadius: 4,
                      whiteSpace: 'pre-wrap',
                    }}
                    data-testid="history-note"
                  >
                    {e.note}
                  </Typography.Paragraph>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
