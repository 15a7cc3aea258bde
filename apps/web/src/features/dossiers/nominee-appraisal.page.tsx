import { ArrowLeftOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { nomineeAppraisals } from '@vinhdanh/contracts';
import { Alert, Button, Card, Col, Empty, Flex, Form, Input, Radio, Row, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { useCatalog } from '../eligibility/eligibility-api.ts';
import { VerdictCard } from '../eligibility/verdicts.tsx';
import { ErrorPage } from '../errors/error.page.tsx';
import { AppraisalTag, DossierStatusTag } from './dossier-tags.tsx';
import { dossierDetailSchema, formatViMinute, type Nominee, type NomineeAppraisal } from './dossiers-api.ts';
import { SubjectHistory } from './subject-history.tsx';
import { useDossier, useDossierMutations } from './use-dossier.ts';

interface Values {
  outcome?: NomineeAppraisal;
  reason?: string;
}

/** The appraiser's form for one nominee: outcome + reason (required unless eligible); Enter saves. */
function AppraisalForm({
  dossierId,
  nominee: n,
  next,
  onSaved,
}: {
  dossierId: number;
  nominee: Nominee;
  next: Nominee | undefined;
  onSaved: (result: unknown, goNext: boolean) => void;
}) {
  const { t, enumLabel } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Enter and the primary button save and move on; "Lưu" alone stays on this nominee.
  const goNext = useRef(true);
  const needsReason = outcome !== undefined && outcome !== 'eligible';

  // A new nominee on the same screen: start from its own recorded outcome.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the nominee and its version.
  useEffect(() => {
    form.setFieldsValue({ outcome: n.appraisal ?? undefined, reason: n.appraisalReason ?? '' });
    setError(null);
  }, [n.id, n.version]);

  const submit = async (v: Values) => {
    if (!v.outcome) return;
    setBusy(true);
    setError(null);
    try {
      const res = await api.post(`/dossiers/${dossierId}/nominees/${n.id}/appraise`, {
        body: { version: n.version, outcome: v.outcome, reason: v.reason?.trim() || null },
        schema: dossierDetailSchema,
      });
      onSaved(res, goNext.current);
      goNext.current = true;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') onSaved(null, false);
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      onFinishFailed={() => {
        goNext.current = true;
      }}
      name="appraise"
      data-testid="appraise-form"
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" /> : null}
      <Form.Item
        name="outcome"
        label={t('dossier.appraisal.outcome')}
        rules={[{ required: true, message: t('dossier.appraisal.outcomeRequired') }]}
      >
        <Radio.Group data-testid="appraise-outcome">
          <Flex vertical gap={6}>
            {nomineeAppraisals.values.map((o, i) => (
              <Radio
                key={o}
                value={o}
                autoFocus={i === 0 && !n.appraisal}
                data-testid={`appraise-outcome-${o}`}
              >
                {enumLabel(nomineeAppraisals, o)}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="reason"
        label={needsReason ? t('dossier.reason') : t('dossier.appraisal.reasonOptional')}
        extra={t('dossier.appraisal.enterHint')}
        rules={[
          ...(needsReason
            ? [{ required: true, whitespace: true, message: t('dossier.appraisal.reasonRequired') }]
            : []),
          { max: 4000, message: t('validation.maxLength', { max: 4000 }) },
        ]}
      >
        <Input.TextArea
          rows={3}
          data-testid="appraise-reason"
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              form.submit();
            }
          }}
        />
      </Form.Item>
      <Flex gap={8} wrap align="center">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="appraise-submit">
          {next ? t('dossier.appraisal.saveNext') : t('dossier.appraisal.save')}
        </Button>
        {next ? (
          <Button
            disabled={busy}
            onClick={() => {
              goNext.current = false;
              form.submit();
            }}
            data-testid="appraise-save-stay"
          >
            {t('dossier.appraisal.save')}
          </Button>
        ) : null}
      </Flex>
    </Form>
  );
}

/** "Thẩm định đối tượng": the nominee's history beside the engine's verdict and the appraisal form. */
export function NomineeAppraisalPage() {
  const params = useParams();
  const dossierId = Number(params.id);
  const nomineeId = Number(params.nomineeId);
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { byCode } = useCatalog();
  const state = useDossier(dossierId);
  const mutations = useDossierMutations(state);
  const [notice, setNotice] = useState<string | null>(null);

  if (state.error instanceof ApiError && state.error.status === 404) return <ErrorPage status={404} />;
  if (!state.detail && state.loading) return <FullPageSpin />;
  if (!state.detail) return <Alert type="error" showIcon title={errorText(state.error)} />;
  const { data: d, abilities } = state.detail;
  const active = d.nominees.filter((x) => !x.removedAt);
  const index = active.findIndex((x) => x.id === nomineeId);
  const n = index >= 0 ? active[index] : d.nominees.find((x) => x.id === nomineeId);
  if (!n) return <ErrorPage status={404} />;
  const prev = index > 0 ? active[index - 1] : undefined;
  const next = index >= 0 && index < active.length - 1 ? active[index + 1] : undefined;
  const go = (x: Nominee) => navigate(`/dossiers/${d.id}/nominees/${x.id}`);
  const canAppraise = abilities.canAppraise === true;
  const open = active.filter((x) => !x.appraisal || x.appraisal === 'needs_information').length;

  return (
    <>
      <Link to={`/dossiers/${d.id}`} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('dossier.backToDossier')}
      </Link>
      <PageHeader
        title={n.name}
        sub={
          <Flex gap={8} align="center" wrap>
            <span data-testid="appraise-target">{n.targetName}</span>
            <span>· {n.unitName ?? ''}</span>
            <span>· {d.title}</span>
            <DossierStatusTag status={d.status} />
          </Flex>
        }
        extra={
          <Flex gap={8} align="center">
            <Button
              icon={<LeftOutlined />}
              disabled={!prev}
              onClick={() => prev && go(prev)}
              data-testid="nominee-prev"
            >
              {t('dossier.prev')}
            </Button>
            <Typography.Text type="secondary" data-testid="nominee-position">
              {index >= 0 ? t('dossier.position', { i: index + 1, n: active.length }) : ''}
            </Typography.Text>
            <Button disabled={!next} onClick={() => next && go(next)} data-testid="nominee-next">
              {t('dossier.next')} <RightOutlined />
            </Button>
          </Flex>
        }
      />
      {notice ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setNotice(null) }}
          title={notice}
          style={{ marginBottom: 16 }}
          data-testid="appraise-notice"
          action={
            <Button size="small" onClick={() => navigate(`/dossiers/${d.id}`)}>
              {t('dossier.backToDossier')}
            </Button>
          }
        />
      ) : null}
      {n.removedAt ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('dossier.nomineeRemoved', { reason: n.removedReason ?? '' })}
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <SubjectHistory nominee={n} />
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('dossier.appraisal')} style={{ marginBottom: 16 }}>
            {n.appraisal ? (
              <Flex vertical gap={2} style={{ marginBottom: 12 }} data-testid="appraise-current">
                <span>
                  {t('dossier.appraisal.current')} <AppraisalTag outcome={n.appraisal} />
                </span>
                {n.appraisalReason ? <Typography.Text>{n.appraisalReason}</Typography.Text> : null}
                {n.appraisedBy ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {n.appraisedBy.name} · {formatViMinute(n.appraisedAt)}
                  </Typography.Text>
                ) : null}
              </Flex>
            ) : null}
            {canAppraise && !n.removedAt ? (
              <AppraisalForm
                dossierId={d.id}
                nominee={n}
                next={next}
                onSaved={(res, goNext) => {
                  if (res === null) {
                    state.reload();
                    return;
                  }
                  mutations.apply(res);
                  const fresh = dossierDetailSchema.safeParse(res);
                  const left = fresh.success
                    ? fresh.data.data.nominees.filter(
                        (x) => !x.removedAt && (!x.appraisal || x.appraisal === 'needs_information'),
                      ).length
                    : open;
                  if (left === 0) setNotice(t('dossier.appraisal.allDone'));
                  else if (goNext && next) {
                    setNotice(null);
                    go(next);
                  } else setNotice(t('dossier.appraisal.saved'));
                }}
              />
            ) : !n.appraisal ? (
              <Typography.Text type="secondary" data-testid="appraise-readonly">
                {d.status === 'appraised' ? t('dossier.frozen') : t('dossier.appraisal.notNow')}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary" data-testid="appraise-readonly">
                {d.status === 'appraised' ? t('dossier.frozen') : ''}
              </Typography.Text>
            )}
          </Card>
          {n.justification ? (
            <Card size="small" title={t('dossier.justification')} style={{ marginBottom: 16 }}>
              <Typography.Paragraph
                style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                data-testid="appraise-justification"
              >
                {n.justification}
              </Typography.Paragraph>
            </Card>
          ) : n.needsJustification ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('dossier.justification.missing')}
            />
          ) : null}
          <Card size="small" title={t('dossier.achievement')} style={{ marginBottom: 16 }}>
            {n.achievement ? (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {n.achievement}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">{t('dossier.achievement.none')}</Typography.Text>
            )}
          </Card>
          {n.verdict ? (
            // The card fills its parent's height: give it a parent of its own size.
            <div data-testid="appraise-verdict">
              <VerdictCard verdict={n.verdict} catalog={byCode.get(n.target)} />
            </div>
          ) : (
            <Card size="small">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dossier.verdict.none')} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
