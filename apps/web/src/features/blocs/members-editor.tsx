import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { blocRoles } from '@vinhdanh/contracts';
import { Alert, App, Button, type ButtonProps, Flex, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { blocMembersSchema } from '../scoring/scoring-api.ts';
import { type Role, roleKey, useDialog } from './bloc-editor-kit.tsx';

type Members = z.infer<typeof blocMembersSchema>;

/* ───────────── Members of a year, rotation ───────────── */

interface Row {
  key: number;
  unitId: number | null;
  unitName?: string;
  role: Role;
}

/** Edits the year's member list with their roles (one leader, at most one deputy). */
export function MembersEditor({
  blocId,
  year,
  members,
  onSaved,
}: {
  blocId: number;
  year: number;
  members: Members | undefined;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [open, , show, hide] = useDialog();
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [proposal, setProposal] = useState<Members | null>(null);

  const start = (from: Members['members']) => {
    setRows(from.map((m, i) => ({ key: i, unitId: m.unitId, unitName: m.unitName, role: m.role })));
    setError(null);
    show();
  };
  const save = async () => {
    const chosen = rows.filter((r) => r.unitId !== null);
    const leaders = chosen.filter((r) => r.role === 'leader').length;
    const deputies = chosen.filter((r) => r.role === 'deputy').length;
    const ids = chosen.map((r) => r.unitId);
    if (new Set(ids).size !== ids.length) return setError(t('bloc.members.duplicate'));
    if (leaders > 1 || deputies > 1) return setError(t('bloc.members.oneLeader'));
    setBusy(true);
    try {
      await api.put(`/blocs/${blocId}/members/${year}`, {
        body: { members: chosen.map((r) => ({ unitId: r.unitId!, role: r.role })) },
        schema: blocMembersSchema,
      });
      message.success(t('common.saved'));
      hide();
      onSaved();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const rotate = async (apply: boolean) => {
    try {
      const r = await api.post(`/blocs/${blocId}/rotate`, {
        body: { year, apply },
        schema: blocMembersSchema,
      });
      if (apply) {
        message.success(t('bloc.rotation.applied'));
        setProposal(null);
        onSaved();
      } else setProposal(r);
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const set = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Button size="small" onClick={() => start(members?.members ?? [])} data-testid="members-edit">
          {t('bloc.members.edit')}
        </Button>
        <Button size="small" onClick={() => rotate(false)} data-testid="members-rotate">
          {t('bloc.rotation.propose')}
        </Button>
      </Flex>
      <Modal
        open={open}
        width={720}
        title={t('bloc.membersOfYear', { year })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'members-ok' } as ButtonProps}
        confirmLoading={busy}
        onOk={save}
        onCancel={() => hide()}
        destroyOnHidden
      >
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        <Flex vertical gap={8}>
          {rows.map((r, i) => (
            <Flex key={r.key} gap={8} align="center" data-testid={`member-row-${i}`}>
              <div style={{ flex: 1, minWidth: 0 }}>
                <UnitTreeSelect
                  value={r.unitId}
                  knownUnits={r.unitId && r.unitName ? [{ id: r.unitId, name: r.unitName }] : []}
                  onChange={(v) => set(r.key, { unitId: typeof v === 'number' ? v : null })}
                  aria-label={t('bloc.members.unitN', { n: i + 1 })}
                  data-testid={`member-unit-${i}`}
                />
              </div>
              <Select<Role>
                value={r.role}
                onChange={(role) => set(r.key, { role })}
                options={blocRoles.map((x) => ({ value: x, label: t(roleKey(x)) }))}
                aria-label={t('bloc.members.roleN', { n: i + 1 })}
                data-testid={`member-role-${i}`}
                style={{ width: 150 }}
              />
              <Button
                type="text"
                danger
                icon={<MinusCircleOutlined />}
                aria-label={t('common.delete')}
                onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() =>
              setRows((rs) => [
                ...rs,
                { key: Math.max(0, ...rs.map((x) => x.key + 1)), unitId: null, role: 'member' },
              ])
            }
            data-testid="member-add"
          >
            {t('bloc.members.add')}
          </Button>
        </Flex>
      </Modal>
      <Modal
        open={proposal !== null}
        title={t('bloc.rotation.title', { year })}
        okText={t('bloc.rotation.apply')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'rotation-apply' } as ButtonProps}
        onOk={() => rotate(true)}
        onCancel={() => setProposal(null)}
        destroyOnHidden
      >
        <Table
          size="small"
          rowKey="unitId"
          pagination={false}
          data-testid="rotation-proposal"
          dataSource={(proposal?.members ?? []).filter((m) => m.role !== 'member')}
          columns={[
            { key: 'unit', dataIndex: 'unitName', title: t('mv.unit') },
            {
              key: 'role',
              title: t('bloc.role'),
              width: 140,
              render: (_, m) => <Tag>{t(roleKey(m.role))}</Tag>,
            },
          ]}
        />
      </Modal>
    </>
  );
}
