import {
  type Unit,
  type UnitKind,
  type UnitLevel,
  type unitCreateBody,
  unitKinds,
  unitLevels,
} from '@vinhdanh/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { unitOne } from '../../api/schemas.ts';
import { DateInput } from '../../components/date-input.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/dates.ts';
import { blankToNull } from '../../lib/forms.ts';

type CreateBody = z.input<typeof unitCreateBody>;

interface Values {
  code?: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  level: UnitLevel;
  validFrom?: Dayjs;
  validTo?: Dayjs;
}

/** The level a new child most likely has, given its parent's. */
const CHILD_LEVEL: Record<UnitLevel, UnitLevel> = {
  province: 'province',
  district: 'commune',
  commune: 'village',
  village: 'village',
};

export type UnitFormTarget = { mode: 'create'; parent: Unit } | { mode: 'edit'; unit: Unit };

export function UnitFormModal({
  target,
  onClose,
  onSaved,
}: {
  target: UnitFormTarget | null;
  onClose: () => void;
  onSaved: (unit: Unit) => void;
}) {
  const { t, enumLabel } = useI18n();
  const editing = target?.mode === 'edit' ? target.unit : null;
  const initialValues: Partial<Values> = editing
    ? {
        code: editing.code ?? '',
        name: editing.name,
        shortName: editing.shortName ?? '',
        kind: editing.kind,
        level: editing.level,
        validFrom: isoToDayjs(editing.validFrom),
        validTo: isoToDayjs(editing.validTo),
      }
    : target?.mode === 'create'
      ? {
          level: CHILD_LEVEL[target.parent.level],
          kind: target.parent.level === 'commune' ? 'village' : undefined,
        }
      : {};

  const onSubmit = async (values: Values) => {
    const body = blankToNull({
      code: values.code?.trim() ?? null,
      name: values.name.trim(),
      shortName: values.shortName?.trim() ?? null,
      kind: values.kind,
      level: values.level,
      validFrom: dayjsToIso(values.validFrom),
      validTo: dayjsToIso(values.validTo),
    });
    const res = editing
      ? await api.patch(`/units/${editing.id}`, {
          body: { ...body, version: editing.version },
          schema: unitOne,
        })
      : await api.post('/units', {
          body: {
            ...body,
            parentId: target?.mode === 'create' ? target.parent.id : null,
          } satisfies CreateBody,
          schema: unitOne,
        });
    onSaved(res.data);
  };

  return (
    <ModalForm<Values>
      open={target !== null}
      name="unit-form"
      title={
        editing
          ? t('units.editTitle', { name: editing.name })
          : t('units.createTitle', { parent: target?.mode === 'create' ? target.parent.name : '' })
      }
      initialValues={initialValues}
      onCancel={onClose}
      onSubmit={onSubmit}
      width={640}
    >
      <Form.Item
        name="name"
        label={t('units.name')}
        rules={[
          { required: true, whitespace: true, message: t('units.nameRequired') },
          { min: 2, message: t('units.nameTooShort') },
          { max: 300, message: t('validation.maxLength', { max: 300 }) },
        ]}
      >
        <Input autoFocus />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="shortName"
            label={t('units.shortName')}
            rules={[{ max: 100, message: t('validation.maxLength', { max: 100 }) }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="code"
            label={t('units.code')}
            rules={[{ max: 50, message: t('validation.maxLength', { max: 50 }) }]}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="kind"
            label={t('units.kind')}
            rules={[{ required: true, message: t('units.kindRequired') }]}
          >
            <Select
              options={unitKinds.values.map((v) => ({ value: v, label: enumLabel(unitKinds, v) }))}
              placeholder={t('common.choose')}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="level"
            label={t('units.level')}
            rules={[{ required: true, message: t('units.levelRequired') }]}
          >
            <Select
              options={unitLevels.values.map((v) => ({ value: v, label: enumLabel(unitLevels, v) }))}
              placeholder={t('common.choose')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="validFrom" label={t('units.validFrom')}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="validTo"
            label={t('units.validTo')}
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | undefined) => {
                  const from = getFieldValue('validFrom') as Dayjs | undefined;
                  return !value || !from || !value.isBefore(from, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('validation.endBeforeStart')));
                },
              }),
            ]}
          >
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
    </ModalForm>
  );
}
