import { dossierKinds, dossierStatuses } from '@vinhdanh/contracts';
import { App, Checkbox, Empty, Flex, Form, Input, Modal, Select, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { candidatesResponse, decisionDetailSchema, issuersResponse } from './decisions-api.ts';

/** Prepares a draft: the issuing body, then the dossiers addressed to it that await a decision. */
export function DecisionCreateModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const { t, enumLabel } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const issuers = useAsync(
    (signal) => api.get('/decisions/issuers', { schema: issuersResponse, signal }),
    [],
  );
  const issuerUnitId = Form.useWatch('issuerUnitId', form) as number | undefined;
  useEffect(() => {
    const only = issuers.data?.data;
    if (only && only.length === 1 && !form.getFieldValue('issuerUnitId'))
      form.setFieldValue('issuerUnitId', only[0]!.id);
  }, [issuers.data, form]);
  const candidates = useAsync(
    async (signal) =>
      issuerUnitId
        ? api.get('/decisions/candidates', { query: { issuerUnitId }, schema: candidatesResponse, signal })
        : { data: [] },
    [issuerUnitId],
  );

  async function submit() {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const res = await api.post('/decisions', {
        body: {
          issuerUnitId: v.issuerUnitId,
          dossierIds: v.dossierIds,
          decisionDate: dayjsToIso(v.decisionDate),
          signerName: v.signerName || null,
          signerTitle: v.signerTitle || null,
        },
        schema: decisionDetailSchema,
      });
      message.success(t('decision.created'));
      onCreated(res.data.id);
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      width={720}
      title={t('decision.create')}
      okText={t('decision.create')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ signerTitle: 'Chủ tịch' }}>
        <Form.Item
          name="issuerUnitId"
          label={t('decision.issuer')}
          rules={[{ required: true, message: t('decision.chooseIssuer') }]}
        >
          <Select
            loading={issuers.loading}
            placeholder={t('decision.chooseIssuer')}
            options={(issuers.data?.data ?? []).map((u) => ({
              value: u.id,
              label: `${u.name} (QĐ-${u.symbol})`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="dossierIds"
          label={t('decision.chooseDossiers')}
          rules={[{ required: true, message: t('decision.chooseDossiers') }]}
        >
          {candidates.loading ? (
            <Spin />
          ) : (candidates.data?.data ?? []).length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('decision.noCandidates')} />
          ) : (
            <Checkbox.Group style={{ width: '100%' }}>
              <Flex vertical gap={8}>
                {(candidates.data?.data ?? []).map((d) => (
                  <Checkbox key={d.id} value={d.id}>
                    <Typography.Text strong>{d.title}</Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      — {d.unitName}, {d.year} · {t('decision.nomineeCount', { n: d.nomineeCount })}
                    </Typography.Text>{' '}
                    <Tag>{enumLabel(dossierKinds, d.kind as 'regular')}</Tag>
                    <Tag color="green">{enumLabel(dossierStatuses, d.status as 'appraised')}</Tag>
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          )}
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="decisionDate" label={t('decision.date')} style={{ flex: 1 }}>
            <DateInput />
          </Form.Item>
          <Form.Item name="signerName" label={t('decision.signerName')} style={{ flex: 1 }}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="signerTitle" label={t('decision.signerTitle')} style={{ flex: 1 }}>
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
