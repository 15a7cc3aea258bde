import { dossierActions } from '@vinhdanh/contracts';
import { Alert, Form, Input, Select } from 'antd';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useMaxLength } from '../../components/form-helpers.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import {
  appraisersResponse,
  type Dossier,
  type DossierAction,
  dossierDetailSchema,
  NOTE_REQUIRED,
} from './dossiers-api.ts';
import type { DossierMutations } from './use-dossier.ts';

interface Values {
  note?: string;
  assigneeUserId?: number;
}

const HINTS: Partial<Record<DossierAction, MessageKey>> = {
  submit: 'dossier.action.hint.submit',
  recall: 'dossier.action.hint.recall',
  receive: 'dossier.action.hint.receive',
  assign: 'dossier.action.hint.assign',
  start_appraisal: 'dossier.action.hint.start_appraisal',
  return: 'dossier.action.hint.return',
  complete_appraisal: 'dossier.action.hint.complete_appraisal',
  reopen_appraisal: 'dossier.action.hint.reopen_appraisal',
};

/** What would stop the step on the server, said before the user tries (the server checks again). */
function blockers(
  d: Dossier,
  action: DossierAction,
  t: (k: MessageKey, p?: Record<string, number>) => string,
) {
  const active = d.nominees.filter((n) => !n.removedAt);
  const out: string[] = [];
  if (action === 'submit') {
    if (active.length === 0) out.push(t('dossier.block.noNominees'));
    const unjustified = active.filter((n) => n.needsJustification && !n.justification?.trim()).length;
    if (unjustified) out.push(t('dossier.block.unjustified', { n: unjustified }));
  }
  if (action === 'complete_appraisal') {
    const open = active.filter((n) => !n.appraisal || n.appraisal === 'needs_information').length;
    if (open) out.push(t('dossier.block.unappraised', { n: open }));
  }
  if (action === 'start_appraisal' && !d.assignee) out.push(t('dossier.block.unassigned'));
  return out;
}

/** One workflow step: says what it does, asks the reason where one is required, the appraiser for 'assign'. */
export function TransitionDialog({
  dossier: d,
  action,
  onClose,
  mutations,
}: {
  dossier: Dossier;
  action: DossierAction | null;
  onClose: () => void;
  mutations: DossierMutations;
}) {
  const { t, enumLabel } = useI18n();
  const { me } = useSession();
  const maxLength = useMaxLength();
  const needsNote = action ? NOTE_REQUIRED.has(action) : false;
  const appraisers = useAsync(
    async (signal) =>
      action === 'assign'
        ? (await api.get(`/dossiers/${d.id}/appraisers`, { schema: appraisersResponse, signal })).data
        : [],
    [action, d.id],
  );
  const label = action ? enumLabel(dossierActions, action) : '';
  const warnings = action ? blockers(d, action, t) : [];
  const hint = action ? HINTS[action] : undefined;

  return (
    <ModalForm<Values>
      open={action !== null}
      name="dossier-transition"
      title={label}
      okText={label}
      okDanger={action === 'return'}
      initialValues={{ assigneeUserId: d.assignee?.id }}
      onCancel={onClose}
      intro={
        <>
          {hint ? <p style={{ marginTop: 0 }}>{t(hint)}</p> : null}
          {warnings.length ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={warnings.length === 1 ? warnings[0] : t('dossier.block.title')}
              description={
                warnings.length > 1 ? (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          ) : null}
        </>
      }
      onSubmit={async (v) => {
        if (!action) return;
        try {
          const res = await api.post(`/dossiers/${d.id}/transition`, {
            body: {
              action,
              version: d.version,
              note: v.note?.trim() || null,
              ...(action === 'assign' ? { assigneeUserId: v.assigneeUserId } : {}),
            },
            schema: dossierDetailSchema,
          });
          mutations.apply(res);
          onClose();
        } catch (err) {
          if (mutations.conflict(err)) onClose();
          else throw err;
        }
      }}
    >
      {action === 'assign' ? (
        <Form.Item
          name="assigneeUserId"
          label={t('dossier.assignee')}
          rules={[{ required: true, message: t('dossier.assigneeRequired') }]}
        >
          <Select<number>
            data-testid="transition-assignee"
            loading={appraisers.loading}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('dossier.assigneePlaceholder')}
            options={(appraisers.data ?? []).map((u) => ({
              value: u.id,
              label: u.id === me?.id ? `${u.name} (${t('dossier.you')})` : u.name,
            }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        name="note"
        label={needsNote ? t('dossier.reason') : t('dossier.noteOptional')}
        rules={[
          ...(needsNote ? [{ required: true, whitespace: true, message: t('dossier.reasonRequired') }] : []),
          maxLength(4000),
        ]}
      >
        <Input.TextArea rows={3} data-testid="transition-note" />
      </Form.Item>
    </ModalForm>
  );
}
