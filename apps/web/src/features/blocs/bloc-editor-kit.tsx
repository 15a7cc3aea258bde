import { MinusCircleOutlined } from '@ant-design/icons';
import type { blocRoles } from '@vinhdanh/contracts';
import { Button } from 'antd';
import { useState } from 'react';
import { type MessageKey, useI18n } from '../../i18n/index.ts';

export type Role = (typeof blocRoles)[number];
export const roleKey = (r: Role) => `bloc.role.${r}` as MessageKey;

/** A dialog's open state and a key that changes on each opening, so its form starts fresh. */
export function useDialog(): [boolean, number, () => void, () => void] {
  const [state, setState] = useState({ open: false, n: 0 });
  return [
    state.open,
    state.n,
    () => setState((x) => ({ open: true, n: x.n + 1 })),
    () => setState((x) => ({ ...x, open: false })),
  ];
}

/** The red minus that removes one row of a form list. */
export function RemoveRowButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button
      type="text"
      danger
      icon={<MinusCircleOutlined />}
      aria-label={t('common.delete')}
      onClick={onClick}
      style={{ marginTop: 30 }}
    />
  );
}
