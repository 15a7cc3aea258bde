import { ArrowLeftOutlined, DeleteOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ballotChoices,
  councilItemResults,
  councilMemberRoles,
  councilSessionStatuses,
} from '@vinhdanh/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Modal,
  Popconfirm,
  Radio,
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
  agendaCandidateListSchema,
  type Candidate,
  type Choice,
  councilSessionDetailSchema,
  RESULT_COLORS,
  SESSION_COLORS,
  type SessionDetail,
  type SessionItem,
  shareText,
  viDate,
  voteResultSchema,
} from './council-api.ts';

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

/** The logged-in member's own ballot: one choice per item, the receipt code shown once. */
function MyBallot({ detail, onVoted }: { detail: SessionDetail; onVoted: () => void }) {
  const { t, enumLabel } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const s = detail.data;
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const [receipt, setReceipt] = useState<{ code: string; subject: string } | null>(null);
  const [voted, setVoted] = useState<Set<number>>(new Set());

  const cast = async (item: SessionItem) => {
    const choice = choices[item.id];
    if (!choice) return;
    setBusy(item.id);
    try {
      const r = await api.post(`/council-sessions/${s.id}/items/${item.id}/vote`, {
        body: { choice },
        schema: voteResultSchema,
      });
      setVoted((v) => new Set(v).add(item.id));
      setChoices((c) => {
        const { [item.id]: _, ...rest } = c;
        return rest;
      });
      setReceipt({ code: r.receiptCode, subject: item.subjectName });
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  let body: React.ReactNode;
  if (s.status !== 'open') body = <Alert type="info" showIcon title={t('council.vote.notOpen')} />;
  else if (!s.me?.present) body = <Alert type="warning" showIcon title={t('council.vote.notPresent')} />;
  else
    body = (
      <Table<SessionItem>
        data-testid="my-ballot"
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={s.items}
        columns={[
          { key: 'i', title: 'STT', width: 56, render: (_, __, i) => i + 1 },
          {
            key: 'subject',
            title: t('council.item.subject'),
            render: (_, i) => <strong>{i.subjectName}</strong>,
          },
          { key: 'target', dataIndex: 'targetName', title: t('council.item.target') },
          {
            key: 'choice',
            title: t('council.vote.choose'),
            width: 420,
            render: (_, i) =>
              i.votedByMe || voted.has(i.id) ? (
                <Tag color="success" data-testid="voted-tag">
                  {t('council.vote.done')}
                </Tag>
              ) : (
                <Flex gap={12} align="center">
                  <Radio.Group
                    value={choices[i.id]}
                    onChange={(e) => setChoices((c) => ({ ...c, [i.id]: e.target.value as Choice }))}
                    options={ballotChoices.values.map((v) => ({
                      value: v,
                      label: enumLabel(ballotChoices, v),
                    }))}
                  />
                  <Popconfirm
                    title={t('council.vote.confirm', {
                      choice: choices[i.id] ? enumLabel(ballotChoices, choices[i.id]) : '',
                      name: i.subjectName,
                    })}
                    disabled={!choices[i.id]}
                    onConfirm={() => cast(i)}
                  >
                    <Button
                      type="primary"
                      disabled={!choices[i.id]}
                      loading={busy === i.id}
                      data-testid="vote-button"
                    >
                      {t('council.vote.cast')}
                    </Button>
                  </Popconfirm>
                </Flex>
              ),
          },
        ]}
      />
    );

  return (
    <Card title={t('council.vote.title')} style={{ marginBottom: 16 }} data-testid="my-ballot-card">
      {body}
      <Modal
        open={receipt !== null}
        title={t('council.receipt.title')}
        closable={false}
        maskClosable={false}
        onOk={() => {
          setReceipt(null);
          onVoted();
        }}
        okText={t('council.receipt.close')}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <Typography.Paragraph>{receipt?.subject}</Typography.Paragraph>
        <Alert type="warning" showIcon title={t('council.receipt.once')} style={{ marginBottom: 12 }} />
        <Typography.Text
          data-testid="receipt-code"
          style={{ fontFamily: 'monospace', fontSize: 20 }}
          copyable={{
            text: receipt?.code ?? '',
            tooltips: [t('council.receipt.copy'), t('council.receipt.copied')],
          }}
        >
          {receipt?.code}
        </Typography.Text>
      </Modal>
    </Card>
  );
}

function AttendanceCard({
  detail,
  onSaved,
  onWritten,
}: {
  detail: SessionDetail;
  onSaved: (next: SessionDetail) => void;
  onWritten: (m: { memberId: number; fullName: string }) => void;
}) {
  const { t, enumLabel } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const s = detail.data;
  const editable = detail.abilities.editAgenda;
  const [marks, setMarks] = useState<Record<number, boolean>>({});
  const [saving, setSaving] = useState(false);
  const value = (memberId: number, present: boolean | null) => marks[memberId] ?? present;
  const dirty = Object.keys(marks).length > 0;
  const save = async () => {
    setSaving(true);
    try {
      const entries = s.attendance
        .map((a) => ({ memberId: a.memberId, present: value(a.memberId, a.present) }))
        .filter((e): e is { memberId: number; present: boolean } => e.present !== null);
      onSaved(
        await api.put(`/council-sessions/${s.id}/attendance`, {
          body: { entries },
          schema: councilSessionDetailSchema,
        }),
      );
      setMarks({});
      message.success(t('council.attendance.saved'));
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card
      title={t('council.attendance')}
      style={{ marginBottom: 16 }}
      extra={
        editable ? (
          <Button
            type="primary"
            disabled={!dirty}
            loading={saving}
            onClick={save}
            data-testid="attendance-save"
          >
            {t('council.attendance.save')}
          </Button>
        ) : null
      }
    >
      <Table
        data-testid="session-attendance"
        rowKey="memberId"
        size="small"
        pagination={false}
        dataSource={s.attendance}
        columns={[
          { key: 'i', title: 'STT', width: 56, render: (_, __, i) => i + 1 },
          { key: 'name', dataIndex: 'fullName', title: t('council.member.fullName') },
          {
            key: 'role',
            title: t('council.member.role'),
            width: 200,
            render: (_, a) => enumLabel(councilMemberRoles, a.role),
          },
          {
            key: 'present',
            title: t('council.attendance'),
            width: 260,
            render: (_, a) => {
              const v = value(a.memberId, a.present);
              if (editable)
                return (
                  <Radio.Group
                    size="small"
                    optionType="button"
                    value={v === null ? undefined : v}
                    onChange={(e) => setMarks((m) => ({ ...m, [a.memberId]: e.target.value as boolean }))}
                    options={[
                      { value: true, label: t('council.attendance.present') },
                      { value: false, label: t('council.attendance.absent') },
                    ]}
                  />
                );
              if (v === null) return <Tag>{t('council.attendance.unmarked')}</Tag>;
              return v ? (
                <Tag color="success">{t('council.attendance.present')}</Tag>
              ) : (
                <Space>
                  <Tag color="default">{t('council.attendance.absent')}</Tag>
                  {a.writtenOpinion ? <Tag color="purple">{t('council.attendance.written')}</Tag> : null}
                </Space>
              );
            },
          },
          ...(detail.abilities.recordWritten
            ? [
                {
                  key: 'written',
                  title: t('common.actions'),
                  width: 220,
                  render: (_: unknown, a: SessionDetail['data']['attendance'][number]) =>
                    a.present === false && !a.writtenOpinion ? (
                      <Button size="small" onClick={() => onWritten(a)} data-testid="written-record">
                        {t('council.written.record')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function CandidatesModal({
  sessionId,
  onClose,
  onAdded,
}: {
  sessionId: number;
  onClose: () => void;
  onAdded: (next: SessionDetail, n: number) => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const list = useAsync(
    (signal) =>
      api.get(`/council-sessions/${sessionId}/candidates`, { schema: agendaCandidateListSchema, signal }),
    [sessionId],
  );
  const [selected, setSelected] = useState<number[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      width={960}
      title={t('council.agenda.add')}
      onCancel={onClose}
      okButtonProps={{ disabled: selected.length === 0, loading: busy }}
      onOk={async () => {
        setBusy(true);
        try {
          const next = await api.post(`/council-sessions/${sessionId}/items`, {
            body: { nomineeIds: selected },
            schema: councilSessionDetailSchema,
          });
          onAdded(next, selected.length);
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('council.agenda.addHint')}</Typography.Paragraph>
      {error || list.error ? (
        <Alert type="error" showIcon title={errorText(error ?? list.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<Candidate>
        data-testid="agenda-candidates"
        rowKey="nomineeId"
        size="small"
        loading={list.loading}
        pagination={false}
        dataSource={list.data?.data ?? []}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
        locale={{
          emptyText: list.loading ? ' ' : <Empty description={t('council.agenda.candidatesEmpty')} />,
        }}
        columns={[
          { key: 'subject', dataIndex: 'subjectName', title: t('council.item.subject') },
          { key: 'target', dataIndex: 'targetName', title: t('council.item.target') },
          {
            key: 'threshold',
            title: t('council.item.threshold'),
            width: 110,
            render: (_, c) => `${c.thresholdPercent}%`,
          },
          { key: 'unit', dataIndex: 'proposingUnitName', title: t('council.item.unit') },
          { key: 'dossier', dataIndex: 'dossierTitle', title: t('council.item.dossier') },
        ]}
      />
    </Modal>
  );
}

function WrittenOpinionModal({
  sessionId,
  member,
  items,
  onClose,
  onSaved,
}: {
  sessionId: number;
  member: { memberId: number; fullName: string };
  items: SessionItem[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, enumLabel } = useI18n();
  const errorText = useErrorText();
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const filled = Object.keys(choices).length;
  return (
    <Modal
      open
      width={760}
      title={t('council.written.title', { name: member.fullName })}
      onCancel={onClose}
      okButtonProps={{ disabled: filled === 0, loading: busy }}
      onOk={async () => {
        setBusy(true);
        try {
          await api.post(`/council-sessions/${sessionId}/written-opinions`, {
            body: {
              memberId: member.memberId,
              choices: Object.entries(choices).map(([itemId, choice]) => ({
                itemId: Number(itemId),
                choice,
              })),
            },
          });
          onSaved();
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('council.written.hint')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} /> : null}
      <Table<SessionItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          { key: 'subject', dataIndex: 'subjectName', title: t('council.item.subject') },
          { key: 'target', dataIndex: 'targetName', title: t('council.item.target') },
          {
            key: 'choice',
            title: t('council.vote.choose'),
            width: 260,
            render: (_, i) => (
              <Radio.Group
                value={choices[i.id]}
                onChange={(e) => setChoices((c) => ({ ...c, [i.id]: e.target.value as Choice }))}
                options={ballotChoices.values.map((v) => ({ value: v, label: enumLabel(ballotChoices, v) }))}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
