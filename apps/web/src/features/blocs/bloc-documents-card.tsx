import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { attachmentSchema } from '@vinhdanh/contracts';
import { App, Button, Card, Empty, Flex, Table, Upload } from 'antd';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatViDateTime } from '../../lib/dates.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { DeleteRowButton } from '../movements/movement-part-kit.tsx';
import { fileSize } from '../movements/movements-api.ts';

export const documents = z.object({
  data: z.array(attachmentSchema),
  abilities: z.record(z.string(), z.boolean()),
});

/** The bloc's documents: upload, download, delete. */
export function BlocDocumentsCard({
  blocId,
  docs,
  loading,
  uploading,
  onUpload,
  onChanged,
}: {
  blocId: number;
  docs: z.infer<typeof documents> | undefined;
  loading: boolean;
  uploading: boolean;
  onUpload: (file: File) => void;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  return (
    <Card
      title={t('bloc.documents')}
      extra={
        docs?.abilities.upload ? (
          <Upload
            accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              onUpload(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading} data-testid="bloc-document-upload">
              {t('mv.attachment.upload')}
            </Button>
          </Upload>
        ) : null
      }
    >
      <Table
        data-testid="bloc-documents"
        size="small"
        rowKey="id"
        pagination={false}
        loading={loading}
        dataSource={docs?.data ?? []}
        locale={{ emptyText: <Empty description={t('mv.attachment.empty')} /> }}
        columns={[
          { key: 'name', dataIndex: 'fileName', title: t('mv.attachment.name') },
          {
            key: 'size',
            width: 100,
            title: t('mv.attachment.size'),
            render: (_, a) => fileSize(a.size),
          },
          {
            key: 'at',
            width: 180,
            title: t('mv.attachment.at'),
            render: (_, a) => formatViDateTime(a.createdAt),
          },
          {
            key: 'actions',
            width: 100,
            title: t('common.actions'),
            render: (_, a) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  type="text"
                  icon={<DownloadOutlined />}
                  aria-label={t('mv.attachment.download')}
                  onClick={() =>
                    api
                      .download(`/blocs/${blocId}/documents/${a.id}`, undefined, a.fileName)
                      .catch((err) => message.error(errorText(err)))
                  }
                />
                {docs?.abilities.delete ? (
                  <DeleteRowButton
                    onConfirm={() =>
                      api
                        .delete(`/blocs/${blocId}/documents/${a.id}`)
                        .then(onChanged, (err) => message.error(errorText(err)))
                    }
                  />
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
