import { Alert, Card, Descriptions, Input, Result, Spin } from 'antd';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatViDateTime } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { portalApi } from './portal-api.ts';
import { PortalTitle, usePageMeta } from './portal-layout.tsx';

/** "/xac-minh/:code": the target of the QR code printed on each certificate. */
export function VerifyPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const code = useParams().code ?? '';
  const res = useAsync((s) => (code ? portalApi.certificate(code, s) : Promise.resolve(null)), [code]);
  const c = res.data;
  usePageMeta(
    c ? `${t('portal.verify.title')}: ${c.name}` : t('portal.verify.title'),
    c
      ? `${c.name} — ${c.titleName}${c.decisionNumber ? `, ${c.decisionNumber}` : ''}`
      : t('portal.verify.description'),
  );
  const notFound = res.error instanceof ApiError && res.error.status === 404;
  return (
    <>
      <PortalTitle sub={t('portal.verify.description')}>{t('portal.verify.title')}</PortalTitle>
      <Card style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('portal.verify.code')}
          placeholder={t('portal.verify.code')}
          defaultValue={code}
          enterButton={t('portal.verify.submit')}
          size="large"
          onSearch={(v) => v.trim() && navigate(`/xac-minh/${encodeURIComponent(v.trim())}`)}
        />
      </Card>
      {code && res.loading ? <Spin /> : null}
      {notFound ? <Alert type="warning" showIcon title={t('portal.verify.notFound')} /> : null}
      {res.error && !notFound ? <Alert type="error" showIcon title={t('portal.loadError')} /> : null}
      {c ? (
        <Card data-testid="verify-result">
          <Result
            status={c.revoked ? 'error' : 'success'}
            title={
              c.revoked ? (
                <span className="portal-revoked">{t('portal.verify.revoked')}</span>
              ) : (
                t('portal.verify.valid')
              )
            }
            subTitle={
              c.revoked && c.revokedAt
                ? t('portal.verify.revokedNote', { date: formatViDateTime(c.revokedAt).slice(0, 10) })
                : c.certificateCode
            }
          />
          <Descriptions column={1} bordered size="middle">
            <Descriptions.Item label={t('portal.verify.name')}>{c.name}</Descriptions.Item>
            {c.unitName ? (
              <Descriptions.Item label={t('portal.verify.unit')}>{c.unitName}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('portal.verify.award')}>{c.titleName}</Descriptions.Item>
            <Descriptions.Item label={t('portal.verify.decision')}>
              {c.decisionNumber
                ? t('portal.honours.decisionOf', {
                    number: c.decisionNumber,
                    date: formatViDate(c.decisionDate),
                  })
                : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('portal.verify.issuer')}>{c.issuer}</Descriptions.Item>
            {c.signerName ? (
              <Descriptions.Item label={t('portal.verify.signer')}>{c.signerName}</Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
      ) : null}
    </>
  );
}
