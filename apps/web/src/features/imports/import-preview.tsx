import { type ImportJob, importKindLabels } from '@vinhdanh/contracts';
import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/index.ts';

type RowError = ImportJob['errors'][number];
type Change = ImportJob['changes'][number];

/** The checked file before it is applied: counts, a verdict, and the error and change tables. */
export function Preview({
  job,
  applying,
  onApply,
  onCancel,
}: {
  job: ImportJob;
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { t, pick } = useI18n();
  const hasErrors = job.counts.errors > 0;
  const changed = job.changes.filter((c) => c.action !== 'unchanged');
  const applyButton = (
    <Button
      type="primary"
      size="large"
      disabled={hasErrors || job.counts.create + job.counts.update === 0}
      loading={applying}
      onClick={onApply}
      data-testid="import-apply"
    >
      {t('imports.apply')}
    </Button>
  );
  return (
    <div data-testid="import-preview">
      <Typography.Paragraph>
        {t('imports.previewOf', {
          file: job.fileName,
          kind: pick(importKindLabels[job.kind]),
          total: job.counts.total,
        })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('imports.count.create')}
              value={job.counts.create}
              styles={{ content: { color: '#389e0d' } }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('imports.count.update')}
              value={job.counts.update}
              styles={{ content: { color: '#1d4f91' } }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('imports.count.unchanged')} value={job.counts.unchanged} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('imports.count.errors')}
              value={job.counts.errors}
              styles={{ content: { color: hasErrors ? '#cf1322' : undefined } }}
              data-testid="import-error-count"
            />
          </Card>
        </Col>
      </Row>
      {hasErrors ? (
        <Alert type="error" showIcon title={t('imports.fixErrors')} style={{ marginBottom: 16 }} />
      ) : job.counts.create + job.counts.update === 0 ? (
        <Alert type="info" showIcon title={t('imports.nothingToDo')} style={{ marginBottom: 16 }} />
      ) : (
        <Alert type="success" showIcon title={t('imports.ready')} style={{ marginBottom: 16 }} />
      )}
      <Tabs
        defaultActiveKey={hasErrors ? 'errors' : 'changes'}
        items={[
          {
            key: 'errors',
            label: `${t('imports.tab.errors')} (${job.errors.length})`,
            children: <ErrorTable errors={job.errors} />,
          },
          {
            key: 'changes',
            label: `${t('imports.tab.changes')} (${changed.length})`,
            children: <ChangeTable changes={changed} />,
          },
        ]}
      />
      <Flex gap={8} justify="flex-end" style={{ marginTop: 16 }}>
        <Button size="large" onClick={onCancel}>
          {t('imports.cancel')}
        </Button>
        {hasErrors ? <Tooltip title={t('imports.fixErrors')}>{applyButton}</Tooltip> : applyButton}
      </Flex>
    </div>
  );
}

/** Row, column and message of every problem found in the file. */
export function ErrorTable({ errors }: { errors: RowError[] }) {
  const { t } = useI18n();
  return (
    <Table<RowError>
      data-testid="import-errors"
      size="small"
      rowKey={(e) => `${e.row}|${e.column}|${e.message}`}
      dataSource={errors}
      pagination={errors.length > 50 ? { pageSize: 50 } : false}
      locale={{ emptyText: t('imports.noErrors') }}
      columns={[
        { key: 'row', title: t('imports.col.row'), dataIndex: 'row', width: 80 },
        { key: 'column', title: t('imports.col.column'), dataIndex: 'column', width: 200 },
        { key: 'message', title: t('imports.col.message'), dataIndex: 'message' },
      ]}
    />
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function ChangeTable({ changes }: { changes: Change[] }) {
  const { t } = useI18n();
  return (
    <Table<Change>
      data-testid="import-changes"
      size="small"
      rowKey={(c) => `${c.row}|${c.key}`}
      dataSource={changes}
      pagination={changes.length > 50 ? { pageSize: 50 } : false}
      locale={{ emptyText: t('imports.noChanges') }}
      columns={[
        { key: 'row', title: t('imports.col.row'), dataIndex: 'row', width: 80 },
        {
          key: 'action',
          title: t('imports.col.action'),
          width: 120,
          render: (_, c) =>
            c.action === 'create' ? (
              <Tag color="green">{t('imports.action.create')}</Tag>
            ) : c.action === 'update' ? (
              <Tag color="blue">{t('imports.action.update')}</Tag>
            ) : (
              <Tag>{t('imports.action.unchanged')}</Tag>
            ),
        },
        { key: 'key', title: t('imports.col.key'), dataIndex: 'key' },
        {
          key: 'changes',
          title: t('imports.col.changes'),
          render: (_, c) =>
            c.changes ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {Object.entries(c.changes).map(([field, d]) => (
                  <li key={field}>
                    <Typography.Text code>{field}</Typography.Text> {show(d.from)} →{' '}
                    <strong>{show(d.to)}</strong>
                  </li>
                ))}
              </ul>
            ) : null,
        },
      ]}
    />
  );
}
