import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Alert, Card, Col, Flex, Row, Skeleton } from 'antd';
import type { Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { regimeLabel } from '../eligibility/badges.tsx';
import { BaseSalaryCard, BaseSalaryModal } from './base-salary.card.tsx';
import { CalendarCard, CalendarDayModal } from './calendar.card.tsx';
import { EffectiveParametersCard } from './effective-parameters.card.tsx';
import { OverrideModal } from './override-form.modal.tsx';
import { OverridesCard } from './overrides.card.tsx';
import { parametersSchema } from './parameters.model.ts';
import { useParameterActions } from './use-parameter-actions.tsx';

export { PARAMETER_KINDS } from './parameters.model.ts';
export { formatVnd } from './use-parameter-text.ts';

/** "Tham số áp dụng": the rule parameters in force on a date, province overrides, base salary, holidays. */
export function ParametersPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const res = useAsync(
    (signal) => api.get('/parameters', { query: { asOf }, schema: parametersSchema, signal }),
    [asOf],
  );
  const { adding, setAdding, saved, actions } = useParameterActions(res.reload);

  const data = res.data;
  return (
    <>
      <PageHeader
        title={t('parameters.title')}
        sub={t('parameters.sub')}
        extra={
          <Flex align="center" gap={8}>
            <label htmlFor="parameters-as-of">{t('parameters.asOf')}</label>
            <DateInput
              id="parameters-as-of"
              data-testid="parameters-as-of"
              allowClear
              style={{ width: 160 }}
              value={isoToDayjs(asOf ?? data?.asOf)}
              onChange={(d) => {
                const next = new URLSearchParams(params);
                const iso = dayjsToIso(d as Dayjs | null);
                if (iso) next.set('asOf', iso);
                else next.delete('asOf');
                setParams(next, { replace: true });
              }}
            />
          </Flex>
        }
      />
      {res.error ? (
        <Alert type="error" showIcon title={errorText(res.error)} style={{ marginBottom: 16 }} />
      ) : null}
      {!data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="parameters-regime"
            title={t('parameters.regime', {
              date: formatViDate(data.asOf),
              name: regimeLabel(t, data.regime),
            })}
          />
          <EffectiveParametersCard parameters={data.parameters} loading={res.loading} actions={actions} />
          <OverridesCard overrides={data.overrides} actions={actions} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <BaseSalaryCard baseSalaries={data.baseSalaries} actions={actions} />
            </Col>
            <Col xs={24} xl={12}>
              <CalendarCard
                calendarDays={data.calendarDays}
                holidayYears={data.holidayYears}
                actions={actions}
              />
            </Col>
          </Row>
          <OverrideModal
            open={adding === 'override'}
            current={data.parameters}
            onClose={() => setAdding(null)}
            onSaved={saved}
          />
          <BaseSalaryModal open={adding === 'salary'} onClose={() => setAdding(null)} onSaved={saved} />
          <CalendarDayModal open={adding === 'day'} onClose={() => setAdding(null)} onSaved={saved} />
        </>
      )}
    </>
  );
}
