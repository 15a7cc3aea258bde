import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso } from '../../lib/dates.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { pactOne } from '../scoring/scoring-api.ts';
import { RemoveRowButton, useDialog } from './bloc-editor-kit.tsx';

type Pact = z.infer<typeof pactOne>['data'];

/* ───────────── Pact: items, signatures, signed scan ───────────── */

interface PactValues {
  title: string;
  items: { text: string }[];
}

/** Creates or edits the year's pact (title and numbered items). */
export function PactEditor({
  blocId,
  year,
  pact,
  onSaved,
}: {
  blocId: number;
  year: number;
  pact: Pact | undefined | null;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, dialogKey, show, hide] = useDialog();
  return (
    <>
      <Button size="small" onClick={show} data-testid="pact-edit">
        {pact ? t('bloc.pact.edit') : t('bloc.pact.create')}
      </Button>
      <ModalForm<PactValues>
        key={dialogKey}
        open={open}
        name="pact"
        width={720}
        title={t('bloc.pact.editTitle', { year })}
        onCancel={() => hide()}
        initialValues={{
          title: pact?.title ?? t('bloc.pact.defaultTitle', { year }),
          items: pact?.items.map((i) => ({ text: i.text })) ?? [{ text: '' }],
        }}
        onSubmit={async (v) => {
          await api.put(`/blocs/${blocId}/pacts/${year}`, {
            body: {
              title: v.title.trim(),
              items: v.items.map((it, i) => ({ no: i + 1, text: it.text.trim() })),
              ...(pact ? { version: pact.version } : {}),
            },
            schema: pactOne,
          });
          message.success(t('common.saved'));
          hide();
          onSaved();
        }}
      >
        <Form.Item name="title" label={t('bloc.pact.title')} rules={[{ required: true, min: 3 }]}>
          <Input maxLength={500} data-testid="pact-title" />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} align="start">
                  <Form.Item
                    name={[f.name, 'text']}
                    label={t('bloc.pact.itemN', { n: i + 1 })}
                    rules={[{ required: true, whitespace: true, min: 3 }]}
                    style={{ flex: 1 }}
                  >
                    <Input.TextArea autoSize maxLength={2000} data-testid={`pact-item-${i}`} />
                  </Form.Item>
                  <RemoveRowButton onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ text: '' })}
                data-testid="pact-item-add"
              >
                {t('bloc.pact.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </ModalForm>
    </>
  );
}

interface SignValues {
  signedDate: Dayjs;
  signerName?: string;
}

/** Records a member unit's signature (date, signer), or removes it. */
export function SignButton({
  blocId,
  year,
  unit,
  onSaved,
}: {
  blocId: number;
  year: number;
  unit: { unitId: number; unitName: string };
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, dialogKey, show, hide] = useDialog();
  return (
    <>
      <Button size="small" onClick={show} data-testid={`pact-sign-${unit.unitId}`}>
        {t('bloc.sign')}
      </Button>
      <ModalForm<SignValues>
        key={dialogKey}
        open={open}
        name="sign"
        title={t('bloc.sign.title', { unit: unit.unitName })}
        onCancel={() => hide()}
        onSubmit={async (v) => {
          await api.put(`/blocs/${blocId}/pacts/${year}/signatures/${unit.unitId}`, {
            body: { signedDate: dayjsToIso(v.signedDate)!, signerName: v.signerName?.trim() || null },
            schema: pactOne,
          });
          message.success(t('common.saved'));
          hide();
          onSaved();
        }}
      >
        <Form.Item name="signedDate" label={t('bloc.sign.date')} rules={[{ required: true }]}>
          <DateInput data-testid="sign-date" />
        </Form.Item>
        <Form.Item name="signerName" label={t('bloc.signer')}>
          <Input maxLength={200} data-testid="sign-signer" />
        </Form.Item>
      </ModalForm>
    </>
  );
}

export function UnsignButton({
  blocId,
  year,
  unitId,
  onSaved,
}: {
  blocId: number;
  year: number;
  unitId: number;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  return (
    <Button
      size="small"
      type="text"
      danger
      icon={<DeleteOutlined />}
      aria-label={t('bloc.unsign')}
      data-testid={`pact-unsign-${unitId}`}
      onClick={() =>
        modal.confirm({
          title: t('bloc.unsignConfirm'),
          okText: t('bloc.unsign'),
          cancelText: t('common.cancel'),
          okButtonProps: { danger: true },
          onOk: () =>
            api
              .delete(`/blocs/${blocId}/pacts/${year}/signatures/${unitId}`, { schema: pactOne })
              .then(onSaved, (err) => message.error(errorText(err))),
        })
      }
    />
  );
}
