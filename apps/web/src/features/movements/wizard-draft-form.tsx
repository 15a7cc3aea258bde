import type { DraftResponse } from './movements-api.ts';
import { Alert, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { DateInput } from '../../components/date-input.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { KINDS, kindKey, type MovementDraft, PRECISIONS, precisionKey } from './movements-api.ts';
import type { PlanWizard } from './use-plan-wizard.ts';
import { type DraftValues, describeBound } from './wizard-model.ts';
import { Labelled, SourceButton, SourcedItem } from './wizard-source.tsx';

/** Step 2, left column: the extracted fields, each saying whether the text stated it. */
export function DraftFieldsCard({
  w,
  draft,
  result,
}: {
  w: PlanWizard;
  draft: MovementDraft;
  result: DraftResponse;
}) {
  const { t } = useI18n();
  const { me, form, values, setValues, setStep, setFocus, nationals } = w;
  return (
    <Card title={t('wiz.fields')} size="small" style={{ marginBottom: 16 }}>
      <Alert type="info" showIcon title={t('wiz.reviewHint')} style={{ marginBottom: 16 }} />
      <Form<DraftValues>
        form={form}
        initialValues={values ?? undefined}
        name="plan-draft"
        layout="vertical"
        onFinish={(v) => {
          setValues(v);
          setStep(2);
        }}
        scrollToFirstError
        onFocus={(e) => {
          const id = (e.target as HTMLElement).id ?? '';
          const name = id.replace(/^plan-draft_/, '');
          if (name) setFocus(name);
        }}
      >
        <Form.Item
          name="unitId"
          label={t('wiz.unit')}
          rules={[{ required: true, message: t('validation.chooseOne') }]}
        >
          <UnitTreeSelect
            knownUnits={me?.grants.map((g) => ({ id: g.unitId, name: g.unitName }))}
            data-testid="draft-unit"
          />
        </Form.Item>
        <SourcedItem name="name" label={t('mv.name')} found={draft.name !== null} required>
          <Input.TextArea autoSize maxLength={1000} data-testid="draft-name" />
        </SourcedItem>
        <Form.Item
          name="kind"
          label={<Labelled text={t('mv.kind')} found={draft.kind !== null} />}
          rules={[{ required: true, message: t('validation.chooseOne') }]}
        >
          <Select
            data-testid="draft-kind"
            options={KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
            placeholder={t('common.choose')}
          />
        </Form.Item>
        <Flex gap={12}>
          <SourcedItem name="planNumber" label={t('mv.planNumber')} found={draft.planNumber !== null}>
            <Input maxLength={100} data-testid="draft-plan-number" />
          </SourcedItem>
          <SourcedItem name="planDate" label={t('mv.planDate')} found={draft.planDate !== null}>
            <DateInput data-testid="draft-plan-date" />
          </SourcedItem>
        </Flex>
        <SourcedItem name="issuer" label={t('mv.issuer')} found={draft.issuer !== null}>
          <Input maxLength={300} data-testid="draft-issuer" />
        </SourcedItem>
        <SourcedItem name="theme" label={t('mv.theme')} found={draft.theme !== null}>
          <Input.TextArea autoSize maxLength={2000} data-testid="draft-theme" />
        </SourcedItem>
        <SourcedItem name="slogan" label={t('mv.slogan')} found={draft.slogan !== null}>
          <Input.TextArea autoSize maxLength={1000} data-testid="draft-slogan" />
        </SourcedItem>
        <Flex gap={12}>
          <SourcedItem name="fromDate" label={t('wiz.fromDate')} found={draft.timeSpan !== null}>
            <DateInput data-testid="draft-from" />
          </SourcedItem>
          <Form.Item name="fromPrecision" label={t('mv.precision')} style={{ flex: 1 }}>
            <Select allowClear options={PRECISIONS.map((p) => ({ value: p, label: t(precisionKey(p)) }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <SourcedItem name="toDate" label={t('wiz.toDate')} found={draft.timeSpan !== null}>
            <DateInput data-testid="draft-to" />
          </SourcedItem>
          <Form.Item name="toPrecision" label={t('mv.precision')} style={{ flex: 1 }}>
            <Select allowClear options={PRECISIONS.map((p) => ({ value: p, label: t(precisionKey(p)) }))} />
          </Form.Item>
        </Flex>
        {draft.timeSpan &&
        (draft.timeSpan.value.from.kind !== 'date' || draft.timeSpan.value.to.kind !== 'date') ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
            {t('wiz.spanAsWritten', {
              from: describeBound(draft.timeSpan.value.from, t),
              to: describeBound(draft.timeSpan.value.to, t),
            })}
          </Typography.Paragraph>
        ) : null}
        <Form.Item name="registrationDeadline" label={t('mv.registrationDeadline')}>
          <DateInput />
        </Form.Item>
        <Form.Item name="nationalMovementId" label={t('mv.national')}>
          <Select
            allowClear
            placeholder={t('wiz.noNational')}
            data-testid="draft-national"
            options={(nationals.data?.data ?? []).map((n) => ({
              value: n.id,
              label: result.suggestions.nationalMovements.some((s) => s.nationalMovementId === n.id)
                ? `${n.name} ★`
                : n.name,
            }))}
          />
        </Form.Item>
        {draft.participants ? (
          <div style={{ marginBottom: 16 }}>
            <Typography.Text strong>{t('wiz.participants')}</Typography.Text>
            <SourceButton onFocus={() => setFocus('participants')}>
              {draft.participants.value.groups.join('; ')}
            </SourceButton>
          </div>
        ) : null}
        <Flex justify="space-between">
          <Button onClick={() => setStep(0)}>{t('common.back')}</Button>
          <Button type="primary" htmlType="submit" data-testid="draft-next">
            {t('wiz.next')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
