import {
  BookOutlined,
  CheckCircleFilled,
  DeleteOutlined,
  ExclamationCircleFilled,
  FileAddOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Popconfirm, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import {
  type ChecklistItem,
  type Dossier,
  type DossierFile,
  fileResponse,
  fileSize,
  filesResponse,
  formatViMinute,
  MAX_UPLOAD_BYTES,
  type Nominee,
  UPLOAD_ACCEPT,
  UPLOAD_EXT,
} from './dossiers-api.ts';

type Abilities = Record<string, boolean>;
type GenerateCode = 'submission' | 'achievement_report' | 'nominee_list';
const GENERATE_CODES = new Set<string>(['submission', 'achievement_report', 'nominee_list']);

function FileLine({
  dossierId,
  file,
  canDelete,
  onDeleted,
}: {
  dossierId: number;
  file: DossierFile;
  canDelete: boolean;
  onDeleted: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  return (
    <Flex
      gap={6}
      align="center"
      wrap
      data-testid="dossier-file"
      data-file-id={file.id}
      data-doc={file.docCode}
    >
      <PaperClipOutlined aria-hidden />
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: 'auto' }}
        onClick={() =>
          api
            .download(`/dossiers/${dossierId}/files/${file.id}`, undefined, file.fileName)
            .catch((err) => message.error(errorText(err)))
        }
        data-testid="dossier-file-download"
      >
        {file.fileName}
      </Button>
      <Tag color={file.source === 'generated' ? 'geekblue' : 'default'} style={{ marginInlineEnd: 0 }}>
        {file.source === 'generated' ? t('dossier.doc.generated') : t('dossier.doc.uploaded')}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {fileSize(file.size)} · {formatViMinute(file.createdAt)}
        {file.createdBy ? ` · ${file.createdBy}` : ''}
      </Typography.Text>
      {canDelete ? (
        <Popconfirm
          title={t('common.confirmDelete')}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            api
              .delete(`/dossiers/${dossierId}/files/${file.id}`)
              .then(() => {
                message.success(t('common.deleted'));
                onDeleted();
              })
              .catch((err) => message.error(errorText(err)))
          }
        >
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('dossier.doc.deleteNamed', { name: file.fileName })}
          />
        </Popconfirm>
      ) : null}
    </Flex>
  );
}

/** Generate and upload buttons of one checklist line (the dossier, or one nominee of it). */
function DocButtons({
  dossierId,
  item,
  nominee,
  abilities,
  onChanged,
}: {
  dossierId: number;
  item: ChecklistItem;
  nominee?: Nominee;
  abilities: Abilities;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [generating, setGenerating] = useState(false);
  const [uploading, setUploading] = useState(false);
  const generatable = item.generatable && GENERATE_CODES.has(item.code) && abilities.canGenerate;

  const generate = async () => {
    setGenerating(true);
    try {
      const res = await api.post(`/dossiers/${dossierId}/documents/generate`, {
        body: { docCode: item.code as GenerateCode, ...(nominee ? { nomineeId: nominee.id } : {}) },
        schema: filesResponse,
      });
      message.success(t('dossier.doc.generatedN', { n: res.data.length }));
      onChanged();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setGenerating(false);
    }
  };

  const upload = async (file: File) => {
    if (!UPLOAD_EXT.test(file.name)) {
      message.error(t('dossier.doc.badType'));
      return;
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      message.error(t('dossier.doc.tooBig', { max: fileSize(MAX_UPLOAD_BYTES) }));
      return;
    }
    // Fields first: the server reads them before the file part.
    const form = new FormData();
    form.append('docCode', item.code);
    if (nominee) form.append('nomineeId', String(nominee.id));
    form.append('file', file, file.name);
    setUploading(true);
    try {
      await api.post(`/dossiers/${dossierId}/files`, { formData: form, schema: fileResponse });
      message.success(t('dossier.doc.uploadedNamed', { name: file.name }));
      onChanged();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Flex gap={6} wrap>
      {generatable ? (
        <Button
          size="small"
          icon={<FileAddOutlined />}
          loading={generating}
          onClick={generate}
          data-testid={`doc-generate-${item.code}${nominee ? `-${nominee.id}` : ''}`}
        >
          {nominee || !item.perNominee ? t('dossier.doc.generate') : t('dossier.doc.generateAll')}
        </Button>
      ) : null}
      {abilities.canUpload && (nominee || !item.perNominee) ? (
        <Upload
          accept={UPLOAD_ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            upload(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button
            size="small"
            icon={<UploadOutlined />}
            loading={uploading}
            data-testid={`doc-upload-${item.code}${nominee ? `-${nominee.id}` : ''}`}
          >
            {t('dossier.doc.upload')}
          </Button>
        </Upload>
      ) : null}
    </Flex>
  );
}

/** Required documents per title/form (catalog), what is there, and the buttons to produce the rest. */
export function DocumentsCard({
  dossier: d,
  abilities,
  onChanged,
}: {
  dossier: Dossier;
  abilities: Abilities;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const active = d.nominees.filter((n) => !n.removedAt);
  const canDelete = abilities.canUpload === true;
  const missing = d.checklist.filter((c) => !c.satisfied && c.requiredBy.length > 0).length;

  return (
    <Card
      size="small"
      title={t('dossier.documents')}
      style={{ marginBottom: 16 }}
      data-testid="dossier-documents"
      extra={
        abilities.canUpload ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('dossier.doc.hint', { max: fileSize(MAX_UPLOAD_BYTES) })}
          </Typography.Text>
        ) : null
      }
    >
      {d.checklist.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dossier.doc.empty')} />
      ) : (
        <>
          {missing > 0 ? (
            <Typography.Paragraph type="warning" style={{ marginBottom: 8 }}>
              <ExclamationCircleFilled /> {t('dossier.doc.missing', { n: missing })}
            </Typography.Paragraph>
          ) : null}
          <Flex vertical gap={0}>
            {d.checklist.map((item) => {
              const nominees = item.perNominee
                ? active.filter((n) => item.requiredBy.length === 0 || item.requiredBy.includes(n.target))
                : [];
              return (
                <section
                  key={item.code}
                  data-testid="checklist-item"
                  data-code={item.code}
                  data-satisfied={String(item.satisfied)}
                  style={{ borderTop: '1px solid #f0f0f0', padding: '10px 0' }}
                >
                  <Flex justify="space-between" align="flex-start" gap={12} wrap>
                    <div style={{ minWidth: 0, flex: '1 1 320px' }}>
                      <Flex gap={8} align="center" wrap>
                        {item.satisfied ? (
                          <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('dossier.doc.ok')} />
                        ) : (
                          <ExclamationCircleFilled
                            style={{ color: '#d48806' }}
                            aria-label={t('dossier.doc.needed')}
                          />
                        )}
                        <Typography.Text strong>{item.name}</Typography.Text>
                        {item.template ? <Tag style={{ marginInlineEnd: 0 }}>{item.template}</Tag> : null}
                        {item.requiredBy.length === 0 ? (
                          <Tag color="default" style={{ marginInlineEnd: 0 }}>
                            {t('dossier.doc.optional')}
                          </Tag>
                        ) : null}
                      </Flex>
                      {item.citation ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                          <BookOutlined aria-hidden style={{ marginRight: 4 }} />
                          {item.citation}
                          {item.requiredBy.length
                            ? ` · ${t('dossier.doc.requiredBy', { codes: item.requiredBy.join(', ') })}`
                            : ''}
                        </Typography.Text>
                      ) : null}
                    </div>
                    <DocButtons dossierId={d.id} item={item} abilities={abilities} onChanged={onChanged} />
                  </Flex>
                  {item.perNominee ? (
                    <ul style={{ listStyle: 'none', margin: '8px 0 0', padding: '0 0 0 22px' }}>
                      {nominees.map((n) => {
                        const files = item.files.filter((f) => f.nomineeId === n.id);
                        return (
                          <li
                            key={n.id}
                            style={{ padding: '4px 0' }}
                            data-testid="checklist-nominee"
                            data-nominee-id={n.id}
                          >
                            <Flex justify="space-between" gap={8} wrap align="center">
                              <Typography.Text>
                                {files.length ? (
                                  <CheckCircleFilled style={{ color: '#389e0d', marginRight: 6 }} />
                                ) : (
                                  <ExclamationCircleFilled style={{ color: '#d48806', marginRight: 6 }} />
                                )}
                                {n.name}{' '}
                                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                  ({n.targetName})
                                </Typography.Text>
                              </Typography.Text>
                              <DocButtons
                                dossierId={d.id}
                                item={item}
                                nominee={n}
                                abilities={abilities}
                                onChanged={onChanged}
                              />
                            </Flex>
                            {files.map((f) => (
                              <div key={f.id} style={{ paddingLeft: 20 }}>
                                <FileLine
                                  dossierId={d.id}
                                  file={f}
                                  canDelete={canDelete}
                                  onDeleted={onChanged}
                                />
                              </div>
                            ))}
                          </li>
                        );
                      })}
                    </ul>
                  ) : item.files.length ? (
                    <div style={{ padding: '6px 0 0 22px' }}>
                      {item.files.map((f) => (
                        <FileLine
                          key={f.id}
                          dossierId={d.id}
                          file={f}
                          canDelete={canDelete}
                          onDeleted={onChanged}
                        />
                      ))}
                    </div>
                  ) : null}
                </section>
              );
            })}
          </Flex>
        </>
      )}
    </Card>
  );
}
