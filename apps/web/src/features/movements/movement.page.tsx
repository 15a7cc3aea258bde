import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorPage } from '../errors/error.page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { MovementEditModal } from './movement-edit-modal.tsx';
import { MovementSummaryCard } from './movement-summary-card.tsx';
import { MovementTabsCard } from './movement-tabs-card.tsx';
import {
  kindKey,
  type MovementStatus,
  movementOne,
  STATUS_COLORS,
  statusKey,
  TRANSITIONS,
} from './movements-api.ts';
import { ApiError } from '../../api/client.ts';

export function MovementPage() {
  const { id } = useParams();
  const movementId = Number(id);
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const detail = useAsync(
    (signal) => api.get(`/movements/${movementId}`, { schema: movementOne, signal }),
    [movementId],
  );
  const [pending, setPending] = useState<{ to: MovementStatus; label: string } | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);

  if (detail.error instanceof ApiError && detail.error.status === 404) return <ErrorPage status={404} />;
  if (!detail.data && detail.loading) return <FullPageSpin />;
  if (!detail.data) return <Alert type="error" showIcon title={errorText(detail.error)} />;
  const m = detail.data.data;
  const abilities = detail.data.abilities;

  const transition = async (to: MovementStatus, withNote?: string) => {
    setBusy(true);
    try {
      await api.post(`/movements/${m.id}/transitions`, {
        body: { to, note: withNote || null },
        schema: movementOne,
      });
      message.success(t('mv.transitioned', { status: t(statusKey(to)) }));
      setPending(null);
      setNote('');
      detail.reload();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const actions = TRANSITIONS.filter((tr) => tr.from.includes(m.status) && abilities[`to_${tr.to}`]);

  return (
    <>
      <PageHeader
        title={m.name}
        sub={
          <Space size={8} wrap>
            <Tag color={STATUS_COLORS[m.status]} data-testid="movement-status">
              {t(statusKey(m.status))}
            </Tag>
            <span>{t(kindKey(m.kind))}</span>
            <span>· {m.unitName}</span>
          </Space>
        }
        extra={
          <>
            {abilities.update ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="movement-edit">
                {t('common.edit')}
              </Button>
            ) : null}
            {actions.map((a) => (
              <Button
                key={`${a.to}-${a.label}`}
                type={a.note ? 'default' : 'primary'}
                danger={a.note}
                loading={busy && !a.note}
                data-testid={`movement-to-${a.to}`}
                onClick={() => (a.note ? setPending({ to: a.to, label: t(a.label) }) : transition(a.to))}
              >
                {t(a.label)}
              </Button>
            ))}
          </>
        }
      />
      <MovementSummaryCard movement={m} />
      <MovementTabsCard movement={m} abilities={abilities} onChanged={detail.reload} />
      <Modal
        open={pending !== null}
        title={pending?.label}
        okText={pending?.label}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, disabled: !note.trim(), 'data-testid': 'transition-note-ok' }}
        confirmLoading={busy}
        onOk={() => pending && transition(pending.to, note.trim())}
        onCancel={() => {
          setPending(null);
          setNote('');
        }}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('mv.transitionNote')} htmlFor="transition-note" required>
            <Input.TextArea
              id="transition-note"
              rows={3}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={2000}
              autoFocus
              data-testid="transition-note"
            />
          </Form.Item>
        </Form>
      </Modal>
      <MovementEditModal
        open={editing}
        movement={m}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          detail.reload();
        }}
      />
    </>
  );
}
