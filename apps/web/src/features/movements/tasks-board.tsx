import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { App, Card, Col, Flex, Form, Input, Row, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/dates.ts';
import {
  AddButton,
  DeleteRowButton,
  EditRowButton,
  type PartProps,
  TASK_STATUSES,
  type Task,
  type TaskStatus,
  taskStatusKey,
  usePartAction,
} from './movement-part-kit.tsx';

/* ───────────── Tasks board (todo / doing / done) ───────────── */

interface TaskValues {
  agency: string;
  agencyUnitId: number | null;
  task: string;
  dueDate: Dayjs | null;
  status: TaskStatus;
  note: string | null;
}

export function TasksBoard({ movement: m, canEdit, onChanged }: PartProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const run = usePartAction(onChanged);
  const [editing, setEditing] = useState<Task | 'new' | null>(null);
  const current = editing === 'new' ? null : editing;

  const move = (x: Task, status: TaskStatus) =>
    run(() => api.patch(`/movements/${m.id}/tasks/${x.id}`, { body: { status, version: x.version } }));
  const remove = (x: Task) => run(() => api.delete(`/movements/${m.id}/tasks/${x.id}`), t('common.deleted'));

  return (
    <>
      {canEdit ? (
        <AddButton onClick={() => setEditing('new')} testId="task-add">
          {t('mv.task.add')}
        </AddButton>
      ) : null}
      <Row gutter={16} data-testid="tasks-board">
        {TASK_STATUSES.map((s) => {
          const items = m.tasks.filter((x) => x.status === s);
          return (
            <Col xs={24} md={8} key={s}>
              <section
                aria-label={t(taskStatusKey(s))}
                data-testid={`tasks-column-${s}`}
                style={{ background: '#f5f7fa', borderRadius: 8, padding: 12, minHeight: 160 }}
              >
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {t(taskStatusKey(s))} <Tag>{items.length}</Tag>
                </Typography.Title>
                {items.length === 0 ? (
                  <Typography.Text type="secondary">{t('mv.task.emptyColumn')}</Typography.Text>
                ) : null}
                <Flex vertical gap={8}>
                  {items.map((x) => (
                    <Card key={x.id} size="small" data-testid="task-card">
                      <Typography.Text strong>{x.agency}</Typography.Text>
                      <Typography.Paragraph
                        style={{ margin: '4px 0' }}
                        ellipsis={{ rows: 4, expandable: true }}
                      >
                        {x.task}
                      </Typography.Paragraph>
                      {x.dueDate ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('mv.task.due', { date: formatViDate(x.dueDate) })}
                        </Typography.Text>
                      ) : null}
                      {canEdit ? (
                        <Flex gap={4} justify="space-between" align="center" style={{ marginTop: 8 }}>
                          <Select<TaskStatus>
                            size="small"
                            value={x.status}
                            aria-label={t('mv.task.move')}
                            data-testid="task-move"
                            onChange={(v) => move(x, v)}
                            options={TASK_STATUSES.map((o) => ({ value: o, label: t(taskStatusKey(o)) }))}
                            style={{ width: 140 }}
                          />
                          <span>
                            <EditRowButton onClick={() => setEditing(x)} />
                            <DeleteRowButton onConfirm={() => remove(x)} />
                          </span>
                        </Flex>
                      ) : null}
                    </Card>
                  ))}
                </Flex>
              </section>
            </Col>
          );
        })}
      </Row>
      <ModalForm<TaskValues>
        open={editing !== null}
        name="task"
        title={current ? t('mv.task.edit') : t('mv.task.add')}
        width={640}
        onCancel={() => setEditing(null)}
        initialValues={{
          agency: current?.agency ?? '',
          agencyUnitId: current?.agencyUnitId ?? null,
          task: current?.task ?? '',
          dueDate: isoToDayjs(current?.dueDate) ?? null,
          status: current?.status ?? 'todo',
          note: current?.note ?? null,
        }}
        onSubmit={async (v) => {
          const body = {
            agency: v.agency.trim(),
            agencyUnitId: v.agencyUnitId ?? null,
            task: v.task.trim(),
            dueDate: dayjsToIso(v.dueDate),
            status: v.status,
            note: v.note?.trim() || null,
          };
          if (current)
            await api.patch(`/movements/${m.id}/tasks/${current.id}`, {
              body: { ...body, version: current.version },
            });
          else await api.post(`/movements/${m.id}/tasks`, { body });
          message.success(t('common.saved'));
          setEditing(null);
          onChanged();
        }}
      >
        <Form.Item name="agency" label={t('mv.task.agency')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="agencyUnitId" label={t('mv.task.agencyUnit')}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="task" label={t('mv.task.task')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="dueDate" label={t('mv.task.dueDate')} style={{ flex: 1 }}>
            <DateInput />
          </Form.Item>
          <Form.Item name="status" label={t('mv.task.status')} style={{ flex: 1 }}>
            <Select options={TASK_STATUSES.map((o) => ({ value: o, label: t(taskStatusKey(o)) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="note" label={t('common.note')}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
      </ModalForm>
    </>
  );
}
