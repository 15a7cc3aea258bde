import { Alert, Col, Row, Steps } from 'antd';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { usePlanWizard } from './use-plan-wizard.ts';
import { PlanConfirmStep } from './wizard-confirm-step.tsx';
import { DraftFieldsCard } from './wizard-draft-form.tsx';
import { DraftExtractedCards } from './wizard-extracted.tsx';
import { SourceText } from './wizard-source.tsx';
import { PlanTextStep } from './wizard-text-step.tsx';

export function PlanWizardPage() {
  const { t } = useI18n();
  const w = usePlanWizard();
  const { step, error, draft, result, values, source } = w;
  return (
    <>
      <PageHeader title={t('wiz.title')} sub={t('wiz.sub')} />
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={[
          { title: t('wiz.step.text') },
          { title: t('wiz.step.review') },
          { title: t('wiz.step.confirm') },
        ]}
      />
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
      {step === 0 ? <PlanTextStep w={w} /> : null}
      {step === 1 && draft && result ? (
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <DraftFieldsCard w={w} draft={draft} result={result} />
            <DraftExtractedCards w={w} draft={draft} result={result} />
          </Col>
          <Col xs={24} xl={12}>
            <SourceText text={draft.text} span={source} />
          </Col>
        </Row>
      ) : null}
      {step === 2 && draft && values ? <PlanConfirmStep w={w} values={values} /> : null}
    </>
  );
}
