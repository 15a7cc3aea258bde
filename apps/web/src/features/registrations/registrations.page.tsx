import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Alert } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { RegistrationFilters } from './registration-filters.tsx';
import { RegistrationGrid } from './registration-grid.tsx';
import { ReviewDialog } from './review-dialog.tsx';
import { useRegistrations } from './use-registrations.ts';

export function RegistrationsPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const g = useRegistrations();
  const { data, canEdit, grid } = g;
  return (
    <>
      <RegistrationFilters g={g} />
      {data?.deadline ? (
        <Alert
          type={data.closed ? 'warning' : 'info'}
          showIcon
          data-testid="registration-deadline"
          title={
            data.closed
              ? t(canEdit ? 'reg.closedReviewer' : 'reg.closed', { date: formatViDate(data.deadline) })
              : t('reg.deadline', { date: formatViDate(data.deadline) })
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {grid.error ? (
        <Alert type="error" showIcon title={errorText(grid.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <RegistrationGrid g={g} />
      <ReviewDialog g={g} />
    </>
  );
}
