import { Card, Empty, Tabs, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import { useI18n } from '../../i18n/index.ts';
import {
  AttachmentsPanel,
  CascadePanel,
  MilestonesPanel,
  OffersPanel,
  TasksBoard,
} from './movement-parts.tsx';
import { type MovementDetail, type movementOne, STATUS_COLORS, statusKey } from './movements-api.ts';

/** The movement's parts in tabs: milestones, tasks, offers, cascade, attachments, child movements. */
export function MovementTabsCard({
  movement: m,
  abilities,
  onChanged,
}: {
  movement: MovementDetail;
  abilities: z.infer<typeof movementOne>['abilities'];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  return (
    <Card>
      <Tabs
        data-testid="movement-tabs"
        items={[
          {
            key: 'milestones',
            label: t('mv.tab.milestones', { n: m.milestones.length }),
            children: (
              <MilestonesPanel movement={m} canEdit={abilities.manageParts === true} onChanged={onChanged} />
            ),
          },
          {
            key: 'tasks',
            label: t('mv.tab.tasks', { n: m.tasks.length }),
            children: (
              <TasksBoard movement={m} canEdit={abilities.manageParts === true} onChanged={onChanged} />
            ),
          },
          {
            key: 'offers',
            label: t('mv.tab.offers', { n: m.offers.length }),
            children: (
              <OffersPanel movement={m} canEdit={abilities.manageParts === true} onChanged={onChanged} />
            ),
          },
          {
            key: 'cascade',
            label: t('mv.tab.cascade'),
            children: <CascadePanel movement={m} />,
          },
          {
            key: 'attachments',
            label: t('mv.tab.attachments', { n: m.attachments.length }),
            children: (
              <AttachmentsPanel
                movement={m}
                canEdit={abilities.manageAttachments === true}
                onChanged={onChanged}
              />
            ),
          },
          {
            key: 'children',
            label: t('mv.tab.children', { n: m.children.length }),
            children: m.children.length ? (
              <ul data-testid="movement-children" style={{ paddingLeft: 20 }}>
                {m.children.map((c) => (
                  <li key={c.id}>
                    <Link to={`/movements/${c.id}`}>{c.name}</Link> — {c.unitName}{' '}
                    <Tag color={STATUS_COLORS[c.status]}>{t(statusKey(c.status))}</Tag>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty description={t('mv.noChildren')} />
            ),
          },
        ]}
      />
    </Card>
  );
}
