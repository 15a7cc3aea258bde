import { Form, Input, Space } from 'antd';
import { DateInput } from '../../components/date-input.tsx';
import { useI18n } from '../../i18n/index.ts';

/** The council's name and term, as created and as edited. */
export function CouncilFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="name" label={t('council.name')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Space>
        <Form.Item name="termFrom" label={t('council.termFrom')}>
          <DateInput />
        </Form.Item>
        <Form.Item name="termTo" label={t('council.termTo')}>
          <DateInput />
        </Form.Item>
      </Space>
    </>
  );
}
