import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { sheetResponse } from '../scoring/scoring-api.ts';
import { RemoveRowButton, useDialog } from './bloc-editor-kit.tsx';

/* ───────────── Create a score sheet with its settings ───────────── */

interface SheetValues {
  name: string;
  flagCount: number;
  certificateCount: number;
  maxPenaltyForProposal?: number | null;
  bands: { name: string; minPoints: number }[];
}

/** Settings fields shared by "create a sheet" and "edit settings". */
export function SheetSettingsFields() {
  const { t } = useI18n();
  return (
    <>
      <Flex gap={12}>
        <Form.Item
          name="flagCount"
          label={t('sc.flagCount')}
          style={{ flex: 1 }}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={20} style={{ width: '100%' }} data-testid="sheet-flag-count" />
        </Form.Item>
        <Form.Item
          name="certificateCount"
          label={t('sc.certificateCount')}
          style={{ flex: 1 }}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={50} style={{ width: '100%' }} data-testid="sheet-cert-count" />
        </Form.Item>
        <Form.Item name="maxPenaltyForProposal" label={t('sc.maxPenalty')} style={{ flex: 1 }}>
          <InputNumber min={0} step={0.5} decimalSeparator="," style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.List name="bands">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Flex key={f.key} gap={8} align="start">
                <Form.Item
                  name={[f.name, 'name']}
                  label={t('sc.bandN', { n: i + 1 })}
                  rules={[{ required: true, whitespace: true }]}
                  style={{ flex: 2 }}
                >
                  <Input maxLength={100} data-testid={`sheet-band-name-${i}`} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'minPoints']}
                  label={t('sc.bandMin')}
                  rules={[{ required: true }]}
                  style={{ flex: 1 }}
                >
                  <InputNumber
                    min={0}
                    step={0.5}
                    decimalSeparator=","
                    style={{ width: '100%' }}
                    data-testid={`sheet-band-min-${i}`}
                  />
                </Form.Item>
                <RemoveRowButton onClick={() => remove(f.name)} />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', minPoints: 0 })}
              data-testid="sheet-band-add"
              style={{ marginBottom: 12 }}
            >
              {t('sc.addBand')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

export function settingsFrom(v: Omit<SheetValues, 'name'>) {
  return {
    bands: (v.bands ?? []).map((b) => ({ name: b.name.trim(), minPoints: b.minPoints })),
    flagCount: v.flagCount,
    certificateCount: v.certificateCount,
    maxPenaltyForProposal: v.maxPenaltyForProposal ?? null,
    flagMinBand: null,
  };
}

/** "Tạo bảng điểm" for a bloc and year: name and settings; criteria are added on the sheet page. */
export function CreateSheetButton({
  blocId,
  blocName,
  year,
}: {
  blocId: number;
  blocName: string;
  year: number;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [open, dialogKey, show, hide] = useDialog();
  const [form] = Form.useForm<SheetValues>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldValue('name', t('sc.defaultSheetName', { bloc: blocName, year }));
  }, [open, form, t, blocName, year]);
  return (
    <>
      <Button size="small" icon={<PlusOutlined />} onClick={show} data-testid="sheet-create">
        {t('sc.createSheet')}
      </Button>
      <ModalForm<SheetValues>
        key={dialogKey}
        open={open}
        form={form}
        name="sheet"
        width={760}
        title={t('sc.createSheetTitle', { year })}
        onCancel={() => hide()}
        initialValues={{ flagCount: 1, certificateCount: 2, bands: [] }}
        onSubmit={async (v) => {
          const r = await api.post('/score-sheets', {
            body: { blocId, year, name: v.name.trim(), settings: settingsFrom(v) },
            schema: sheetResponse,
          });
          hide();
          navigate(`/scoring/sheets/${r.data.id}`);
        }}
      >
        <Form.Item name="name" label={t('sc.sheetName')} rules={[{ required: true, min: 3 }]}>
          <Input maxLength={300} data-testid="sheet-name" />
        </Form.Item>
        <SheetSettingsFields />
      </ModalForm>
    </>
  );
}

/** Edits a sheet's settings (bands, proposal counts); a locked sheet gets a new version. */
export function SheetSettingsButton({
  sheet,
  onSaved,
}: {
  sheet: z.infer<typeof sheetResponse>['data'];
  onSaved: (r: z.infer<typeof sheetResponse>) => void;
}) {
  const { t } = useI18n();
  const [open, dialogKey, show, hide] = useDialog();
  return (
    <>
      <Button onClick={show} data-testid="sheet-settings-edit">
        {t('sc.editSettings')}
      </Button>
      <ModalForm<Omit<SheetValues, 'name'>>
        key={dialogKey}
        open={open}
        name="sheet-settings"
        width={760}
        title={t('sc.editSettings')}
        onCancel={() => hide()}
        initialValues={{
          flagCount: sheet.settings.flagCount,
          certificateCount: sheet.settings.certificateCount,
          maxPenaltyForProposal: sheet.settings.maxPenaltyForProposal,
          bands: sheet.settings.bands,
        }}
        onSubmit={async (v) => {
          const r = await api.patch(`/score-sheets/${sheet.id}`, {
            body: { settings: { ...settingsFrom(v), flagMinBand: sheet.settings.flagMinBand } },
            schema: sheetResponse,
          });
          hide();
          onSaved(r);
        }}
      >
        <SheetSettingsFields />
      </ModalForm>
    </>
  );
}
