import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Card, Empty, Flex, Form, Input, Radio, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { useMaxLength } from '../../components/form-helpers.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso } from '../../lib/dates.ts';
import type { CalendarDayRow, HolidayYear } from './parameters.model.ts';
import type { ParameterActions } from './use-parameter-actions.tsx';

/** The working calendar: which years' holidays are official, and the holidays and swapped workdays. */
export function CalendarCard({
  calendarDays,
  holidayYears,
  actions,
}: {
  calendarDays: CalendarDayRow[];
  holidayYears: HolidayYear[];
  actions: ParameterActions;
}) {
  const { t } = useI18n();
  return (
    <Card
      title={t('parameters.calendar')}
      extra={actions.addButton('day', 'calendar-add', t('parameters.addDay'))}
    >
      <Flex gap={6} wrap align="center" style={{ marginBottom: 12 }} data-testid="holiday-years">
        <Typography.Text type="secondary">{t('parameters.holidayYears')}</Typography.Text>
        {holidayYears.map((h) => (
          <Tag key={h.year} color={h.status === 'official' ? 'green' : 'orange'}>
            {h.year}: {h.status === 'official' ? t('parameters.official') : t('parameters.provisional')}
          </Tag>
        ))}
      </Flex>
      <Table<CalendarDayRow>
        rowKey="day"
        size="small"
        pagination={false}
        dataSource={[...calendarDays].sort((a, b) => b.day.localeCompare(a.day))}
        data-testid="calendar-table"
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('parameters.noDays')} />,
        }}
        columns={[
          {
            key: 'day',
            title: t('parameters.day'),
            width: 120,
            render: (_, r) => formatViDate(r.day),
          },
          {
            key: 'kind',
            title: t('parameters.dayKind'),
            width: 170,
            render: (_, r) =>
              r.kind === 'holiday' ? (
                <Tag color="red">{t('parameters.holiday')}</Tag>
              ) : (
                <Tag color="blue">{t('parameters.workday')}</Tag>
              ),
          },
          { key: 'name', title: t('parameters.dayName'), dataIndex: 'name' },
          ...actions.actionCol<CalendarDayRow>((r) =>
            actions.del(`/parameters/calendar/${r.day}`, formatViDate(r.day)),
          ),
        ]}
      />
    </Card>
  );
}

export function CalendarDayModal({
  open,
  onClose,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const maxLength = useMaxLength();
  type V = { day: Dayjs; kind: 'holiday' | 'workday'; name: string };
  return (
    <ModalForm<V>
      open={open}
      name="calendar-form"
      title={t('parameters.addDay')}
      initialValues={{ kind: 'holiday' }}
      onCancel={onClose}
      onSubmit={async (v) => {
        await api.put('/parameters/calendar', {
          body: { day: dayjsToIso(v.day), kind: v.kind, name: v.name.trim() },
        });
        onSaved();
      }}
    >
      <Form.Item
        name="day"
        label={t('parameters.day')}
        rules={[{ required: true, message: t('validation.dateRequired') }]}
      >
        <DateInput />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('parameters.dayKind')}
        rules={[{ required: true, message: t('validation.chooseOne') }]}
      >
        <Radio.Group
          options={[
            { value: 'holiday', label: t('parameters.holiday') },
            { value: 'workday', label: t('parameters.workday') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('parameters.dayName')}
        rules={[
          { required: true, whitespace: true, min: 2, message: t('parameters.dayNameRequired') },
          maxLength(200),
        ]}
      >
        <Input placeholder={t('parameters.dayNamePlaceholder')} />
      </Form.Item>
    </ModalForm>
  );
}
