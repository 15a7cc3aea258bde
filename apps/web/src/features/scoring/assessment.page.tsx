import { Alert } from 'antd';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { useErrorText } from '../../lib/use-error-text.ts';
import { ErrorPage } from '../errors/error.page.tsx';
import { AssessmentView } from './assessment-view.tsx';
import { useAssessmentData } from './use-assessment.ts';

export function AssessmentPage() {
  const { id } = useParams();
  const assessmentId = Number(id);
  const errorText = useErrorText();
  const st = useAssessmentData(assessmentId);
  const { a, sheet, assessment } = st;

  if (a.error instanceof ApiError && a.error.status === 404) return <ErrorPage status={404} />;
  if (!assessment || !sheet.data)
    return a.error || sheet.error ? (
      <Alert type="error" showIcon title={errorText(a.error ?? sheet.error)} />
    ) : (
      <FullPageSpin />
    );
  return <AssessmentView st={st} loaded={a.data!} sheet={sheet.data.data} />;
}
