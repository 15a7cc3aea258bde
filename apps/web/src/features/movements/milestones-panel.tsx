import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { App, Empty, Flex, Form, Input, Select, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/dates.ts';
import {
  AddButton,
  DeleteRowButton,
  EditRowButton,
  MILESTONE_COLORS,
  MILESTONE_KINDS,
  type Milestone,
  milestoneKindKey,
  type PartProps,
  usePartAction,
} from './movement-part-kit.tsx';
import { formatPrecise, PRECISIONS, precisionKey } from './movements-api.ts';

/* ───────────── Milestones (sơ kết, tổng kết …) ───────────── */

interface MilestoneValues {
  kind: Milestone['kind'];
  label: string;
  dueDate: Dayjs | null;
  duePrecision: Milestone['duePrecision'];
  doneDate: Dayjs | null;
}

export function MilestonesPanel({ movement: m, canEdit, onChanged }: PartProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const run = usePartAction(onChanged);
  const [editing, setEditing] = useState<Milestone | 'new' | null>(null);
  const sorted = [...m.milestones].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const current = editing === 'new' ? null : editing;

  const remove = (x: Milestone) =>
    run(() => api.delete(`/movements/${m.id}/milestones/${x.id}`), t('common.deleted'));

  return (
    <>
      {canEdit ? (
        <AddButton onClick={() => setEditing('new')} testId="milestone-add">
          {t('mv.milestone.add')}
        </AddButton>
      ) : null}
      {sorted.length === 0 ? (
        <Empty description={t('mv.milestone.empty')} />
      ) : (
        <Timeline
          data-testid="milestone-timeline"
          items={sorted.map((x) => ({
            key: x.id,
            color: x.doneDate ? 'green' : MILESTONE_COLORS[x.kind],
            content: (
              <Flex justify="space-between" gap={12} wrap>
                <div>
                  <Tag color={MILESTONE_COLORS[x.kind]}>{t(milestoneKindKey(x.kind))}</Tag>
                  <Typography.Text strong>{x.label}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary">
                      {x.dueDate
                        ? t('mv.milestone.due', { date: formatPrecise(x.dueDate, x.duePrecision) })
                        : t('mv.milestone.noDate')}
                      {x.doneDate ? ` · ${t('mv.milestone.done', { date: formatViDate(x.doneDate) })}` : ''}
                    </Typography.Text>
                  </div>
                </div>
                {canEdit ? (
                  <Flex gap={4}>
                    <EditRowButton onClick={() => setEditing(x)} />
                    <DeleteRowButton onConfirm={() => remove(x)} />
                  </Flex>
                ) : null}
              </Flex>
            ),
          }))}
        />
      )}
      <ModalForm<MilestoneValues>
        open={editing !== null}
        name="milestone"
        title={current ? t('mv.milestone.edit') : t('mv.milestone.add')}
        onCancel={() => setEditing(null)}
        initialValues={{
          kind: current?.kind ?? 'interim',
          label: current?.label ?? '',
          dueDate: isoToDayjs(current?.dueDate) ?? null,
          duePrecision: current?.duePrecision ?? 'day',
          doneDate: isoToDayjs(current?.doneDate) ?? null,
        }}
        onSubmit={async (v) => {
          const body = {
            kind: v.kind,
            label: v.label.trim(),
            dueDate: dayjsToIso(v.dueDate),
            duePrecision: v.dueDate ? v.duePrecision : null,
            doneDate: dayjsToIso(v.doneDate),
          };
          if (current)
            await api.patch(`/movements/${m.id}/milestones/${current.id}`, {
              body: { ...body, version: current.version },
            });
          else await api.post(`/movements/${m.id}/milestones`, { body });
          message.success(t('common.saved'));
          setEditing(null);
          onChanged();
        }}
      >
        <Flex gap={12}>
          <Form.Item
            name="kind"
            label={t('mv.milestone.kind')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <Select options={MILESTONE_KINDS.map((k) => ({ value: k, label: t(milestoneKindKey(k)) }))} />
          </Form.Item>
          <Form.Item name="duePrecision" label={t('mv.precision')} style={{ flex: 1 }}>
            <Select options={PRECISIONS.map((p) => ({ value: p, label: t(precisionKey(p)) }))} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="label"
          label={t('mv.milestone.label')}
          rules={[{ required: true, whitespace: true, message: t('mv.milestone.labelRequired') }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="dueDate" label={t('mv.milestone.dueDate')} style={{ flex: 1 }}>
            <DateInput />
          </Form.Item>
          <Form.Item name="doneDate" label={t('mv.milestone.doneDate')} style={{ flex: 1 }}>
            <DateInput />
          </Form.Item>
        </Flex>
      </ModalForm>
    </>
  );
}
