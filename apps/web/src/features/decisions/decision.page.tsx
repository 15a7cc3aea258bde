import { DownloadOutlined } from '@ant-design/icons';
import { decisionKinds, decisionStatuses, disclosureGateStates, dossierStatuses } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorPage } from '../errors/error.page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { ApiError } from '../../api/client.ts';
import { type DecisionAwardee, decisionDetailSchema, GATE_COLORS, STATUS_COLORS } from './decisions-api.ts';
import { RevokeModal } from './revoke.modal.tsx';
import { AwardeesCard } from './awardees.card.tsx';

/**
 * One decision: details (date, signer) while a draft, the dossiers and their disclosure state, the
 * awardees with amounts and the authority check, what stops the issue, the issue button with a
 * confirmation, the .docx, and for an issued decision a revocation dialog per awardee.
 */
export function DecisionPage() {
  const { id } = useParams();
  const { t, enumLabel } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<DecisionAwardee | null>(null);
  const detail = useAsync(
    (signal) => api.get(`/decisions/${id}`, { schema: decisionDetailSchema, signal }),
    [id],
  );
  const d = detail.data?.data;
  const can = detail.data?.abilities ?? {};
  useEffect(() => {
    if (d)
      form.setFieldsValue({
        decisionDate: isoToDayjs(d.decisionDate),
        signerName: d.signerName ?? '',
        signerTitle: d.signerTitle ?? '',
        title: d.title,
      });
  }, [d, form]);

  if (detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 403))
    return <ErrorPage status={detail.error.status} />;
  if (!d)
    return detail.error ? (
      <Alert type="error" showIcon message={errorText(detail.error)} />
    ) : (
      <Skeleton active />
    );

  async function run(fn: () => Promise<unknown>, ok?: string) {
    setBusy(true);
    try {
      await fn();
      if (ok) message.success(ok);
      detail.reload();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  const save = () =>
    run(async () => {
      const v = await form.validateFields();
      await api.patch(`/decisions/${d.id}`, {
        body: {
          version: d.version,
          title: v.title,
          decisionDate: dayjsToIso(v.decisionDate),
          signerName: v.signerName || null,
          signerTitle: v.signerTitle || null,
        },
      });
    }, t('common.saved'));
  const issue = () =>
    run(async () => {
      const res = await api.post(`/decisions/${d.id}/issue`, {
        body: { version: d.version },
        schema: decisionDetailSchema,
      });
      message.success(t('decision.issued', { number: res.data.number ?? '' }));
    });
  const download = () =>
    api
      .download(`/decisions/${d.id}/document`, undefined, `quyet-dinh-${d.id}.docx`)
      .catch((e) => message.error(errorText(e)));
  const certificates = () =>
    api
      .download(`/decisions/${d.id}/certificates.pdf`, undefined, `bang-khen-${d.id}.pdf`)
      .catch((e) => message.error(errorText(e)));

  const draft = d.status === 'draft';
  const title = d.number ? t('decision.numbered', { number: d.number }) : d.title;
  return (
    <>
      <PageHeader
        title={title}
        sub={
          <Flex gap={8} align="center" wrap>
            <Tag color={STATUS_COLORS[d.status]} data-testid="decision-status">
              {enumLabel(decisionStatuses, d.status)}
            </Tag>
            {d.kind === 'revocation' ? <Tag color="red">{enumLabel(decisionKinds, d.kind)}</Tag> : null}
            <span>{d.issuer.name}</span>
          </Flex>
        }
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={download}>
              {draft ? t('decision.downloadDraft') : t('decision.download')}
            </Button>
            {d.status === 'issued' && d.kind === 'award' ? (
              <Button icon={<DownloadOutlined />} onClick={certificates} data-testid="decision-certificates">
                {t('decision.certificates')}
              </Button>
            ) : null}
            {can.delete ? (
              <Popconfirm
                title={t('common.confirmDelete')}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  run(() => api.delete(`/decisions/${d.id}`)).then(() => navigate('/decisions'))
                }
              >
                <Button danger>{t('decision.deleteDraft')}</Button>
              </Popconfirm>
            ) : null}
            {can.issue ? (
              <Popconfirm
                title={t('decision.issueConfirm')}
                description={
                  <div style={{ maxWidth: 360 }}>
                    {t('decision.issueConfirmBody', { n: d.awardees.length })}
                  </div>
                }
                okText={t('decision.issue')}
                cancelText={t('common.cancel')}
                onConfirm={issue}
                disabled={d.blockers.length > 0}
              >
                <Button
                  type="primary"
                  loading={busy}
                  disabled={d.blockers.length > 0}
                  data-testid="decision-issue"
                >
                  {t('decision.issue')}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      {draft ? (
        d.blockers.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="decision-blockers"
            message={t('decision.blockers')}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {d.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('decision.ready')}
            data-testid="decision-ready"
          />
        )
      ) : null}
      <Flex gap={16} align="start" wrap>
        <Card title={t('decision.info')} style={{ flex: '1 1 420px' }}>
          {draft && can.edit ? (
            <Form form={form} layout="vertical" onFinish={save}>
              <Form.Item name="title" label={t('decision.title')} rules={[{ required: true }]}>
                <Input maxLength={500} />
              </Form.Item>
              <Flex gap={12}>
                <Form.Item name="decisionDate" label={t('decision.date')} style={{ flex: 1 }}>
                  <DateInput />
                </Form.Item>
                <Form.Item name="signerName" label={t('decision.signerName')} style={{ flex: 1 }}>
                  <Input maxLength={200} />
                </Form.Item>
              </Flex>
              <Form.Item
                name="signerTitle"
                label={t('decision.signerTitle')}
                extra={t('decision.signerTitleHint')}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={200} />
              </Form.Item>
              <Button htmlType="submit" loading={busy} data-testid="decision-save">
                {t('decision.saveInfo')}
              </Button>
            </Form>
          ) : (
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('decision.number')}>
                {d.number ?? t('decision.noNumber')}
              </Descriptions.Item>
              <Descriptions.Item label={t('decision.date')}>{formatViDate(d.decisionDate)}</Descriptions.Item>
              <Descriptions.Item label={t('decision.title')}>{d.title}</Descriptions.Item>
              <Descriptions.Item label={t('decision.signerName')}>
                {d.signerName} {d.signerTitle ? `(${d.signerTitle.replace(/\n/g, ' – ')})` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('decision.issuer')}>{d.issuer.name}</Descriptions.Item>
            </Descriptions>
          )}
        </Card>
        {d.kind === 'award' ? (
          <Card title={t('decision.disclosure')} style={{ flex: '1 1 420px' }}>
            <Typography.Paragraph type="secondary">
              {d.disclosure.periodDays == null
                ? t('decision.disclosure.periodNone')
                : t('decision.disclosure.period', { days: d.disclosure.periodDays })}
            </Typography.Paragraph>
            <List
              size="small"
              dataSource={d.dossiers}
              renderItem={(x) => {
                const g = d.disclosure.items.find((i) => i.dossierId === x.id);
                return (
                  <List.Item>
                    <Flex vertical gap={2} style={{ width: '100%' }}>
                      <Link to={`/dossiers/${x.id}`}>{x.title}</Link>
                      <Flex gap={6} wrap>
                        <Typography.Text type="secondary">
                          {x.unitName}, {x.year}
                        </Typography.Text>
                        <Tag>{enumLabel(dossierStatuses, x.status as 'appraised')}</Tag>
                        {g ? (
                          <Tag color={GATE_COLORS[g.state]}>
                            {enumLabel(disclosureGateStates, g.state)}
                            {g.endsOn
                              ? ` ${t('decision.disclosure.until', { date: formatViDate(g.endsOn) })}`
                              : ''}
                          </Tag>
                        ) : null}
                      </Flex>
                    </Flex>
                  </List.Item>
                );
              }}
            />
          </Card>
        ) : null}
      </Flex>
      <AwardeesCard decision={d} canRevoke={Boolean(can.revoke)} onRevoke={setRevoking} />
      {d.excluded.length > 0 ? (
        <Card title={t('decision.excluded')} style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">{t('decision.excluded.sub')}</Typography.Paragraph>
          <Table
            data-testid="decision-excluded"
            rowKey="nomineeId"
            size="small"
            pagination={false}
            dataSource={d.excluded}
            columns={[
              { title: t('decision.name'), dataIndex: 'name', width: 240 },
              { title: t('decision.target'), dataIndex: 'targetName', width: 260 },
              { title: t('common.note'), dataIndex: 'reason' },
            ]}
          />
        </Card>
      ) : null}
      {d.revokes?.length ? (
        <Card title={t('decision.revokes')} style={{ marginTop: 16 }}>
          <Descriptions column={1} size="small">
            {d.revokes.map((r) => (
              <Descriptions.Item key={r.decisionAwardId} label={r.name}>
                {t('decision.originalNumber')} {r.originalNumber}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      ) : null}
      {revoking ? (
        <RevokeModal
          decision={d}
          awardee={revoking}
          onClose={() => setRevoking(null)}
          onDone={(rid) => {
            setRevoking(null);
            navigate(`/decisions/${rid}`);
          }}
        />
      ) : null}
    </>
  );
}
