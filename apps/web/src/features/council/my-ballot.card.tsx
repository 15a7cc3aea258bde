import { ballotChoices } from '@vinhdanh/contracts';
import { Alert, App, Button, Card, Flex, Modal, Popconfirm, Radio, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { type Choice, type SessionDetail, type SessionItem, voteResultSchema } from './council-api.ts';

/** The logged-in member's own ballot: one choice per item, the receipt code shown once. */
export function MyBallot({ detail, onVoted }: { detail: SessionDetail; onVoted: () => void }) {
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
