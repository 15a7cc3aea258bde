import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';

/** The red bin of a table row: asks "Xóa mục này?" before calling `onConfirm`. */
export function ConfirmDeleteButton({ label, onConfirm }: { label: string; onConfirm: () => void }) {
  const { t } = useI18n();
  return (
    <Popconfirm
      title={t('common.confirmDelete')}
      okText={t('common.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
    >
      <Button type="text" danger icon={<DeleteOutlined />} aria-label={label} />
    </Popconfirm>
  );
}

/**
 * A narrow last column holding a row's action buttons, titled for screen readers only. Spread it into
 * `columns` when the user may write: `...(canWrite ? [actionColumn(render)] : [])`.
 */
export function useActionColumn() {
  const { t } = useI18n();
  return <R,>(render: (row: R) => ReactNode, key = 'actions', width = 64) => ({
    key,
    title: <span className="sr-only">{t('common.actions')}</span>,
    width,
    align: 'center' as const,
    render: (_: unknown, row: R) => render(row),
  });
}
