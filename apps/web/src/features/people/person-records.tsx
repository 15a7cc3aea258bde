import {
  type PersonDetail,
  type disciplineBody,
  disciplineLevels,
  type initiativeBody,
  initiativeKinds,
  type leaveBody,
  leaveKinds,
  recognitionLevels,
} from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Col, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import { DateInput } from '../../components/date-input.tsx';
import { useMaxLength } from '../../components/form-helpers.ts';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso } from '../../lib/dates.ts';
import { DateRangeFields, type TabProps } from './record-fields.tsx';
import { RecordTab } from './record-tab.tsx';

type Discipline = PersonDetail['disciplines'][number];
type Initiative = PersonDetail['initiatives'][number];
type Leave = PersonDetail['leaves'][number];

export function DisciplinesTab({ person, canWrite, onChanged }: TabProps) {
  const { t, enumLabel } = useI18n();
  const maxLength = useMaxLength();
  type V = {
    level: Discipline['level'];
    fromDate: Dayjs;
    toDate?: Dayjs;
    decisionNo?: string;
    reason?: string;
  };
  return (
    <RecordTab<Discipline, V>
      personId={person.id}
      kind="disciplines"
      rows={person.disciplines}
      canWrite={canWrite}
      addLabel={t('person.discipline.add')}
      emptyText={t('person.discipline.empty')}
      onChanged={onChanged}
      columns={[
        {
          key: 'level',
          title: t('person.discipline.level'),
          render: (_, r) => enumLabel(disciplineLevels, r.level),
        },
        { key: 'from', title: t('common.fromDate'), width: 120, render: (_, r) => formatViDate(r.fromDate) },
        { key: 'to', title: t('common.toDate'), width: 120, render: (_, r) => formatViDate(r.toDate) },
        { key: 'decision', title: t('common.decisionNo'), dataIndex: 'decisionNo' },
        { key: 'reason', title: t('person.discipline.reason'), dataIndex: 'reason' },
      ]}
      toBody={(v): z.input<typeof disciplineBody> => ({
        level: v.level,
        fromDate: dayjsToIso(v.fromDate) ?? '',
        toDate: dayjsToIso(v.toDate),
        decisionNo: v.decisionNo?.trim() || null,
        reason: v.reason?.trim() || null,
      })}
      fields={
        <>
          <Form.Item
            name="level"
            label={t('person.discipline.level')}
            rules={[{ required: true, message: t('validation.chooseOne') }]}
          >
            <Select
              autoFocus
              placeholder={t('common.choose')}
              options={disciplineLevels.values.map((v) => ({
                value: v,
                label: enumLabel(disciplineLevels, v),
              }))}
            />
          </Form.Item>
          <DateRangeFields />
          <Form.Item name="decisionNo" label={t('common.decisionNo')} rules={[maxLength(100)]}>
            <Input />
          </Form.Item>
          <Form.Item name="reason" label={t('person.discipline.reason')} rules={[maxLength(1000)]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      }
    />
  );
}

export function InitiativesTab({ person, canWrite, onChanged }: TabProps) {
  const { t, enumLabel } = useI18n();
  const maxLength = useMaxLength();
  type V = {
    kind: Initiative['kind'];
    title: string;
    level: Initiative['level'];
    recognisedBy?: string;
    recognisedDate?: Dayjs;
  };
  return (
    <RecordTab<Initiative, V>
      personId={person.id}
      kind="initiatives"
      rows={person.initiatives}
      canWrite={canWrite}
      addLabel={t('person.initiative.add')}
      emptyText={t('person.initiative.empty')}
      onChanged={onChanged}
      initialValues={{ kind: 'initiative' }}
      columns={[
        {
          key: 'kind',
          title: t('person.initiative.kind'),
          width: 140,
          render: (_, r) => enumLabel(initiativeKinds, r.kind),
        },
        { key: 'title', title: t('person.initiative.title'), dataIndex: 'title' },
        {
          key: 'level',
          title: t('person.initiative.level'),
          render: (_, r) => enumLabel(recognitionLevels, r.level),
        },
        { key: 'by', title: t('person.initiative.recognisedBy'), dataIndex: 'recognisedBy' },
        {
          key: 'date',
          title: t('person.initiative.recognisedDate'),
          width: 130,
          render: (_, r) => formatViDate(r.recognisedDate),
        },
      ]}
      toBody={(v): z.input<typeof initiativeBody> => ({
        kind: v.kind,
        title: v.title.trim(),
        level: v.level,
        recognisedBy: v.recognisedBy?.trim() || null,
        recognisedDate: dayjsToIso(v.recognisedDate),
      })}
      fields={
        <>
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item
                name="kind"
                label={t('person.initiative.kind')}
                rules={[{ required: true, message: t('validation.chooseOne') }]}
              >
                <Select
                  options={initiativeKinds.values.map((v) => ({
                    value: v,
                    label: enumLabel(initiativeKinds, v),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item
                name="level"
                label={t('person.initiative.level')}
                rules={[{ required: true, message: t('validation.chooseOne') }]}
              >
                <Select
                  placeholder={t('common.choose')}
                  options={recognitionLevels.values.map((v) => ({
                    value: v,
                    label: enumLabel(recognitionLevels, v),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="title"
            label={t('person.initiative.title')}
            rules={[
              { required: true, whitespace: true, message: t('person.initiative.titleRequired') },
              { min: 2, message: t('person.initiative.titleRequired') },
              maxLength(500),
            ]}
          >
            <Input.TextArea rows={2} autoFocus />
          </Form.Item>
          <Row gutter={16}>
            <Col span={14}>
              <Form.Item
                name="recognisedBy"
                label={t('person.initiative.recognisedBy')}
                rules={[maxLength(300)]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="recognisedDate" label={t('person.initiative.recognisedDate')}>
                <DateInput />
              </Form.Item>
            </Col>
          </Row>
        </>
      }
    />
  );
}

export function LeavesTab({ person, canWrite, onChanged }: TabProps) {
  const { t, enumLabel } = useI18n();
  type V = { kind: Leave['kind']; fromDate: Dayjs; toDate?: Dayjs };
  return (
    <RecordTab<Leave, V>
      personId={person.id}
      kind="leaves"
      rows={person.leaves}
      canWrite={canWrite}
      addLabel={t('person.leave.add')}
      emptyText={t('person.leave.empty')}
      onChanged={onChanged}
      columns={[
        { key: 'kind', title: t('person.leave.kind'), render: (_, r) => enumLabel(leaveKinds, r.kind) },
        { key: 'from', title: t('common.fromDate'), render: (_, r) => formatViDate(r.fromDate) },
        { key: 'to', title: t('common.toDate'), render: (_, r) => formatViDate(r.toDate) },
      ]}
      toBody={(v): z.input<typeof leaveBody> => ({
        kind: v.kind,
        fromDate: dayjsToIso(v.fromDate) ?? '',
        toDate: dayjsToIso(v.toDate),
      })}
      fields={
        <>
          <Form.Item
            name="kind"
            label={t('person.leave.kind')}
            rules={[{ required: true, message: t('validation.chooseOne') }]}
          >
            <Select
              autoFocus
              placeholder={t('common.choose')}
              options={leaveKinds.values.map((v) => ({ value: v, label: enumLabel(leaveKinds, v) }))}
            />
          </Form.Item>
          <DateRangeFields />
        </>
      }
    />
  );
}
