import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Upload } from 'antd';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { fileSize } from '../movements/movements-api.ts';
import type { Criterion } from './scoring-api.ts';
import type { AssessmentWork } from './use-assessment-work.ts';

/** A criterion's evidence: links to the files, or (while self-scoring) a picker and an upload button. */
export function EvidenceCell({ w, c }: { w: AssessmentWork; c: Criterion }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { get, set, files, selfEditable, assessment, uploadEvidence } = w;
  const ids = get(c).evidenceIds;
  if (!selfEditable)
    return ids.length ? (
      <Flex vertical gap={2}>
        {ids.map((fid) => {
          const f = files.find((x) => x.id === fid);
          return (
            <Button
              key={fid}
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              icon={<PaperClipOutlined />}
              onClick={() =>
                api
                  .download(
                    `/assessments/${assessment.id}/evidence/${fid}`,
                    undefined,
                    f?.fileName ?? 'minh-chung',
                  )
                  .catch((err) => message.error(errorText(err)))
              }
            >
              {f ? `${f.fileName} (${fileSize(f.size)})` : `#${fid}`}
            </Button>
          );
        })}
      </Flex>
    ) : (
      '—'
    );
  return (
    <Flex gap={4}>
      <Select
        mode="multiple"
        size="small"
        value={ids}
        onChange={(v) => set(c, { evidenceIds: v })}
        options={files.map((f) => ({ value: f.id, label: f.fileName }))}
        aria-label={t('sc.evidenceFor', { code: c.code })}
        style={{ flex: 1, minWidth: 0 }}
        status={c.evidenceRequired && (get(c).points ?? 0) > 0 && ids.length === 0 ? 'warning' : undefined}
      />
      <Upload
        accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
        showUploadList={false}
        beforeUpload={(file) => {
          uploadEvidence(c, file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button
          size="small"
          icon={<UploadOutlined />}
          aria-label={t('sc.uploadEvidence')}
          data-testid={`evidence-upload-${c.code}`}
        />
      </Upload>
    </Flex>
  );
}
