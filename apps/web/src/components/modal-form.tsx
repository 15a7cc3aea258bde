import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useRef, useState } from 'react';
import { useI18n } from '../i18n/index.ts';
import { applyFieldErrors } from '../lib/forms.ts';
import { useErrorText } from '../lib/use-error-text.ts';

const visuallyHidden: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  border: 0,
};

export interface ModalFormProps<V> {
  open: boolean;
  title: ReactNode;
  /** Form name: prefixes field ids, so labels point at their inputs. */
  name: string;
  onCancel: () => void;
  /** Throw to keep the dialog open: field errors from the server go next to their fields, others on top. */
  onSubmit: (values: V) => Promise<void>;
  initialValues?: Partial<V>;
  okText?: string;
  okDanger?: boolean;
  width?: number;
  intro?: ReactNode;
  form?: FormInstance<V>;
  children: ReactNode;
}

/** A dialog around a vertical form: Enter submits, the first field takes focus, errors stay in the dialog. */
export function ModalForm<V extends object>({
  open,
  title,
  name,
  onCancel,
  onSubmit,
  initialValues,
  okText,
  okDanger,
  width = 560,
  intro,
  form: given,
  children,
}: ModalFormProps<V>) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  const onFinish = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (err) {
      if (!applyFieldErrors(form, err)) setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: okDanger, 'data-testid': `${name}-ok` }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      mask={{ closable: false }}
      afterOpenChange={(isOpen) => {
        if (!isOpen) {
          setError(null);
          // The form instance outlives the dialog: start the next opening from the initial values.
          form.resetFields();
          return;
        }
        // Only when nothing in the form has focus yet: never pull focus away from a field being typed in.
        if (bodyRef.current?.contains(document.activeElement)) return;
        const first = bodyRef.current?.querySelector<HTMLElement>(
          'input:not([type=hidden]):not([disabled]), textarea, [role=combobox]',
        );
        first?.focus();
      }}
    >
      <div ref={bodyRef}>
        {intro}
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />
        ) : null}
        <Form<V>
          form={form}
          name={name}
          layout="vertical"
          initialValues={initialValues}
          onFinish={onFinish}
          scrollToFirstError
        >
          {children}
          <button type="submit" style={visuallyHidden} tabIndex={-1} aria-hidden="true" />
        </Form>
      </div>
    </Modal>
  );
}
