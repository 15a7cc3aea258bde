import {
  ApartmentOutlined,
  DragOutlined,
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { type Unit, unitKinds, unitLevels } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import type { z } from 'zod';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { unitOne } from '../../api/schemas.ts';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/index.ts';
import { type AsyncState, useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { EligibilitySection } from '../eligibility/eligibility.page.tsx';
import type { UnitActions } from './unit-actions.tsx';
import { UnitHistory } from './unit-history.tsx';
import { isInactive } from './unit-status.ts';

/** The right panel: a prompt to pick a unit, or the picked unit's facts, actions and records. */
export function UnitDetailPanel({
  selectedId,
  detail,
  actions,
  onSelect,
}: {
  selectedId: number | null;
  detail: AsyncState<z.infer<typeof unitOne> | null>;
  actions: UnitActions;
  onSelect: (id: number) => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  return !selectedId ? (
    <Card>
      <Empty
        image={<ApartmentOutlined style={{ fontSize: 48, color: '#bfbfbf' }} />}
        description={t('units.pick')}
      />
    </Card>
  ) : detail.error ? (
    <Alert type="error" showIcon title={errorText(detail.error)} />
  ) : !detail.data ? (
    <Card>
      <Skeleton active />
    </Card>
  ) : (
    <>
      <UnitDetail
        unit={detail.data.data}
        abilities={detail.data.abilities}
        onCreateChild={() => actions.createChild(detail.data!.data)}
        onEdit={() => actions.edit(detail.data!.data)}
        onMove={() => actions.move(detail.data!.data)}
        onMerge={() => actions.merge(detail.data!.data)}
        onSelect={onSelect}
      />
      <UnitRecords unitId={detail.data.data.id} />
    </>
  );
}

/** A linked unit (parent, successor); one outside the actor's scope is named as such, not linked. */
function UnitName({ id, onSelect }: { id: number; onSelect: (id: number) => void }) {
  const { t } = useI18n();
  const { data, loading } = useAsync(
    (signal) =>
      api.get(`/units/${id}`, { schema: unitOne, signal }).then(
        (r) => r.data.name,
        () => null,
      ),
    [id],
  );
  if (loading && data === undefined) return <>…</>;
  if (!data) return <Typography.Text type="secondary">{t('units.outOfScope')}</Typography.Text>;
  return (
    <a
      href={`?id=${id}`}
      onClick={(e) => {
        e.preventDefault();
        onSelect(id);
      }}
    >
      {data}
    </a>
  );
}

function UnitDetail({
  unit,
  abilities,
  onCreateChild,
  onEdit,
  onMove,
  onMerge,
  onSelect,
}: {
  unit: Unit;
  abilities: Record<string, boolean>;
  onCreateChild: () => void;
  onEdit: () => void;
  onMove: () => void;
  onMerge: () => void;
  onSelect: (id: number) => void;
}) {
  const { t, enumLabel } = useI18n();
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Card
      data-testid="unit-detail"
      title={
        <Flex align="center" gap={8} wrap>
          <span>{unit.name}</span>
          {isInactive(unit) ? <Tag>{t('units.inactive')}</Tag> : <Tag color="green">{t('units.active')}</Tag>}
        </Flex>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        {abilities.createChild ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={onCreateChild}
            data-testid="unit-create-child"
          >
            {t('units.createChild')}
          </Button>
        ) : null}
        {abilities.update ? (
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="unit-edit">
            {t('common.edit')}
          </Button>
        ) : null}
        {abilities.move ? (
          <Button icon={<DragOutlined />} onClick={onMove} data-testid="unit-move">
            {t('units.move')}
          </Button>
        ) : null}
        {abilities.merge ? (
          <Button icon={<MergeCellsOutlined />} onClick={onMerge} data-testid="unit-merge">
            {t('units.mergeInto')}
          </Button>
        ) : null}
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'name', label: t('units.name'), children: unit.name, span: 2 },
          { key: 'short', label: t('units.shortName'), children: unit.shortName ?? none },
          { key: 'code', label: t('units.code'), children: unit.code ?? none },
          { key: 'kind', label: t('units.kind'), children: enumLabel(unitKinds, unit.kind) },
          { key: 'level', label: t('units.level'), children: enumLabel(unitLevels, unit.level) },
          {
            key: 'parent',
            label: t('units.parent'),
            children: unit.parentId ? <UnitName id={unit.parentId} onSelect={onSelect} /> : none,
          },
          { key: 'children', label: t('units.childCount'), children: unit.childCount },
          { key: 'from', label: t('units.validFrom'), children: formatViDate(unit.validFrom) || none },
          { key: 'to', label: t('units.validTo'), children: formatViDate(unit.validTo) || none },
          {
            key: 'successor',
            label: t('units.successor'),
            span: 2,
            children: unit.successorId ? <UnitName id={unit.successorId} onSelect={onSelect} /> : none,
          },
        ]}
      />
      <Flex gap={16} style={{ marginTop: 16 }}>
        <Link to={`/people?unitId=${unit.id}`}>{t('units.viewPeople')}</Link>
      </Flex>
    </Card>
  );
}

/** Below the unit's facts: its emulation history and, for readers of eligibility, its award eligibility. */
function UnitRecords({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <Card style={{ marginTop: 16 }} data-testid="unit-records">
      <Tabs
        items={[
          {
            key: 'history',
            label: <span data-testid="unit-tab-history">{t('unitHistory.title')}</span>,
            children: <UnitHistory unitId={unitId} canWrite={can('record.write')} />,
          },
          ...(can('eligibility.read')
            ? [
                {
                  key: 'eligibility',
                  label: <span data-testid="unit-tab-eligibility">{t('person.tab.eligibility')}</span>,
                  children: <EligibilitySection kind="unit" id={unitId} />,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
