import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';

/** 403: the page exists but the user may not open it; 404: nothing here. */
export function ErrorPage({ status }: { status: 403 | 404 }) {
  const { t } = useI18n();
  const title = status === 403 ? t('errorPage.403.title') : t('errorPage.404.title');
  useDocumentTitle(title);
  return (
    <Result
      status={status === 403 ? '403' : '404'}
      title={title}
      subTitle={status === 403 ? t('errorPage.403.text') : t('errorPage.404.text')}
      extra={
        <Link to="/">
          <Button type="primary">{t('errorPage.backHome')}</Button>
        </Link>
      }
    />
  );
}
