import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Upload } from 'antd';
import { api } from '../../api/client.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { yearChoices } from '../movements/movements-api.ts';
import type { Registrations } from './use-registrations.ts';

/** The page header (Excel template and import) and the year, movement and unit filters. */
export function RegistrationFilters({ g }: { g: Registrations }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { me, year, movementId, unitId, busy, canEdit, movements, update, importFile } = g;
  return (
    <>
      <PageHeader
        title={t('reg.title')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                api
                  .download('/registrations/template', undefined, 'mau-dang-ky-thi-dua.xlsx')
                  .catch((err) => message.error(errorText(err)))
              }
              data-testid="registration-template"
            >
              {t('reg.template')}
            </Button>
            {canEdit ? (
              <Upload
                accept=".xlsx"
                showUploadList={false}
                beforeUpload={(file) => {
                  if (!/\.xlsx$/i.test(file.name)) message.error(t('reg.badFile'));
                  else importFile(file);
                  return Upload.LIST_IGNORE;
                }}
              >
                <Button
                  icon={<UploadOutlined />}
                  loading={busy === 'import'}
                  data-testid="registration-import"
                >
                  {t('reg.import')}
                </Button>
              </Upload>
            ) : null}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <Select<number>
            aria-label={t('mv.year')}
            data-testid="registration-year"
            value={year}
            onChange={(v) => update({ year: v })}
            options={yearChoices().map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
          <Select<number>
            allowClear
            aria-label={t('reg.movement')}
            placeholder={t('reg.noMovement')}
            data-testid="registration-movement"
            value={movementId}
            onChange={(v) => update({ movementId: v })}
            options={(movements.data?.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
            style={{ width: 420, maxWidth: '100%' }}
            loading={movements.loading}
            showSearch={{ optionFilterProp: 'label' }}
          />
          <div style={{ width: 360, maxWidth: '100%' }}>
            <UnitTreeSelect
              value={unitId ?? null}
              allowClear={false}
              knownUnits={me?.grants.map((g) => ({ id: g.unitId, name: g.unitName }))}
              onChange={(v) => update({ unitId: typeof v === 'number' ? v : undefined })}
              aria-label={t('reg.unit')}
              data-testid="registration-unit"
            />
          </div>
        </Flex>
      </Card>
    </>
  );
}
