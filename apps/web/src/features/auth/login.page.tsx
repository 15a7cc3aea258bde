import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../../app/session.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useDocumentTitle } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';

interface LoginValues {
  username: string;
  password: string;
}

/** Only same-site paths are followed after login, so ?next= cannot send the user elsewhere. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export function LoginPage() {
  const { t } = useI18n();
  const { me, login, expired } = useSession();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<LoginValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('login.title'));

  if (me) return <Navigate to={safeNext(params.get('next'))} replace />;

  const onFinish = async ({ username, password }: LoginValues) => {
    setBusy(true);
    setError(null);
    try {
      const who = await login(username.trim(), password);
      navigate(who.mustChangePassword ? '/account/password' : safeNext(params.get('next')), {
        replace: true,
      });
    } catch (err) {
      setError(errorText(err));
      form.setFieldValue('password', '');
      form.focusField('password');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        background: 'linear-gradient(160deg, #0f2b50 0%, #1d4f91 60%, #2f6fb8 100%)',
      }}
    >
      <Card style={{ width: 400, maxWidth: 'calc(100vw - 32px)' }} styles={{ body: { padding: 32 } }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Flex align="center" gap={10}>
            <img src="/favicon.svg" alt="" width={36} height={36} />
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
          </Flex>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
          {t('app.tagline')}
        </Typography.Paragraph>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        {expired && !error ? (
          <Alert type="warning" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} />
        ) : null}
        {error ? (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        ) : null}
        <Form<LoginValues>
          form={form}
          name="login"
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoFocus
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={busy}
            data-testid="login-submit"
          >
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text style={{ color: 'rgba(255,255,255,0.75)', marginTop: 16 }}>
        {t('app.footer')}
      </Typography.Text>
    </Flex>
  );
}
