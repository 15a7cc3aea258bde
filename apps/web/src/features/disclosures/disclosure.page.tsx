import { Alert, App, Button, Card, Input, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { commentStatuses, disclosureStates } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { formatViDateTime } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { disclosuresApi } from './disclosures-api.ts';

const STATUS_COLORS = { pending: 'orange', approved: 'green', rejected: 'red' } as const;

/** One disclosure for the appraisers: the published list and every comment to moderate and answer. */
export function DisclosurePage() {
  const { t, enumLabel } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const id = Number(useParams().id);
  const res = useAsync((s) => disclosuresApi.get(id, s), [id]);
  const [answers, setAnswers] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const d = res.data?.data;
  const run = async (commentId: number, action: () => Promise<unknown>) => {
    setBusy(commentId);
    try {
      await action();
      res.reload();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(null);
    }
  };
  if (res.error) return <Alert type="error" showIcon title={errorText(res.error)} />;
  if (!d) return null;
  const names = new Map(d.items.map((i) => [i.id, i.name]));
  return (
    <>
      <PageHeader
        title={d.title}
        sub={
          <Space wrap>
            <Tag color={d.state === 'open' ? 'green' : 'default'}>{enumLabel(disclosureStates, d.state)}</Tag>
            {d.unitName} · {formatViDate(d.startsOn)} – {formatViDate(d.endsOn)}
          </Space>
        }
        extra={
          <>
            <Link to={`/cong-khai/lay-y-kien/${d.id}`} target="_blank">
              {t('disc.viewPublic')}
            </Link>
            {res.data?.abilities.withdraw ? (
              <Popconfirm
                title={t('disc.withdrawConfirm')}
                onConfirm={() => run(-1, () => disclosuresApi.withdraw(d.id))}
              >
                <Button danger>{t('disc.withdraw')}</Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Card title={t('disc.comments', { n: d.comments.length })} style={{ marginBottom: 16 }}>
        <List
          dataSource={d.comments}
          locale={{ emptyText: t('portal.disclosure.noComments') }}
          renderItem={(c) => (
            <List.Item data-testid={`comment-${c.id}`}>
              <div style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{c.authorName}</Typography.Text>
                  <Typography.Text type="secondary">{formatViDateTime(c.createdAt)}</Typography.Text>
                  <Tag color={STATUS_COLORS[c.status]}>{enumLabel(commentStatuses, c.status)}</Tag>
                  {c.itemId && names.get(c.itemId) ? (
                    <Tag>{t('portal.disclosure.about', { name: names.get(c.itemId)! })}</Tag>
                  ) : null}
                </Space>
                {c.contact ? (
                  <div>
                    <Typography.Text type="secondary">
                      {t('disc.contact', { contact: c.contact })}
                    </Typography.Text>
                  </div>
                ) : null}
                <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: '6px 0' }}>
                  {c.body}
                </Typography.Paragraph>
                <Space wrap style={{ marginBottom: 8 }}>
                  {c.status !== 'approved' ? (
                    <Button
                      size="small"
                      type="primary"
                      loading={busy === c.id}
                      data-testid="comment-approve"
                      onClick={() => run(c.id, () => disclosuresApi.moderate(d.id, c.id, 'approved'))}
                    >
                      {t('disc.approve')}
                    </Button>
                  ) : null}
                  {c.status !== 'rejected' ? (
                    <Button
                      size="small"
                      danger
                      loading={busy === c.id}
                      onClick={() => run(c.id, () => disclosuresApi.moderate(d.id, c.id, 'rejected'))}
                    >
                      {t('disc.reject')}
                    </Button>
                  ) : null}
                </Space>
                {c.status !== 'rejected' ? (
                  <div>
                    {c.answer ? (
                      <Alert
                        type="info"
                        title={t('disc.answered', {
                          by: c.answeredByName ?? '',
                          at: formatViDateTime(c.answeredAt),
                        })}
                        description={<span style={{ whiteSpace: 'pre-line' }}>{c.answer}</span>}
                        style={{ marginBottom: 8 }}
                      />
                    ) : null}
                    <Space.Compact style={{ width: '100%' }}>
                      <Input.TextArea
                        aria-label={t('disc.answer')}
                        data-testid="comment-answer"
                        placeholder={t('disc.answer')}
                        autoSize={{ minRows: 1, maxRows: 6 }}
                        value={answers[c.id] ?? ''}
                        onChange={(e) => setAnswers((a) => ({ ...a, [c.id]: e.target.value }))}
                      />
                      <Button
                        disabled={!answers[c.id]?.trim()}
                        data-testid="comment-answer-save"
                        loading={busy === c.id}
                        onClick={() =>
                          run(c.id, async () => {
                            await disclosuresApi.answer(d.id, c.id, answers[c.id]!.trim());
                            setAnswers((a) => ({ ...a, [c.id]: '' }));
                          })
                        }
                      >
                        {t('disc.answerSave')}
                      </Button>
                    </Space.Compact>
                  </div>
                ) : null}
              </div>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('disc.items', { n: d.items.length })}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.items}
          columns={[
            { title: t('portal.disclosure.no'), key: 'no', width: 60, render: (_, __, i) => i + 1 },
            { title: t('portal.disclosure.name'), dataIndex: 'name' },
            { title: t('portal.disclosure.unit'), dataIndex: 'unitName' },
            { title: t('portal.disclosure.target'), dataIndex: 'targetName' },
          ]}
        />
      </Card>
    </>
  );
}
