import { PlusOutlined } from '@ant-design/icons';
import { blocSchema, withAbilities } from '@vinhdanh/contracts';
import { Button, Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useDialog } from './bloc-editor-kit.tsx';

const blocOne = withAbilities(blocSchema);

interface BlocValues {
  name: string;
  kind: 'bloc' | 'cluster';
  organiserUnitId: number;
  note?: string;
}

/** "Tạo khối" for holders of bloc.write; the server checks the organiser unit is in their scope. */
export function CreateBlocButton() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [open, dialogKey, show, hide] = useDialog();
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={show} data-testid="bloc-create">
        {t('bloc.create')}
      </Button>
      <ModalForm<BlocValues>
        key={dialogKey}
        open={open}
        name="bloc"
        title={t('bloc.create')}
        onCancel={() => hide()}
        initialValues={{ kind: 'bloc' }}
        onSubmit={async (v) => {
          const r = await api.post('/blocs', {
            body: { ...v, name: v.name.trim(), note: v.note?.trim() || null },
            schema: blocOne,
          });
          hide();
          navigate(`/blocs/${r.data.id}`);
        }}
      >
        <Form.Item name="name" label={t('bloc.name')} rules={[{ required: true, whitespace: true, min: 3 }]}>
          <Input maxLength={300} data-testid="bloc-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('bloc.kind')}>
          <Select
            data-testid="bloc-kind"
            options={[
              { value: 'bloc', label: t('bloc.kind.bloc') },
              { value: 'cluster', label: t('bloc.kind.cluster') },
            ]}
          />
        </Form.Item>
        <Form.Item name="organiserUnitId" label={t('bloc.organiser')} rules={[{ required: true }]}>
          <UnitTreeSelect data-testid="bloc-organiser" />
        </Form.Item>
        <Form.Item name="note" label={t('bloc.note')}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
      </ModalForm>
    </>
  );
}
