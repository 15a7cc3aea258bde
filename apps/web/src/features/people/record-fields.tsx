import type { PersonDetail } from '@vinhdanh/contracts';
import { Col, Form, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { DateInput } from '../../components/date-input.tsx';
import { useI18n } from '../../i18n/index.ts';

/** Props every record tab of the person page takes. */
export interface TabProps {
  person: PersonDetail;
  canWrite: boolean;
  onChanged: () => void;
}

/** Form rule: the end date may not come before the date in `startField`. */
export function useEndAfterStart(startField: string) {
  const { t } = useI18n();
  return ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: (_: unknown, value: Dayjs | undefined) => {
      const from = getFieldValue(startField) as Dayjs | undefined;
      return !value || !from || !value.isBefore(from, 'day')
        ? Promise.resolve()
        : Promise.reject(new Error(t('validation.endBeforeStart')));
    },
  });
}

/** "Từ ngày" (required) and "Đến ngày" side by side; the end may not come before the start. */
export function DateRangeFields() {
  const { t } = useI18n();
  const endRule = useEndAfterStart('fromDate');
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          name="fromDate"
          label={t('common.fromDate')}
          rules={[{ required: true, message: t('validation.dateRequired') }]}
        >
          <DateInput />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="toDate" label={t('common.toDate')} dependencies={['fromDate']} rules={[endRule]}>
          <DateInput />
        </Form.Item>
      </Col>
    </Row>
  );
}
