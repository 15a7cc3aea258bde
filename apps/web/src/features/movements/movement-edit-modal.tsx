import { App, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/dates.ts';
import { blankToNull } from '../../lib/forms.ts';
import { KINDS, kindKey, type MovementDetail, movementOne } from './movements-api.ts';

interface EditValues {
  name: string;
  kind: MovementDetail['kind'];
  theme: string | null;
  slogan: string | null;
  planNumber: string | null;
  planDate: Dayjs | null;
  issuer: string | null;
  registrationDeadline: Dayjs | null;
}
/** Edits a movement's plan fields (name, kind, plan number and date, issuer, theme, slogan). */
export function MovementEditModal({
  open,
  movement: m,
  onClose,
  onSaved,
}: {
  open: boolean;
  movement: MovementDetail;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <ModalForm<EditValues>
      open={open}
      name="movement-edit"
      title={t('mv.edit')}
      width={680}
      onCancel={onClose}
      initialValues={{
        name: m.name,
        kind: m.kind,
        theme: m.theme,
        slogan: m.slogan,
        planNumber: m.planNumber,
        planDate: isoToDayjs(m.planDate) ?? null,
        issuer: m.issuer,
        registrationDeadline: isoToDayjs(m.registrationDeadline) ?? null,
      }}
      onSubmit={async (v) => {
        const body = blankToNull({
          ...v,
          planDate: dayjsToIso(v.planDate),
          registrationDeadline: dayjsToIso(v.registrationDeadline),
          version: m.version,
        });
        await api.patch(`/movements/${m.id}`, { body, schema: movementOne });
        message.success(t('common.saved'));
        onSaved();
      }}
    >
      <Form.Item name="name" label={t('mv.name')} rules={[{ required: true, min: 3 }]}>
        <Input.TextArea autoSize maxLength={1000} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="kind" label={t('mv.kind')} rules={[{ required: true }]} style={{ flex: 1 }}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))} />
        </Form.Item>
        <Form.Item name="registrationDeadline" label={t('mv.registrationDeadline')} style={{ flex: 1 }}>
          <DateInput />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="planNumber" label={t('mv.planNumber')} style={{ flex: 1 }}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="planDate" label={t('mv.planDate')} style={{ flex: 1 }}>
          <DateInput />
        </Form.Item>
      </Flex>
      <Form.Item name="issuer" label={t('mv.issuer')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="theme" label={t('mv.theme')}>
        <Input.TextArea autoSize maxLength={2000} />
      </Form.Item>
      <Form.Item name="slogan" label={t('mv.slogan')}>
        <Input.TextArea autoSize maxLength={1000} />
      </Form.Item>
    </ModalForm>
  );
}
