import type { Unit } from '@vinhdanh/contracts';
import { Alert, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import { unitOne } from '../../api/schemas.ts';
import { DateInput } from '../../components/date-input.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso } from '../../lib/dates.ts';

interface Values {
  sourceIds: number[];
  effectiveDate: Dayjs;
  decisionNo?: string;
  note?: string;
}

/** Merges other units into `target` (the 2025 reorganisation): their people and history follow it. */
export function MergeUnitsModal({
  target,
  onClose,
  onMerged,
}: {
  target: Unit | null;
  onClose: () => void;
  onMerged: (unit: Unit) => void;
}) {
  const { t } = useI18n();
  return (
    <ModalForm<Values>
      open={target !== null}
      name="unit-merge"
      width={640}
      title={t('units.mergeTitle', { name: target?.name ?? '' })}
      okText={t('units.merge')}
      okDanger
      onCancel={onClose}
      intro={<Alert type="warning" showIcon title={t('units.mergeIntro')} style={{ marginBottom: 16 }} />}
      onSubmit={async (v) => {
        if (!target) return;
        const res = await api.post('/units/merge', {
          body: {
            sourceIds: v.sourceIds,
            targetId: target.id,
            effectiveDate: dayjsToIso(v.effectiveDate),
            decisionNo: v.decisionNo?.trim() || null,
            note: v.note?.trim() || null,
          },
          schema: unitOne,
        });
        onMerged(res.data);
      }}
    >
      <Form.Item
        name="sourceIds"
        label={t('units.mergeSources')}
        rules={[{ required: true, type: 'array', min: 1, message: t('units.mergeSourcesRequired') }]}
      >
        <UnitTreeSelect multiple disabledIds={target ? [target.id] : []} />
      </Form.Item>
      <Form.Item
        name="effectiveDate"
        label={t('units.effectiveDate')}
        rules={[{ required: true, message: t('units.effectiveDateRequired') }]}
      >
        <DateInput />
      </Form.Item>
      <Form.Item
        name="decisionNo"
        label={t('units.decisionNo')}
        rules={[{ max: 100, message: t('validation.maxLength', { max: 100 }) }]}
      >
        <Input placeholder={t('units.decisionNoPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('common.note')}
        rules={[{ max: 1000, message: t('validation.maxLength', { max: 1000 }) }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </ModalForm>
  );
}
