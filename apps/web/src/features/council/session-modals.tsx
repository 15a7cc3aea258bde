import { ballotChoices } from '@vinhdanh/contracts';
import { Alert, Empty, Modal, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import {
  agendaCandidateListSchema,
  type Candidate,
  type Choice,
  councilSessionDetailSchema,
  type SessionDetail,
  type SessionItem,
} from './council-api.ts';

export function CandidatesModal({
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

export function WrittenOpinionModal({
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
