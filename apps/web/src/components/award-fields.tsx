import {
  type AwardKind,
  type awardBody,
  awardKinds,
  type IssuerLevel,
  issuerLevels,
} from '@vinhdanh/contracts';
import { AutoComplete, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { useI18n } from '../i18n/index.ts';
import { dayjsToIso } from '../lib/dates.ts';
import { DateInput } from './date-input.tsx';
import { useMaxLength } from './form-helpers.ts';

/** What the award form holds, for a person or a collective. */
export interface AwardValues {
  code: string;
  kind: AwardKind;
  year: number;
  decisionNo?: string;
  decisionDate?: Dayjs;
  issuer?: string;
  issuerLevel: IssuerLevel;
}

/** A new award starts as a regular one of last year. */
export function awardInitialValues(): Partial<AwardValues> {
  return { kind: 'regular', year: new Date().getFullYear() - 1 };
}

/** The POST body of `/people/:id/awards` and `/units/:id/awards`. */
export function awardBodyOf(v: AwardValues): z.input<typeof awardBody> {
  return {
    code: v.code.trim().toUpperCase(),
    kind: v.kind,
    year: v.year,
    decisionNo: v.decisionNo?.trim() || null,
    decisionDate: dayjsToIso(v.decisionDate),
    issuer: v.issuer?.trim() || null,
    issuerLevel: v.issuerLevel,
  };
}

/** The award cell of a table: its name, anything `children` adds, then "CODE · kind" underneath. */
export function AwardCode({
  name,
  code,
  kind,
  children,
}: {
  name: ReactNode;
  code: string;
  kind: AwardKind;
  children?: ReactNode;
}) {
  const { enumLabel } = useI18n();
  return (
    <>
      {name}
      {children}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {code} · {enumLabel(awardKinds, kind)}
      </Typography.Text>
    </>
  );
}

/** Fields of the award form; `codeSpan` is the width (of 24) of the code beside the year. */
export function AwardFields({
  codeOptions,
  codeSpan,
  autoFocus,
}: {
  codeOptions: Array<{ value: string; label: string }>;
  codeSpan: number;
  autoFocus?: boolean;
}) {
  const { t, enumLabel } = useI18n();
  const maxLength = useMaxLength();
  return (
    <>
      <Row gutter={16}>
        <Col span={codeSpan}>
          <Form.Item
            name="code"
            label={t('person.award.code')}
            rules={[
              { required: true, whitespace: true, message: t('person.award.codeRequired') },
              { min: 2, max: 30, message: t('person.award.codeLength') },
            ]}
          >
            <AutoComplete
              autoFocus={autoFocus}
              options={codeOptions}
              showSearch={{
                filterOption: (input, option) =>
                  String(option?.label ?? '')
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
        </Col>
        <Col span={24 - codeSpan}>
          <Form.Item
            name="year"
            label={t('person.award.year')}
            rules={[{ required: true, type: 'integer', min: 1975, max: 2100, message: t('validation.year') }]}
          >
            <InputNumber min={1975} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="kind"
        label={t('person.award.kind')}
        rules={[{ required: true, message: t('validation.chooseOne') }]}
      >
        <Select options={awardKinds.values.map((v) => ({ value: v, label: enumLabel(awardKinds, v) }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="decisionNo" label={t('common.decisionNo')} rules={[maxLength(100)]}>
            <Input placeholder={t('units.decisionNoPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="decisionDate" label={t('person.award.decisionDate')}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="issuer" label={t('person.award.issuer')} rules={[maxLength(300)]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="issuerLevel"
        label={t('person.award.issuerLevel')}
        rules={[{ required: true, message: t('validation.chooseOne') }]}
      >
        <Select
          placeholder={t('common.choose')}
          options={issuerLevels.values.map((v) => ({ value: v, label: enumLabel(issuerLevels, v) }))}
        />
      </Form.Item>
    </>
  );
}
