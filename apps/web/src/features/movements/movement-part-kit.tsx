import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import type { MovementDetail } from './movements-api.ts';

export interface PartProps {
  movement: MovementDetail;
  canEdit: boolean;
  onChanged: () => void;
}
export type Milestone = MovementDetail['milestones'][number];
export type Task = MovementDetail['tasks'][number];
export type TaskStatus = Task['status'];
export const MILESTONE_KINDS: Milestone['kind'][] = ['launch', 'interim', 'final', 'conference', 'other'];
export const MILESTONE_COLORS: Record<Milestone['kind'], string> = {
  launch: 'blue',
  interim: 'orange',
  final: 'green',
  conference: 'purple',
  other: 'gray',
};
export const TASK_STATUSES: TaskStatus[] = ['todo', 'doing', 'done'];
export const milestoneKindKey = (k: Milestone['kind']) => `mv.milestone.${k}` as MessageKey;
export const taskStatusKey = (s: TaskStatus) => `mv.task.${s}` as MessageKey;

/**
 * Runs one change of a movement part: on success shows `success` (when given) and reloads the movement,
 * on failure shows the error.
 */
export function usePartAction(onChanged: () => void) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return async (action: () => Promise<unknown>, success?: string) => {
    try {
      await action();
      if (success) message.success(success);
      onChanged();
    } catch (err) {
      message.error(errorText(err));
    }
  };
}

/** The small red bin of a part's row, asking before it deletes. */
export function DeleteRowButton({ title, onConfirm }: { title?: string; onConfirm: () => void }) {
  const { t } = useI18n();
  return (
    <Popconfirm title={title ?? t('common.confirmDelete')} onConfirm={onConfirm}>
      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
    </Popconfirm>
  );
}

/** The "add" button above a part's list. */
export function AddButton({
  onClick,
  testId,
  children,
}: {
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Button icon={<PlusOutlined />} onClick={onClick} style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
    </Button>
  );
}

/** The small pencil of a part's row. */
export function EditRowButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button
      size="small"
      type="text"
      icon={<EditOutlined />}
      aria-label={t('common.edit')}
      onClick={onClick}
    />
  );
}
