import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatViDateTime } from '../../lib/dates.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { DeleteRowButton, type PartProps, usePartAction } from './movement-part-kit.tsx';
import { ATTACHMENT_EXT, fileSize, MAX_ATTACHMENT_BYTES } from './movements-api.ts';

/* ───────────── Attachments ───────────── */

export function AttachmentsPanel({ movement: m, canEdit, onChanged }: PartProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const run = usePartAction(onChanged);
  const [uploading, setUploading] = useState(false);

  const upload = async (file: File) => {
    if (!ATTACHMENT_EXT.test(file.name)) {
      message.error(t('mv.attachment.badType'));
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      message.error(t('mv.attachment.tooBig'));
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    setUploading(true);
    try {
      await api.post(`/movements/${m.id}/attachments`, { formData: form });
      message.success(t('mv.attachment.uploaded', { name: file.name }));
      onChanged();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setUploading(false);
    }
  };
  const remove = (id: number) =>
    run(() => api.delete(`/movements/${m.id}/attachments/${id}`), t('common.deleted'));

  return (
    <>
      {canEdit ? (
        <Flex gap={12} align="center" style={{ marginBottom: 16 }} wrap>
          <Upload
            accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png,.txt"
            showUploadList={false}
            beforeUpload={(file) => {
              upload(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading} data-testid="attachment-upload">
              {t('mv.attachment.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('mv.attachment.hint')}</Typography.Text>
        </Flex>
      ) : null}
      <Table
        data-testid="attachments-table"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={m.attachments}
        locale={{ emptyText: <Empty description={t('mv.attachment.empty')} /> }}
        columns={[
          { key: 'name', dataIndex: 'fileName', title: t('mv.attachment.name') },
          { key: 'size', title: t('mv.attachment.size'), width: 110, render: (_, a) => fileSize(a.size) },
          {
            key: 'at',
            title: t('mv.attachment.at'),
            width: 190,
            render: (_, a) => formatViDateTime(a.createdAt),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 120,
            render: (_, a) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  type="text"
                  icon={<DownloadOutlined />}
                  aria-label={t('mv.attachment.download')}
                  onClick={() =>
                    api
                      .download(`/movements/${m.id}/attachments/${a.id}`, undefined, a.fileName)
                      .catch((err) => message.error(errorText(err)))
                  }
                />
                {canEdit ? <DeleteRowButton onConfirm={() => remove(a.id)} /> : null}
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}
