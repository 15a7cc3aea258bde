import { Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { useMaxLength } from '../../components/form-helpers.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import { dayjsToIso } from '../../lib/dates.ts';
import { PARAMETER_KINDS, type ParameterRow, ROUNDING, type ValueKind } from './parameters.model.ts';

interface OverrideValues {
  key: string;
  value: unknown;
  effectiveFrom: Dayjs;
  note?: string;
}

/** The editor's form of a parameter value: JSON text for objects, the value itself otherwise. */
function toEditor(kind: ValueKind | undefined, v: unknown): unknown {
  if (kind === 'json') return JSON.stringify(v ?? null, null, 2);
  if (kind === 'boolean') return Boolean(v);
  return v ?? null;
}

export function OverrideModal({
  open,
  current,
  onClose,
  onSaved,
}: {
  open: boolean;
  current: ParameterRow[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const maxLength = useMaxLength();
  const [form] = Form.useForm<OverrideValues>();
  const key = Form.useWatch('key', form);
  const kind = key ? PARAMETER_KINDS[key] : undefined;
  return (
    <ModalForm<OverrideValues>
      open={open}
      form={form}
      name="override-form"
      title={t('parameters.addOverride')}
      width={620}
      initialValues={{ effectiveFrom: dayjs() }}
      intro={<Typography.Paragraph type="secondary">{t('parameters.overrideIntro')}</Typography.Paragraph>}
      onCancel={onClose}
      onSubmit={async (v) => {
        const k = PARAMETER_KINDS[v.key];
        let value: unknown = v.value;
        if (k === 'json') value = JSON.parse(String(v.value));
        else if ((k === 'nullableNumber' || k === 'monthDay') && (value === undefined || value === ''))
          value = null;
        await api.post('/parameters/overrides', {
          body: {
            key: v.key,
            value,
            effectiveFrom: dayjsToIso(v.effectiveFrom),
            note: v.note?.trim() || null,
          },
        });
        onSaved();
      }}
    >
      <Form.Item
        name="key"
        label={t('parameters.col.parameter')}
        rules={[{ required: true, message: t('validation.chooseOne') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('common.choose')}
          data-testid="override-key"
          onChange={(k: string) => {
            const row = current.find((r) => r.key === k);
            form.setFieldValue('value', toEditor(PARAMETER_KINDS[k], row?.value));
          }}
          options={Object.keys(PARAMETER_KINDS).map((k) => ({
            value: k,
            label: t(`param.${k}` as MessageKey),
          }))}
        />
      </Form.Item>
      <OverrideValueItem kind={kind} />
      <Form.Item
        name="effectiveFrom"
        label={t('units.effectiveDate')}
        rules={[{ required: true, message: t('validation.dateRequired') }]}
      >
        <DateInput />
      </Form.Item>
      <Form.Item name="note" label={t('parameters.noteCitation')} rules={[maxLength(1000)]}>
        <Input.TextArea rows={2} placeholder={t('parameters.notePlaceholder')} />
      </Form.Item>
    </ModalForm>
  );
}

/** The value field, its editor fitted to the chosen parameter's kind; nothing before one is chosen. */
function OverrideValueItem({ kind }: { kind: ValueKind | undefined }) {
  const { t } = useI18n();
  return kind === 'boolean' ? (
    <Form.Item name="value" label={t('parameters.col.value')} valuePropName="checked">
      <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
    </Form.Item>
  ) : kind === 'number' || kind === 'nullableNumber' ? (
    <Form.Item
      name="value"
      label={t('parameters.col.value')}
      extra={kind === 'nullableNumber' ? t('parameters.nullableHint') : undefined}
      rules={
        kind === 'number' ? [{ required: true, type: 'number', message: t('parameters.numberRequired') }] : []
      }
    >
      <InputNumber min={0} style={{ width: 200 }} />
    </Form.Item>
  ) : kind === 'rounding' ? (
    <Form.Item
      name="value"
      label={t('parameters.col.value')}
      rules={[{ required: true, message: t('validation.chooseOne') }]}
    >
      <Select
        options={ROUNDING.map((r) => ({ value: r, label: t(`parameters.rounding.${r}` as MessageKey) }))}
      />
    </Form.Item>
  ) : kind === 'monthDay' ? (
    <Form.Item
      name="value"
      label={t('parameters.col.value')}
      extra={t('parameters.monthDayHint')}
      rules={[
        { pattern: /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, message: t('parameters.monthDayInvalid') },
      ]}
    >
      <Input placeholder="12-10" style={{ width: 200 }} />
    </Form.Item>
  ) : kind === 'json' ? (
    <Form.Item
      name="value"
      label={t('parameters.jsonValue')}
      rules={[
        {
          validator: async (_, v) => {
            JSON.parse(String(v ?? ''));
          },
          message: t('parameters.jsonInvalid'),
        },
      ]}
    >
      <Input.TextArea rows={8} style={{ fontFamily: 'monospace', fontSize: 12 }} spellCheck={false} />
    </Form.Item>
  ) : null;
}
