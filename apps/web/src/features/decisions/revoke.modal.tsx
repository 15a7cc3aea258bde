import { revocationGrounds } from '@vinhdanh/contracts';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso } from '../../lib/dates.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { type Decision, type DecisionAwardee, decisionDetailSchema } from './decisions-api.ts';

/** Revokes one award by a revocation decision of the original issuer (Law Art. 93). */
export function RevokeModal({
  decision,
  awardee,
  onClose,
  onDone,
}: {
  decision: Decision;
  awardee: DecisionAwardee;
  onClose: () => void;
  onDone: (revocationId: number) => void;
}) {
  const { t, enumLabel } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const required = [{ required: true, whitespace: true, message: t('revoke.required') }];

  async function submit() {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const res = await api.post(`/decision-awards/${awardee.id}/revoke`, {
        body: {
          issuerUnitId: decision.issuer.id,
          ground: v.ground,
          note: v.note,
          decisionDate: dayjsToIso(v.decisionDate),
          signerName: v.signerName,
          signerTitle: v.signerTitle,
        },
        schema: decisionDetailSchema,
      });
      message.success(t('revoke.done', { number: res.data.number ?? '' }));
      onDone(res.data.id);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      width={640}
      title={t('revoke.title', { name: awardee.name })}
      okText={t('revoke.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon message={t('revoke.intro')} style={{ marginBottom: 16 }} />
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          decisionDate: dayjs(),
          signerName: decision.signerName,
          signerTitle: decision.signerTitle,
        }}
      >
        <Form.Item name="ground" label={t('revoke.ground')} rules={required}>
          <Select
            options={revocationGrounds.values.map((g) => ({
              value: g,
              label: enumLabel(revocationGrounds, g),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('revoke.note')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="decisionDate"
          label={t('decision.date')}
          rules={[{ required: true, message: t('revoke.required') }]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item name="signerName" label={t('decision.signerName')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('decision.signerTitle')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
