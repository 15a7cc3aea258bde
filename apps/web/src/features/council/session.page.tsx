import { ArrowLeftOutlined, DeleteOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { councilItemResults, councilSessionStatuses } from '@vinhdanh/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import {
  councilSessionDetailSchema,
  RESULT_COLORS,
  SESSION_COLORS,
  type SessionDetail,
  type SessionItem,
  shareText,
  viDate,
} from './council-api.ts';
import { AttendanceCard } from './attendance.card.tsx';
import { MyBallot } from './my-ballot.card.tsx';
import { CandidatesModal, WrittenOpinionModal } from './session-modals.tsx';

/** A session: agenda, attendance, the member's own ballot, written opinions, tally, results, minutes. */
export function CouncilSessionPage() {
  const { id: raw } = useParams();
  const id = Number(raw);
  const { t, enumLabel } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const loaded = useAsync(
    (signal) => api.get(`/council-sessions/${id}`, { schema: councilSessionDetailSchema, signal }),
    [id],
  );
  const [detail, setDetail] = useState<SessionDetail>();
  useEffect(() => {
    if (loaded.data) setDetail(loaded.data);
  }, [loaded.data]);
  const [adding, setAdding] = useState(false);
  const [writtenFor, setWrittenFor] = useState<{ memberId: number; fullName: string } | null>(null);

  const run = async (call: () => Promise<SessionDetail>, success: string) => {
    try {
      setDetail(await call());
      message.success(success);
    } catch (err) {
      message.error(errorText(err));
      loaded.reload();
    }
  };

  if (loaded.error && !detail) return <Alert type="error" showIcon title={errorText(loaded.error)} />;
  if (!detail) return <Card loading />;
  const s = detail.data;
  const ab = detail.abilities;
  const total = s.totalMembers ?? s.attendance.length;

  return (
    <>
      <Link to={`/council?c=${s.councilId}`}>
        <ArrowLeftOutlined /> {t('council.session.back')}
      </Link>
      <PageHeader
        title={s.title}
        sub={`${s.councilName} · ${viDate(s.sessionDate)}`}
        extra={
          <>
            <Tag
              color={SESSION_COLORS[s.status]}
              style={{ alignSelf: 'center' }}
              data-testid="session-status"
            >
              {enumLabel(councilSessionStatuses, s.status)}
            </Tag>
            {ab.open ? (
              <Popconfirm
                title={t('council.session.openConfirm')}
                onConfirm={() =>
                  run(
                    () => api.post(`/council-sessions/${id}/open`, { schema: councilSessionDetailSchema }),
                    t('council.session.opened'),
                  )
                }
              >
                <Button type="primary" data-testid="session-open">
                  {t('council.session.open')}
                </Button>
              </Popconfirm>
            ) : null}
            {ab.tally ? (
              <Popconfirm
                title={t('council.session.tallyConfirm')}
                onConfirm={() =>
                  run(
                    () => api.post(`/council-sessions/${id}/tally`, { schema: councilSessionDetailSchema }),
                    t('council.session.tallied'),
                  )
                }
              >
                <Button type="primary" danger data-testid="session-tally">
                  {t('council.session.tally')}
                </Button>
              </Popconfirm>
            ) : null}
            {ab.minutes ? (
              <Button
                icon={<DownloadOutlined />}
                data-testid="session-minutes"
                onClick={() =>
                  api
                    .download(`/council-sessions/${id}/minutes.docx`, undefined, `bien-ban-${id}.docx`)
                    .catch((err: unknown) => message.error(errorText(err)))
                }
              >
                {t('council.session.minutes')}
              </Button>
            ) : null}
          </>
        }
      />

      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 4 }}
          items={[
            { key: 'total', label: t('council.session.totalMembers'), children: total },
            {
              key: 'present',
              label: t('council.session.present'),
              children: s.presentCount ?? s.attendance.filter((a) => a.present).length,
            },
            {
              key: 'rule',
              label: t('council.session.quorum'),
              children:
                s.quorumRequired == null
                  ? ''
                  : t('council.session.quorumRule', { n: s.quorumRequired, total }),
            },
            {
              key: 'met',
              label: t('council.session.status'),
              children:
                s.quorumMet == null ? (
                  enumLabel(councilSessionStatuses, s.status)
                ) : s.quorumMet ? (
                  <Tag color="success">{t('council.session.quorumMet')}</Tag>
                ) : (
                  <Tag color="error">{t('council.session.quorumNotMet')}</Tag>
                ),
            },
          ]}
        />
      </Card>

      {s.me ? <MyBallot detail={detail} onVoted={loaded.reload} /> : null}

      <Card
        title={t('council.agenda')}
        style={{ marginBottom: 16 }}
        extra={
          ab.editAgenda ? (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="agenda-add">
              {t('council.agenda.add')}
            </Button>
          ) : null
        }
      >
        <Table<SessionItem>
          data-testid="session-items"
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={s.items}
          locale={{ emptyText: <Empty description={t('council.agenda.empty')} /> }}
          columns={[
            { key: 'i', title: 'STT', width: 56, render: (_, __, i) => i + 1 },
            {
              key: 'subject',
              title: t('council.item.subject'),
              width: 220,
              render: (_, i) => (
                <Space direction="vertical" size={0}>
                  <strong>{i.subjectName}</strong>
                  <Link to={`/dossiers/${i.dossierId}`}>
                    {t('council.item.dossier')} #{i.dossierId}
                  </Link>
                </Space>
              ),
            },
            { key: 'target', dataIndex: 'targetName', title: t('council.item.target'), width: 200 },
            {
              key: 'threshold',
              title: t('council.item.required'),
              width: 190,
              render: (_, i) =>
                i.thresholdPercent == null
                  ? ''
                  : `${i.thresholdPercent}% · ${t('council.item.requiredValue', { n: i.requiredAgree ?? 0, total })}`,
            },
            ...(s.status === 'closed'
              ? [
                  {
                    key: 'agree',
                    title: t('council.item.agree'),
                    width: 110,
                    render: (_: unknown, i: SessionItem) => i.agree,
                  },
                  {
                    key: 'disagree',
                    title: t('council.item.disagree'),
                    width: 120,
                    render: (_: unknown, i: SessionItem) => i.disagree,
                  },
                  {
                    key: 'written',
                    title: t('council.item.written'),
                    width: 130,
                    render: (_: unknown, i: SessionItem) => `${i.writtenAgree ?? 0}/${i.writtenTotal ?? 0}`,
                  },
                  {
                    key: 'share',
                    title: t('council.item.share'),
                    width: 150,
                    render: (_: unknown, i: SessionItem) =>
                      shareText((i.agree ?? 0) + (i.writtenAgree ?? 0), total),
                  },
                  {
                    key: 'result',
                    title: t('council.item.result'),
                    width: 170,
                    render: (_: unknown, i: SessionItem) =>
                      i.result ? (
                        <Tag color={RESULT_COLORS[i.result]} data-testid="item-result">
                          {enumLabel(councilItemResults, i.result)}
                        </Tag>
                      ) : null,
                  },
                ]
              : [
                  {
                    key: 'received',
                    title: t('council.item.received'),
                    width: 130,
                    render: (_: unknown, i: SessionItem) =>
                      s.status === 'open' ? `${i.ballotsReceived}/${total}` : '',
                  },
                ]),
            ...(ab.editAgenda
              ? [
                  {
                    key: 'remove',
                    title: t('common.actions'),
                    width: 90,
                    render: (_: unknown, i: SessionItem) => (
                      <Popconfirm
                        title={`${t('council.agenda.remove')}?`}
                        onConfirm={() =>
                          run(
                            () =>
                              api.delete(`/council-sessions/${id}/items/${i.id}`, {
                                schema: councilSessionDetailSchema,
                              }),
                            t('common.deleted'),
                          )
                        }
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('council.agenda.remove')}
                        />
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <AttendanceCard
        detail={detail}
        onSaved={(next) => setDetail(next)}
        onWritten={(m) => setWrittenFor(m)}
      />

      {adding ? (
        <CandidatesModal
          sessionId={id}
          onClose={() => setAdding(false)}
          onAdded={(next, n) => {
            setDetail(next);
            setAdding(false);
            message.success(t('council.agenda.added', { n }));
          }}
        />
      ) : null}
      {writtenFor ? (
        <WrittenOpinionModal
          sessionId={id}
          member={writtenFor}
          items={s.items}
          onClose={() => setWrittenFor(null)}
          onSaved={() => {
            setWrittenFor(null);
            message.success(t('council.written.saved'));
            loaded.reload();
          }}
        />
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('council.vote.hint')}
      </Typography.Paragraph>
    </>
  );
}
