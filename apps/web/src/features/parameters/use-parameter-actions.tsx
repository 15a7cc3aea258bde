import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { ConfirmDeleteButton, useActionColumn } from '../../components/confirm-delete.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';

export type Adding = 'override' | 'salary' | 'day';

/** What the cards share: the delete button, the action column and the "add" buttons, all only for writers. */
export interface ParameterActions {
  del: (path: string, name: string) => ReactNode;
  actionCol: <R>(render: (r: R) => ReactNode) => {
    key: string;
    title: ReactNode;
    width: number;
    align: 'center';
    render: (_: unknown, row: R) => ReactNode;
  }[];
  addButton: (what: Adding, testId: string, text: string, primary?: boolean) => ReactNode;
}

export function useParameterActions(reload: () => void) {
  const { t } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const actionColumn = useActionColumn();
  const canWrite = can('parameter.write');
  const [adding, setAdding] = useState<null | Adding>(null);

  const remove = async (path: string) => {
    try {
      await api.delete(path);
      message.success(t('common.deleted'));
      reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const saved = () => {
    setAdding(null);
    message.success(t('common.saved'));
    reload();
  };
  const del = (path: string, name: string) => (
    <ConfirmDeleteButton label={`${t('common.delete')}: ${name}`} onConfirm={() => remove(path)} />
  );
  const actionCol = <R,>(render: (r: R) => ReactNode) => (canWrite ? [actionColumn<R>(render)] : []);
  const addButton = (what: Adding, testId: string, text: string, primary?: boolean) =>
    canWrite ? (
      <Button
        type={primary ? 'primary' : undefined}
        icon={<PlusOutlined />}
        onClick={() => setAdding(what)}
        data-testid={testId}
      >
        {text}
      </Button>
    ) : null;

  return { adding, setAdding, saved, actions: { del, actionCol, addButton } as ParameterActions };
}
