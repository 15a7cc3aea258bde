import {
  type Person,
  type Sex,
  type StaffCategory,
  type personCreateBody,
  sexes,
  staffCategories,
} from '@vinhdanh/contracts';
import { Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { personOne } from '../../api/schemas.ts';
import { DateInput } from '../../components/date-input.tsx';
import { useMaxLength } from '../../components/form-helpers.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/dates.ts';

type CreateBody = z.input<typeof personCreateBody>;

interface Values {
  fullName: string;
  birthDate?: Dayjs;
  sex: Sex;
  ethnicity?: string;
  idNumber?: string;
  position?: string;
  leadershipPost?: string;
  staffCategory: StaffCategory;
  isDirectWorker: boolean;
  unitId: number;
}

/** Adds a person, or edits one when `person` is given (sending its version for optimistic locking). */
export function PersonFormModal({
  open,
  person,
  defaultUnit,
  onClose,
  onSaved,
}: {
  open: boolean;
  person?: Person | null;
  defaultUnit?: { id: number; name: string } | null;
  onClose: () => void;
  onSaved: (person: Person) => void;
}) {
  const { t, enumLabel } = useI18n();
  const maxLength = useMaxLength();
  const initialValues: Partial<Values> = person
    ? {
        fullName: person.fullName,
        birthDate: isoToDayjs(person.birthDate),
        sex: person.sex,
        ethnicity: person.ethnicity ?? '',
        idNumber: person.idNumber ?? '',
        position: person.position ?? '',
        leadershipPost: person.leadershipPost ?? '',
        staffCategory: person.staffCategory,
        isDirectWorker: person.isDirectWorker,
        unitId: person.unitId,
      }
    : {
        sex: 'male',
        ethnicity: t('people.defaultEthnicity'),
        isDirectWorker: false,
        unitId: defaultUnit?.id,
      };
  const known = person ? [{ id: person.unitId, name: person.unitName }] : defaultUnit ? [defaultUnit] : [];

  const onSubmit = async (v: Values) => {
    const body: CreateBody = {
      fullName: v.fullName.trim(),
      birthDate: dayjsToIso(v.birthDate),
      sex: v.sex,
      ethnicity: v.ethnicity?.trim() || null,
      idNumber: v.idNumber?.trim() || null,
      position: v.position?.trim() || null,
      leadershipPost: v.leadershipPost?.trim() || null,
      staffCategory: v.staffCategory,
      isDirectWorker: Boolean(v.isDirectWorker),
      unitId: v.unitId,
    };
    const res = person
      ? await api.patch(`/people/${person.id}`, {
          body: { ...body, version: person.version },
          schema: personOne,
        })
      : await api.post('/people', { body, schema: personOne });
    onSaved(res.data);
  };

  return (
    <ModalForm<Values>
      open={open}
      name="person-form"
      width={720}
      title={person ? t('people.editTitle', { name: person.fullName }) : t('people.createTitle')}
      initialValues={initialValues}
      onCancel={onClose}
      onSubmit={onSubmit}
    >
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item
            name="fullName"
            label={t('people.fullName')}
            rules={[
              { required: true, whitespace: true, message: t('people.fullNameRequired') },
              { min: 2, message: t('people.fullNameTooShort') },
              maxLength(200),
            ]}
          >
            <Input autoFocus autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="birthDate"
            label={t('people.birthDate')}
            rules={[
              {
                validator: (_, value: Dayjs | undefined) =>
                  !value || value.isBefore(dayjs())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('people.birthDateFuture'))),
              },
            ]}
          >
            <DateInput disabledDate={(d) => d.isAfter(dayjs())} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="sex"
            label={t('people.sex')}
            rules={[{ required: true, message: t('people.sexRequired') }]}
          >
            <Radio.Group
              options={sexes.values.map((v) => ({ value: v, label: enumLabel(sexes, v) }))}
              optionType="button"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="ethnicity" label={t('people.ethnicity')} rules={[maxLength(50)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="idNumber"
            label={t('people.idNumber')}
            rules={[{ pattern: /^\d{12}$/, message: t('people.idNumberInvalid') }]}
          >
            <Input inputMode="numeric" maxLength={12} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="position" label={t('people.position')} rules={[maxLength(200)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="leadershipPost" label={t('people.leadershipPost')} rules={[maxLength(200)]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="staffCategory"
            label={t('people.staffCategory')}
            rules={[{ required: true, message: t('people.staffCategoryRequired') }]}
          >
            <Select
              placeholder={t('common.choose')}
              options={staffCategories.values.map((v) => ({
                value: v,
                label: enumLabel(staffCategories, v),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="unitId"
            label={t('people.unit')}
            rules={[{ required: true, message: t('people.unitRequired') }]}
          >
            <UnitTreeSelect knownUnits={known} allowClear={false} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="isDirectWorker" valuePropName="checked" style={{ marginBottom: 0 }}>
        <Checkbox>{t('people.isDirectWorker')}</Checkbox>
      </Form.Item>
    </ModalForm>
  );
}
