import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso, type isoToDayjs } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { councilDetailSchema, councilListSchema } from './council-api.ts';
import { ReceiptVerifyCard } from './receipt-verify.card.tsx';
import { CouncilFields } from './council-fields.tsx';
import { CouncilView } from './council-view.tsx';

type Dj = ReturnType<typeof isoToDayjs>;

/** Councils in scope; the chosen one's members and terms, its sessions, and the receipt check. */
export function CouncilPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const list = useAsync((signal) => api.get('/councils', { schema: councilListSchema, signal }), []);
  const councils = list.data?.data ?? [];
  const chosen = Number(params.get('c')) || councils[0]?.id;
  const { message } = App.useApp();
  const navigate = useNavigate();

  return (
    <>
      <PageHeader
        title={t('council.title')}
        sub={t('council.sub')}
        extra={
          can('council.manage') ? (
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="council-create">
              {t('council.create')}
            </Button>
          ) : null
        }
      />
      {list.error ? (
        <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
      ) : null}
      {councils.length > 1 ? (
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <Typography.Text>{t('council.select')}:</Typography.Text>
          <Select
            style={{ minWidth: 420 }}
            value={chosen}
            options={councils.map((c) => ({ value: c.id, label: `${c.name} — ${c.unitName}` }))}
            onChange={(v) => setParams({ c: String(v) })}
          />
        </Flex>
      ) : null}
      {!list.loading && councils.length === 0 ? (
        <Card>
          <Empty description={t('council.empty')} />
        </Card>
      ) : null}
      {chosen ? <CouncilView key={chosen} id={chosen} onChanged={list.reload} /> : null}
      <ReceiptVerifyCard />
      <ModalForm<{ unitId: number; name: string; termFrom?: Dj; termTo?: Dj }>
        open={creating}
        name="council-create"
        title={t('council.create')}
        onCancel={() => setCreating(false)}
        initialValues={{ name: 'Hội đồng Thi đua – Khen thưởng' }}
        onSubmit={async (v) => {
          const created = await api.post('/councils', {
            body: {
              unitId: v.unitId,
              name: v.name,
              termFrom: dayjsToIso(v.termFrom),
              termTo: dayjsToIso(v.termTo),
            },
            schema: councilDetailSchema,
          });
          setCreating(false);
          message.success(t('common.saved'));
          list.reload();
          navigate(`/council?c=${created.data.id}`);
        }}
      >
        <Form.Item name="unitId" label={t('council.unit')} rules={[{ required: true }]}>
          <UnitTreeSelect />
        </Form.Item>
        <CouncilFields />
      </ModalForm>
    </>
  );
}
