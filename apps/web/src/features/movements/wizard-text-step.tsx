import { FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Input, Row, Typography, Upload } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import type { PlanWizard } from './use-plan-wizard.ts';

const PLAN_FILE = /\.(txt|docx)$/i;
const MAX_PLAN_BYTES = 10 * 1024 * 1024;

/** Step 1: paste the plan's text or upload it as a file. */
export function PlanTextStep({ w }: { w: PlanWizard }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { text, setText, reading, read } = w;
  return (
    <Card>
      <Row gutter={24}>
        <Col xs={24} lg={16}>
          <label htmlFor="plan-text" style={{ display: 'block', marginBottom: 8, fontWeight: 500 }}>
            {t('wiz.pasteLabel')}
          </label>
          <Input.TextArea
            id="plan-text"
            data-testid="plan-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={16}
            placeholder={t('wiz.pastePlaceholder')}
            autoFocus
          />
          <Flex justify="flex-end" style={{ marginTop: 12 }}>
            <Button
              type="primary"
              icon={<FileTextOutlined />}
              disabled={!text.trim()}
              loading={reading}
              onClick={() => read({ text })}
              data-testid="plan-extract"
            >
              {t('wiz.read')}
            </Button>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {t('wiz.orUpload')}
          </Typography.Text>
          <Upload.Dragger
            accept=".txt,.docx"
            showUploadList={false}
            disabled={reading}
            data-testid="plan-file"
            beforeUpload={(file) => {
              if (!PLAN_FILE.test(file.name)) message.error(t('wiz.badFile'));
              else if (file.size > MAX_PLAN_BYTES) message.error(t('wiz.fileTooBig'));
              else read({ file });
              return Upload.LIST_IGNORE;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('wiz.dropFile')}</p>
            <p className="ant-upload-hint">{t('wiz.fileHint')}</p>
          </Upload.Dragger>
        </Col>
      </Row>
    </Card>
  );
}
