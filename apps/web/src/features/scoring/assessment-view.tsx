import { Alert, Button, Card, Col, Flex, Row, Statistic, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { AssessmentHistory } from './assessment-history.tsx';
import { ScoreTable } from './score-table.tsx';
import { ASSESSMENT_COLORS, assessmentStatusKey, pts, type Sheet } from './scoring-api.ts';
import { TransitionDialog } from './transition-dialog.tsx';
import type { AssessmentData, LoadedAssessment } from './use-assessment.ts';
import { useAssessmentWork } from './use-assessment-work.ts';

/** A loaded assessment: totals, the score table with its actions, the history and the transition dialog. */
export function AssessmentView({
  st,
  loaded,
  sheet,
}: {
  st: AssessmentData;
  loaded: LoadedAssessment;
  sheet: Sheet;
}) {
  const { t } = useI18n();
  const w = useAssessmentWork(st, loaded);
  const {
    assessment,
    abilities,
    over,
    missingEvidence,
    missingReason,
    reviewChanges,
    selfEditable,
    reviewEditable,
  } = w;
  const { busy, setTransition, reasonError } = st;
  return (
    <>
      <PageHeader
        title={t('sc.assessmentTitle', { unit: assessment.unitName })}
        sub={
          <Flex gap={8} align="center" wrap>
            <Tag color={ASSESSMENT_COLORS[assessment.status]} data-testid="assessment-status">
              {t(assessmentStatusKey(assessment.status))}
            </Tag>
            <Link to={`/scoring/sheets/${sheet.id}`}>{sheet.name}</Link>
          </Flex>
        }
        extra={
          <>
            {abilities.approve ? (
              <Button onClick={() => setTransition('approve')} data-testid="assessment-approve">
                {t('sc.approve')}
              </Button>
            ) : null}
            {abilities.finalise ? (
              <Button
                type="primary"
                onClick={() => setTransition('finalise')}
                data-testid="assessment-finalise"
              >
                {t('sc.finalise')}
              </Button>
            ) : null}
            {abilities.return ? (
              <Button danger onClick={() => setTransition('return')} data-testid="assessment-return">
                {t('sc.return')}
              </Button>
            ) : null}
          </>
        }
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(
          [
            ['sc.total', assessment.totals.total],
            ['sc.kind.normal', assessment.totals.normal],
            ['sc.kind.bonus', assessment.totals.bonus],
            ['sc.kind.penalty', assessment.totals.penalty],
          ] as const
        ).map(([k, v]) => (
          <Col xs={12} md={5} key={k}>
            <Card size="small">
              <Statistic title={t(k)} value={pts(v)} />
            </Card>
          </Col>
        ))}
        <Col xs={24} md={4}>
          <Card size="small">
            <Statistic title={t('sc.band')} value={assessment.totals.band ?? '—'} />
          </Card>
        </Col>
      </Row>
      {over.length ? (
        <Alert
          type="error"
          showIcon
          title={t('sc.overMax', { codes: over.map((c) => c.code).join(', ') })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {selfEditable && missingEvidence.length ? (
        <Alert
          type="warning"
          showIcon
          title={t('sc.needEvidence', { codes: missingEvidence.map((c) => c.code).join(', ') })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <ScoreTable leaves={st.leaves} w={w} />
        {reasonError && missingReason.length ? (
          <Alert
            type="error"
            showIcon
            title={reasonError}
            style={{ marginTop: 12 }}
            data-testid="review-reason-error"
          />
        ) : null}
        <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }} wrap>
          {selfEditable ? (
            <Button
              onClick={w.saveSelf}
              loading={busy === 'self'}
              disabled={over.length > 0}
              data-testid="assessment-save"
            >
              {t('common.save')}
            </Button>
          ) : null}
          {abilities.submit ? (
            <Button
              type="primary"
              onClick={w.submit}
              loading={busy === 'submit'}
              data-testid="assessment-submit"
            >
              {t('sc.submit')}
            </Button>
          ) : null}
          {reviewEditable ? (
            <Button
              type="primary"
              onClick={w.saveReview}
              loading={busy === 'review'}
              disabled={reviewChanges.length === 0 || over.length > 0}
              data-testid="review-save"
            >
              {t('sc.saveReview')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <AssessmentHistory history={st.history} />
      <TransitionDialog st={st} onOk={w.doTransition} />
    </>
  );
}
