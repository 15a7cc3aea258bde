import { councilMemberRoles } from '@vinhdanh/contracts';
import { App, Button, Card, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { councilSessionDetailSchema, type SessionDetail } from './council-api.ts';

export function AttendanceCard({
  detail,
  onSaved,
  onWritten,
}: {
  detail: SessionDetail;
  onSaved: (next: SessionDetail) => void;
  onWritten: (m: { memberId: number; fullName: string }) => void;
}) {
  const { t, enumLabel } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const s = detail.data;
  const editable = detail.abilities.editAgenda;
  const [marks, setMarks] = useState<Record<number, boolean>>({});
  const [saving, setSaving] = useState(false);
  const value = (memberId: number, present: boolean | null) => marks[memberId] ?? present;
  const dirty = Object.keys(marks).length > 0;
  const save = async () => {
    setSaving(true);
    try {
      const entries = s.attendance
        .map((a) => ({ memberId: a.memberId, present: value(a.memberId, a.present) }))
        .filter((e): e is { memberId: number; present: boolean } => e.present !== null);
      onSaved(
        await api.put(`/council-sessions/${s.id}/attendance`, {
          body: { entries },
          schema: councilSessionDetailSchema,
        }),
      );
      setMarks({});
      message.success(t('council.attendance.saved'));
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card
      title={t('council.attendance')}
      style={{ marginBottom: 16 }}
      extra={
        editable ? (
          <Button
            type="primary"
            disabled={!dirty}
            loading={saving}
            onClick={save}
            data-testid="attendance-save"
          >
            {t('council.attendance.save')}
          </Button>
        ) : null
      }
    >
      <Table
        data-testid="session-attendance"
        rowKey="memberId"
        size="small"
        pagination={false}
        dataSource={s.attendance}
        columns={[
          { key: 'i', title: 'STT', width: 56, render: (_, __, i) => i + 1 },
          { key: 'name', dataIndex: 'fullName', title: t('council.member.fullName') },
          {
            key: 'role',
            title: t('council.member.role'),
            width: 200,
            render: (_, a) => enumLabel(councilMemberRoles, a.role),
          },
          {
            key: 'present',
            title: t('council.attendance'),
            width: 260,
            render: (_, a) => {
              const v = value(a.memberId, a.present);
              if (editable)
                return (
                  <Radio.Group
                    size="small"
                    optionType="button"
                    value={v === null ? undefined : v}
                    onChange={(e) => setMarks((m) => ({ ...m, [a.memberId]: e.target.value as boolean }))}
                    options={[
                      { value: true, label: t('council.attendance.present') },
                      { value: false, label: t('council.attendance.absent') },
                    ]}
                  />
                );
              if (v === null) return <Tag>{t('council.attendance.unmarked')}</Tag>;
              return v ? (
                <Tag color="success">{t('council.attendance.present')}</Tag>
              ) : (
                <Space>
                  <Tag color="default">{t('council.attendance.absent')}</Tag>
                  {a.writtenOpinion ? <Tag color="purple">{t('council.attendance.written')}</Tag> : null}
                </Space>
              );
            },
          },
          ...(detail.abilities.recordWritten
            ? [
                {
                  key: 'written',
                  title: t('common.actions'),
                  width: 220,
                  render: (_: unknown, a: SessionDetail['data']['attendance'][number]) =>
                    a.present === false && !a.writtenOpinion ? (
                      <Button size="small" onClick={() => onWritten(a)} data-testid="written-record">
                        {t('council.written.record')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
