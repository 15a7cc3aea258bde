import { Col, Row } from 'antd';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { ExportCard } from './export-card.tsx';
import { ImportWizard } from './import-wizard.tsx';

export function ImportPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('imports.title')} sub={t('imports.sub')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <ImportWizard />
        </Col>
        <Col xs={24} xl={9}>
          <ExportCard />
        </Col>
      </Row>
    </>
  );
}
