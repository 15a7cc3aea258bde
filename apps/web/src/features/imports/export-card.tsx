import { DownloadOutlined } from '@ant-design/icons';
import { type ImportKind, importKindLabels, importKinds } from '@vinhdanh/contracts';
import { App, Button, Card, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';

/** Downloads the data of a unit subtree as .xlsx in the same layout as the import templates. */
export function ExportCard() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [kind, setKind] = useState<ImportKind>('people');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      await api.download(`/exports/${kind}`, { unitId }, `vinhdanh-${kind}.xlsx`);
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('exports.title')}>
      <Typography.Paragraph type="secondary">{t('exports.intro')}</Typography.Paragraph>
      <Form layout="vertical" name="export" onFinish={download}>
        <Form.Item label={t('imports.kind')} htmlFor="export_kind">
          <Select<ImportKind>
            id="export_kind"
            value={kind}
            onChange={setKind}
            options={importKinds.map((k) => ({ value: k, label: pick(importKindLabels[k]) }))}
            data-testid="export-kind"
          />
        </Form.Item>
        <Form.Item label={t('exports.unit')} htmlFor="export_unit" extra={t('exports.unitHint')}>
          <UnitTreeSelect
            id="export_unit"
            value={unitId}
            onChange={(v) => setUnitId(typeof v === 'number' ? v : null)}
            placeholder={t('exports.allUnits')}
            data-testid="export-unit"
          />
        </Form.Item>
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          htmlType="submit"
          loading={busy}
          data-testid="export-download"
        >
          {t('exports.download')}
        </Button>
      </Form>
    </Card>
  );
}
