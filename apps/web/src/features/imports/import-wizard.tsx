import { CheckCircleOutlined, DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  type ImportJob,
  type ImportKind,
  importJobSchema,
  importKindLabels,
  importKinds,
} from '@vinhdanh/contracts';
import { Alert, App, Button, Card, Flex, Progress, Radio, Result, Steps, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { ErrorTable, Preview } from './import-preview.tsx';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const POLL_MS = 700;
const BUSY: ImportJob['status'][] = ['processing', 'applying'];

export function isXlsx(file: { name: string; type?: string }): boolean {
  return (
    /\.xlsx$/i.test(file.name) &&
    (!file.type || file.type === XLSX_MIME || file.type === 'application/octet-stream')
  );
}

function stepOf(job: ImportJob | null): number {
  if (!job) return 0;
  if (job.status === 'processing') return 1;
  if (job.status === 'applied') return 4;
  return 2;
}

/** Choose kind and template → upload → progress → preview (counts, errors, changes) → apply → result. */
export function ImportWizard() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [kind, setKind] = useState<ImportKind>('people');
  const [job, setJob] = useState<ImportJob | null>(null);
  const [uploading, setUploading] = useState(false);
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Poll while the server reads or writes the file.
  useEffect(() => {
    if (!job || !BUSY.includes(job.status)) return;
    const timer = setTimeout(async () => {
      try {
        setJob(await api.get(`/imports/${job.id}`, { schema: importJobSchema }));
      } catch (err) {
        setError(errorText(err));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, errorText]);

  const reset = () => {
    setJob(null);
    setError(null);
  };

  const downloadTemplate = async () => {
    try {
      await api.download(`/imports/templates/${kind}`, undefined, `mau-nhap-${kind}.xlsx`);
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const upload = async (file: File) => {
    setUploading(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      setJob(await api.post(`/imports/${kind}`, { formData: form, schema: importJobSchema }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setUploading(false);
    }
  };

  const apply = async () => {
    if (!job) return;
    setApplying(true);
    setError(null);
    try {
      setJob(await api.post(`/imports/${job.id}/apply`, { schema: importJobSchema }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setApplying(false);
    }
  };

  const current = stepOf(job);
  return (
    <Card>
      <Steps
        current={current}
        status={job?.status === 'failed' ? 'error' : undefined}
        style={{ marginBottom: 24 }}
        items={[
          { title: t('imports.step.choose') },
          { title: t('imports.step.upload') },
          { title: t('imports.step.preview') },
          { title: t('imports.step.done') },
        ]}
      />
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
          role="alert"
          data-testid="import-error"
        />
      ) : null}

      {!job ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }} id="import-kind-label">
            {t('imports.kind')}
          </Typography.Title>
          <Flex gap={12} wrap align="center" style={{ marginBottom: 24 }}>
            <Radio.Group
              aria-labelledby="import-kind-label"
              value={kind}
              onChange={(e) => setKind(e.target.value as ImportKind)}
              optionType="button"
              buttonStyle="solid"
              options={importKinds.map((k) => ({ value: k, label: pick(importKindLabels[k]) }))}
              data-testid="import-kind"
            />
            <Button icon={<DownloadOutlined />} onClick={downloadTemplate} data-testid="import-template">
              {t('imports.downloadTemplate')}
            </Button>
          </Flex>
          <div data-testid="import-upload">
            <Upload.Dragger
              accept=".xlsx"
              multiple={false}
              showUploadList={false}
              disabled={uploading}
              beforeUpload={(file) => {
                if (!isXlsx(file)) {
                  message.error(t('imports.notXlsx', { name: file.name }));
                  return Upload.LIST_IGNORE;
                }
                void upload(file);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">
                {uploading
                  ? t('imports.uploading')
                  : t('imports.dropHere', { kind: pick(importKindLabels[kind]) })}
              </p>
              <p className="ant-upload-hint">{t('imports.dropHint')}</p>
            </Upload.Dragger>
          </div>
        </>
      ) : job.status === 'processing' || job.status === 'applying' ? (
        <Flex vertical align="center" gap={12} style={{ padding: '32px 0' }} data-testid="import-progress">
          <Typography.Text strong>
            {job.status === 'processing'
              ? t('imports.reading', { file: job.fileName })
              : t('imports.applying')}
          </Typography.Text>
          <Progress
            style={{ maxWidth: 480, width: '100%' }}
            percent={
              job.progress.totalRows
                ? Math.min(99, Math.round((job.progress.processedRows / job.progress.totalRows) * 100))
                : 0
            }
            status="active"
          />
          <Typography.Text type="secondary">
            {job.progress.totalRows
              ? t('imports.rowsOf', { done: job.progress.processedRows, total: job.progress.totalRows })
              : t('imports.rowsDone', { done: job.progress.processedRows })}
          </Typography.Text>
        </Flex>
      ) : job.status === 'failed' ? (
        <Result
          status="error"
          title={t('imports.failed')}
          subTitle={job.fileName}
          extra={
            <Button icon={<ReloadOutlined />} onClick={reset}>
              {t('imports.again')}
            </Button>
          }
        >
          {job.errors.length > 0 ? <ErrorTable errors={job.errors} /> : null}
        </Result>
      ) : job.status === 'applied' ? (
        <Result
          status="success"
          icon={<CheckCircleOutlined />}
          title={t('imports.applied')}
          subTitle={t('imports.appliedSummary', {
            create: job.counts.create,
            update: job.counts.update,
            unchanged: job.counts.unchanged,
          })}
          extra={[
            <Button
              key="again"
              type="primary"
              icon={<ReloadOutlined />}
              onClick={reset}
              data-testid="import-again"
            >
              {t('imports.again')}
            </Button>,
            job.kind === 'units' ? (
              <Link key="go" to="/units">
                <Button>{t('nav.units')}</Button>
              </Link>
            ) : (
              <Link key="go" to="/people">
                <Button>{t('nav.people')}</Button>
              </Link>
            ),
          ]}
          data-testid="import-result"
        />
      ) : (
        <Preview job={job} applying={applying} onApply={apply} onCancel={reset} />
      )}
    </Card>
  );
}
