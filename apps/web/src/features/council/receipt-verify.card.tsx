import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { receiptVerifySchema, viDate } from './council-api.ts';

/** A voter checks their receipt code: recorded and tallied or not — never the choice. */
export function ReceiptVerifyCard() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<z.infer<typeof receiptVerifySchema> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const check = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.post('/council-receipts/verify', { body: { code }, schema: receiptVerifySchema }));
    } catch (err) {
      setError(err);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('council.receipt.verify')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('council.receipt.verifyHint')}</Typography.Paragraph>
      <Space.Compact style={{ maxWidth: 520, width: '100%' }}>
        <Input
          aria-label={t('council.receipt.code')}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={check}
          data-testid="receipt-input"
          style={{ fontFamily: 'monospace' }}
        />
        <Button
          type="primary"
          loading={busy}
          disabled={!code.trim()}
          onClick={check}
          data-testid="receipt-check"
        >
          {t('council.receipt.check')}
        </Button>
      </Space.Compact>
      {error ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={errorText(error)} /> : null}
      {result ? (
        result.found ? (
          <Alert
            style={{ marginTop: 12 }}
            type="success"
            showIcon
            data-testid="receipt-result"
            title={t('council.receipt.found', {
              subject: result.itemSubjectName ?? '',
              target: result.itemTargetName ?? '',
              session: result.sessionTitle ?? '',
              date: viDate(result.sessionDate),
            })}
            description={result.tallied ? t('council.receipt.tallied') : t('council.receipt.notTallied')}
          />
        ) : (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            data-testid="receipt-result"
            title={t('council.receipt.notFound')}
          />
        )
      ) : null}
    </Card>
  );
}
