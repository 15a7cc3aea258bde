import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type Role,
  type User,
  roleLabels,
  roles,
  type userCreateBody,
  type userUpdateBody,
} from '@vinhdanh/contracts';
import { Button, Col, Form, Input, Row, Select, Switch, Typography } from 'antd';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { userOne } from '../../api/schemas.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';

interface GrantRow {
  role?: Role;
  unitId?: number;
}
interface Values {
  username: string;
  displayName: string;
  password?: string;
  isActive: boolean;
  grants: GrantRow[];
}

export function passwordRules(t: ReturnType<typeof useI18n>['t'], required: boolean) {
  return [
    ...(required ? [{ required: true, message: t('password.newRequired') }] : []),
    { min: 8, message: t('password.tooShort') },
    { pattern: /[A-Za-z]/, message: t('password.needLetter') },
    { pattern: /\d/, message: t('password.needDigit') },
  ];
}

/** Creates a user, or edits one (name, active flag, grants) when `user` is given. */
export function UserFormModal({
  open,
  user,
  onClose,
  onSaved,
}: {
  open: boolean;
  user: User | null;
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  const { t, pick } = useI18n();
  const known = user?.grants.map((g) => ({ id: g.unitId, name: g.unitName })) ?? [];
  const initialValues: Partial<Values> = user
    ? {
        username: user.username,
        displayName: user.displayName,
        isActive: user.isActive,
        grants: user.grants.map((g) => ({ role: g.role, unitId: g.unitId })),
      }
    : { isActive: true, grants: [{}] };

  const onSubmit = async (v: Values) => {
    const grants = (v.grants ?? [])
      .filter((g): g is Required<GrantRow> => Boolean(g.role && g.unitId))
      .map((g) => ({ role: g.role, unitId: g.unitId }));
    const res = user
      ? await api.patch(`/users/${user.id}`, {
          body: {
            displayName: v.displayName.trim(),
            isActive: v.isActive,
            grants,
            version: user.version,
          } satisfies z.input<typeof userUpdateBody>,
          schema: userOne,
        })
      : await api.post('/users', {
          body: {
            username: v.username.trim(),
            displayName: v.displayName.trim(),
            password: v.password ?? '',
            grants,
          } satisfies z.input<typeof userCreateBody>,
          schema: userOne,
        });
    onSaved(res.data);
  };

  return (
    <ModalForm<Values>
      open={open}
      name="user-form"
      width={760}
      title={user ? t('users.editTitle', { name: user.username }) : t('users.createTitle')}
      initialValues={initialValues}
      onCancel={onClose}
      onSubmit={onSubmit}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="username"
            label={t('users.username')}
            extra={user ? null : t('users.usernameHint')}
            rules={[
              { required: true, whitespace: true, message: t('users.usernameRequired') },
              { min: 3, message: t('users.usernameTooShort') },
              { max: 50, message: t('validation.maxLength', { max: 50 }) },
              { pattern: /^[a-z0-9._-]+$/, message: t('users.usernamePattern') },
            ]}
          >
            <Input
              autoFocus={!user}
              disabled={Boolean(user)}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="displayName"
            label={t('users.displayName')}
            rules={[
              { required: true, whitespace: true, message: t('users.displayNameRequired') },
              { min: 2, message: t('users.displayNameRequired') },
              { max: 200, message: t('validation.maxLength', { max: 200 }) },
            ]}
          >
            <Input autoFocus={Boolean(user)} />
          </Form.Item>
        </Col>
      </Row>
      {user ? (
        <Form.Item name="isActive" label={t('users.active')} valuePropName="checked">
          <Switch checkedChildren={t('users.statusActive')} unCheckedChildren={t('users.statusInactive')} />
        </Form.Item>
      ) : (
        <Form.Item
          name="password"
          label={t('users.initialPassword')}
          extra={t('password.rule')}
          rules={passwordRules(t, true)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <Typography.Title level={5} id="grants-label">
        {t('users.grants')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('users.grantsHint')}</Typography.Paragraph>
      <Form.List name="grants">
        {(fields, { add, remove }) => (
          <fieldset
            aria-labelledby="grants-label"
            data-testid="grants-editor"
            style={{ border: 0, margin: 0, padding: 0 }}
          >
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="top">
                <Col xs={24} md={9}>
                  <Form.Item
                    name={[field.name, 'role']}
                    label={index === 0 ? t('users.role') : undefined}
                    rules={[{ required: true, message: t('users.roleRequired') }]}
                  >
                    <Select
                      aria-label={t('users.roleN', { n: index + 1 })}
                      placeholder={t('users.role')}
                      options={roles.map((r) => ({ value: r, label: pick(roleLabels[r]) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={22} md={13}>
                  <Form.Item
                    name={[field.name, 'unitId']}
                    label={index === 0 ? t('users.unit') : undefined}
                    rules={[{ required: true, message: t('users.unitRequired') }]}
                  >
                    <UnitTreeSelect knownUnits={known} aria-label={t('users.unitN', { n: index + 1 })} />
                  </Form.Item>
                </Col>
                <Col xs={2} md={2} style={{ paddingTop: index === 0 ? 30 : 0 }}>
                  <Button
                    type="text"
                    danger
                    icon={<MinusCircleOutlined />}
                    aria-label={t('users.removeGrant')}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
              {t('users.addGrant')}
            </Button>
          </fieldset>
        )}
      </Form.List>
    </ModalForm>
  );
}
