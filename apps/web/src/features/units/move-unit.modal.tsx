import type { Unit } from '@vinhdanh/contracts';
import { Form, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { unitOne } from '../../api/schemas.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';

export function MoveUnitModal({
  unit,
  onClose,
  onMoved,
}: {
  unit: Unit | null;
  onClose: () => void;
  onMoved: (unit: Unit) => void;
}) {
  const { t } = useI18n();
  return (
    <ModalForm<{ newParentId: number }>
      open={unit !== null}
      name="unit-move"
      title={t('units.moveTitle', { name: unit?.name ?? '' })}
      okText={t('units.move')}
      onCancel={onClose}
      intro={<Typography.Paragraph type="secondary">{t('units.moveIntro')}</Typography.Paragraph>}
      onSubmit={async ({ newParentId }) => {
        if (!unit) return;
        const res = await api.post(`/units/${unit.id}/move`, {
          body: { newParentId, version: unit.version },
          schema: unitOne,
        });
        onMoved(res.data);
      }}
    >
      <Form.Item
        name="newParentId"
        label={t('units.newParent')}
        rules={[{ required: true, message: t('units.newParentRequired') }]}
      >
        <UnitTreeSelect disabledIds={unit ? [unit.id] : []} autoFocus />
      </Form.Item>
    </ModalForm>
  );
}
