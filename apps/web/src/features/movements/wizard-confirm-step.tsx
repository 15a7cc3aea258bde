import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Alert, Button, Card, Descriptions, Flex } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso } from '../../lib/dates.ts';
import { formatPrecise, kindKey } from './movements-api.ts';
import type { PlanWizard } from './use-plan-wizard.ts';
import type { DraftValues } from './wizard-model.ts';

/** Step 3: a summary of what will be created. */
export function PlanConfirmStep({ w, values }: { w: PlanWizard; values: DraftValues }) {
  const { t } = useI18n();
  const { keepMilestone, keepAgency, keepGoal, setStep, saving, submit } = w;
  return (
    <Card>
      <Descriptions
        bordered
        size="small"
        column={1}
        data-testid="draft-summary"
        items={[
          { key: 'name', label: t('mv.name'), children: values.name },
          { key: 'kind', label: t('mv.kind'), children: values.kind ? t(kindKey(values.kind)) : '' },
          { key: 'no', label: t('mv.planNumber'), children: values.planNumber || '—' },
          {
            key: 'date',
            label: t('mv.planDate'),
            children: formatViDate(dayjsToIso(values.planDate)) || '—',
          },
          { key: 'issuer', label: t('mv.issuer'), children: values.issuer || '—' },
          {
            key: 'period',
            label: t('mv.period'),
            children: `${formatPrecise(dayjsToIso(values.fromDate), values.fromPrecision) || '…'} – ${
              formatPrecise(dayjsToIso(values.toDate), values.toPrecision) || '…'
            }`,
          },
          {
            key: 'counts',
            label: t('wiz.counts'),
            children: t('wiz.countsValue', {
              milestones: keepMilestone.filter(Boolean).length,
              tasks: keepAgency.filter(Boolean).length,
              goals: keepGoal.filter(Boolean).length,
            }),
          },
        ]}
      />
      <Alert type="info" showIcon title={t('wiz.confirmHint')} style={{ margin: '16px 0' }} />
      <Flex justify="space-between">
        <Button onClick={() => setStep(1)}>{t('common.back')}</Button>
        <Button type="primary" loading={saving} onClick={submit} data-testid="draft-confirm">
          {t('wiz.confirm')}
        </Button>
      </Flex>
    </Card>
  );
}
