import {
  BookOutlined,
  CheckCircleFilled,
  ClockCircleFilled,
  CloseCircleFilled,
  InfoCircleFilled,
  TeamOutlined,
} from '@ant-design/icons';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Alert, Button, Card, Col, Empty, Flex, Row, Segmented, Select, Skeleton, Typography } from 'antd';
import { type ReactNode, useId, useState } from 'react';
import { api } from '../../api/client.ts';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { ConfidenceBadge, OutcomeTag, RegimeTag } from './badges.tsx';
import {
  type CatalogEntry,
  councilThreshold,
  type Reason,
  subjectEligibilitySchema,
  useCatalog,
  type Verdict,
  yearOptions,
} from './eligibility-api.ts';

function reasonStatus(r: Reason): { icon: ReactNode; label: MessageKey } {
  if (r.passed) return { icon: <CheckCircleFilled style={{ color: '#389e0d' }} />, label: 'reason.passed' };
  if (r.effect === 'council')
    return { icon: <TeamOutlined style={{ color: '#d48806' }} />, label: 'reason.council' };
  if (r.effect === 'defer')
    return { icon: <ClockCircleFilled style={{ color: '#d48806' }} />, label: 'reason.deferred' };
  if (r.effect === 'info')
    return { icon: <InfoCircleFilled style={{ color: '#8c8c8c' }} />, label: 'reason.info' };
  return { icon: <CloseCircleFilled style={{ color: '#cf1322' }} />, label: 'reason.failed' };
}

function factText(t: (k: MessageKey) => string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatViDate(v);
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map((x) => factText(t, x)).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function ReasonItem({ reason }: { reason: Reason }) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState(false);
  const factsId = useId();
  const status = reasonStatus(reason);
  const facts = Object.entries(reason.facts);
  return (
    <li
      className="vd-reason"
      data-testid="verdict-reason"
      data-rule={reason.ruleId}
      data-passed={String(reason.passed)}
    >
      <span className="vd-reason-icon" role="img" aria-label={t(status.label)} title={t(status.label)}>
        {status.icon}
      </span>
      <div style={{ minWidth: 0, flex: 1 }}>
        <div data-testid="reason-message">{pick(reason.message)}</div>
        <Flex gap={8} align="center" wrap className="vd-reason-meta">
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="reason-citation">
            <BookOutlined aria-hidden style={{ marginRight: 4 }} />
            {reason.citation}
          </Typography.Text>
          <ConfidenceBadge value={reason.confidence} />
          {facts.length > 0 ? (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto', fontSize: 12 }}
              aria-expanded={open}
              aria-controls={factsId}
              onClick={() => setOpen((o) => !o)}
            >
              {open ? t('reason.hideFacts') : t('reason.showFacts')}
            </Button>
          ) : null}
        </Flex>
        {open ? (
          <dl className="vd-facts" id={factsId} data-testid="reason-facts">
            {facts.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{factText(t, v)}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
    </li>
  );
}

/** One title or form: the verdict, the regime in force, and every reason with its legal basis. */
export function VerdictCard({ verdict, catalog }: { verdict: Verdict; catalog?: CatalogEntry }) {
  const { t, pick } = useI18n();
  const name = verdict.targetName ? pick(verdict.targetName) : catalog ? pick(catalog.name) : verdict.target;
  const passed = verdict.reasons.filter((r) => r.passed).length;
  return (
    <Card
      size="small"
      data-testid="verdict-card"
      data-target={verdict.target}
      data-outcome={verdict.outcome}
      style={{ height: '100%' }}
      styles={{ title: { whiteSpace: 'normal' } }}
      title={
        <Typography.Title level={5} style={{ margin: '6px 0' }}>
          {name}
        </Typography.Title>
      }
      extra={<OutcomeTag outcome={verdict.outcome} threshold={councilThreshold(verdict, catalog)} />}
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <RegimeTag regime={verdict.regime} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {verdict.target} · {t('eligibility.criteriaMet', { n: passed, total: verdict.reasons.length })}
        </Typography.Text>
      </Flex>
      <ul className="vd-reasons" aria-label={t('eligibility.reasonsOf', { name })}>
        {verdict.reasons.map((r) => (
          <ReasonItem key={`${r.ruleId}|${r.citation}|${r.message.vi}`} reason={r} />
        ))}
      </ul>
    </Card>
  );
}

type Filter = 'all' | 'proposable' | 'not_eligible';

/** The verdicts of one person or unit for a year, as a grid of cards with a small outcome filter. */
export function SubjectVerdicts({
  kind,
  id,
  year,
  showSubject,
  narrow,
}: {
  kind: 'person' | 'unit';
  id: number;
  year: number;
  showSubject?: boolean;
  /** One card per line, for a side panel. */
  narrow?: boolean;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { byCode } = useCatalog();
  const [filter, setFilter] = useState<Filter>('all');
  const res = useAsync(
    (signal) =>
      api.get(`/${kind === 'person' ? 'people' : 'units'}/${id}/eligibility`, {
        query: { year },
        schema: subjectEligibilitySchema,
        signal,
      }),
    [kind, id, year],
  );
  if (res.error) return <Alert type="error" showIcon title={errorText(res.error)} />;
  if (!res.data || (res.loading && res.data.year !== year))
    return (
      <Row gutter={[16, 16]} data-testid="verdicts-loading" aria-busy="true">
        {[0, 1].map((i) => (
          <Col key={i} xs={24} xl={narrow ? 24 : 12}>
            <Card size="small">
              <Skeleton active paragraph={{ rows: 5 }} />
            </Card>
          </Col>
        ))}
      </Row>
    );
  const { verdicts, subject, asOfDate } = res.data;
  const proposable = verdicts.filter((v) => v.outcome === 'eligible' || v.outcome === 'needs_council_vote');
  const notEligible = verdicts.filter((v) => v.outcome === 'not_eligible' || v.outcome === 'deferred');
  const shown = filter === 'proposable' ? proposable : filter === 'not_eligible' ? notEligible : verdicts;
  return (
    <div data-testid="verdicts" aria-busy={res.loading}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <div>
          {showSubject ? (
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="eligibility-subject">
              {subject.name}
            </Typography.Title>
          ) : null}
          <Typography.Text type="secondary">
            {showSubject ? `${subject.unitName} · ` : ''}
            {t('eligibility.asOf', { year: res.data.year, date: formatViDate(asOfDate) })}
          </Typography.Text>
        </div>
        <Segmented<Filter>
          aria-label={t('eligibility.filter')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: t('eligibility.filter.all', { n: verdicts.length }) },
            { value: 'proposable', label: t('eligibility.filter.proposable', { n: proposable.length }) },
            { value: 'not_eligible', label: t('eligibility.filter.not', { n: notEligible.length }) },
          ]}
        />
      </Flex>
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('eligibility.noVerdicts')} />
      ) : (
        <Row gutter={[16, 16]}>
          {shown.map((v) => (
            <Col key={v.target} xs={24} xl={narrow ? 24 : 12}>
              <VerdictCard verdict={v} catalog={byCode.get(v.target)} />
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}

/** A year picker with a real label; the emulation year whose titles are being considered. */
export function YearSelect({
  value,
  onChange,
  id,
  testId,
}: {
  value: number;
  onChange: (year: number) => void;
  id?: string;
  testId?: string;
}) {
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={onChange}
      data-testid={testId}
      style={{ width: 120 }}
      options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
    />
  );
}
