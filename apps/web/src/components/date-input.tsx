import { DatePicker, type DatePickerProps } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { DATE_INPUT_FORMATS } from '../lib/dates.ts';

/** A DatePicker that shows and accepts dd/MM/yyyy. */
export function DateInput(props: DatePickerProps) {
  const { t } = useI18n();
  return (
    <DatePicker
      format={DATE_INPUT_FORMATS}
      placeholder={t('common.datePlaceholder')}
      style={{ width: '100%' }}
      {...props}
    />
  );
}
