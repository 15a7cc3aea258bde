import {
  AuditOutlined,
  DeleteOutlined,
  FileExcelOutlined,
  PlusOutlined,
  ReloadOutlined,
  TeamOutlined,
  UserOutlined,
  WarningFilled,
} from '@ant-design/icons';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useMaxLength } from '../../components/form-helpers.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { OutcomeTag } from '../eligibility/badges.tsx';
import { useCatalog } from '../eligibility/eligibility-api.ts';
import { VerdictCard } from '../eligibility/verdicts.tsx';
import { AppraisalTag } from './dossier-tags.tsx';
import { type Dossier, dossierDetailSchema, formatViMinute, type Nominee } from './dossiers-api.ts';
import { InlineText } from './inline-text.tsx';
import { NomineePickerModal } from './nominee-picker.modal.tsx';
import type { DossierMutations } from './use-dossier.ts';

type Abilities = Record<string, boolean>;

/** The rules engine's verdict in the row; a click opens the reasons with their legal citations. */
function VerdictToggle({ n, open, onToggle }: { n: Nominee; open: boolean; onToggle: () => void }) {
  const { t } = useI18n();
  if (!n.verdict) return <Typography.Text type="secondary">{t('dossier.verdict.none')}</Typography.Text>;
  return (
    <Flex vertical gap={2} align="flex-start">
      <OutcomeTag outcome={n.verdict.outcome} />
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: 'auto', fontSize: 12 }}
        aria-expanded={open}
        onClick={onToggle}
        data-testid="nominee-reasons-toggle"
      >
        {open ? t('dossier.verdict.hide') : t('dossier.verdict.show', { n: n.verdict.reasons.length })}
      </Button>
    </Flex>
  );
}

/** Nominees of the dossier: who, for what, the engine's verdict, justification, achievement, appraisal. */
export function NomineesCard({
  dossier: d,
  abilities,
  mutations,
}: {
  dossier: Dossier;
  abilities: Abilities;
  mutations: DossierMutations;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const maxLength = useMaxLength();
  const { byCode } = useCatalog();
  const [expanded, setExpanded] = useState<number[]>([]);
  const [picking, setPicking] = useState(false);
  const [removing, setRemoving] = useState<Nominee | null>(null);
  const [exporting, setExporting] = useState(false);
  const { message } = App.useApp();
  const errorText = useErrorText();
  const canEdit = abilities.canEdit === true;
  const canAppraise = abilities.canAppraise === true;
  const active = d.nominees.filter((n) => !n.removedAt);
  const removed = d.nominees.filter((n) => n.removedAt);
  const missing = active.filter((n) => n.needsJustification && !n.justification?.trim()).length;

  const toggle = (id: number) =>
    setExpanded((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  const patch = (n: Nominee, body: { achievement?: string | null; justification?: string | null }) =>
    mutations.run(
      () =>
        api.patch(`/dossiers/${d.id}/nominees/${n.id}`, {
          body: { version: n.version, ...body },
          schema: dossierDetailSchema,
        }),
      t('common.saved'),
    );

  const columns: TableColumnsType<Nominee> = [
    { key: 'no', title: t('dossier.no'), width: 40, align: 'center', render: (_, _n, i) => i + 1 },
    {
      key: 'name',
      title: t('dossier.nominee'),
      width: 200,
      render: (_, n) => (
        <>
          <Flex gap={6} align="baseline">
            {n.subjectKind === 'individual' ? (
              <UserOutlined aria-label={t('eligibility.kind.person')} />
            ) : (
              <TeamOutlined aria-label={t('eligibility.kind.unit')} />
            )}
            <Link to={`/dossiers/${d.id}/nominees/${n.id}`} data-testid="nominee-name">
              {n.name}
            </Link>
          </Flex>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {[n.birthDate ? formatViDate(n.birthDate) : null, n.position].filter(Boolean).join(' · ')}
          </Typography.Text>
          {n.unitName && n.subjectKind === 'individual' ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {n.unitName}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'target',
      title: t('dossier.target'),
      width: 150,
      render: (_, n) => (
        <>
          {n.targetName}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {n.target}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'verdict',
      title: t('dossier.verdict'),
      width: 150,
      render: (_, n) => <VerdictToggle n={n} open={expanded.includes(n.id)} onToggle={() => toggle(n.id)} />,
    },
    {
      key: 'details',
      title: t('dossier.achievementAndJustification'),
      width: 270,
      render: (_, n) => (
        <Flex vertical gap={6}>
          <InlineText
            value={n.achievement}
            editable={canEdit}
            label={t('dossier.achievement.edit', { name: n.name })}
            maxLength={8000}
            testId="nominee-achievement"
            onSave={(text) => patch(n, { achievement: text })}
            empty={<Typography.Text type="secondary">{t('dossier.achievement.none')}</Typography.Text>}
          />
          {n.needsJustification ? (
            <div
              style={{
                borderLeft: `3px solid ${n.justification?.trim() ? '#d48806' : '#cf1322'}`,
                paddingLeft: 8,
              }}
            >
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('dossier.justification')}
              </Typography.Text>
              <InlineText
                value={n.justification}
                editable={canEdit}
                label={t('dossier.justification.edit', { name: n.name })}
                maxLength={4000}
                testId="nominee-justification"
                onSave={(text) => patch(n, { justification: text })}
                empty={
                  <Tag color="error" icon={<WarningFilled />} data-testid="justification-missing">
                    {t('dossier.justification.missing')}
                  </Tag>
                }
              />
            </div>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'appraisal',
      title: t('dossier.appraisal'),
      width: 170,
      render: (_, n) => (
        <Flex vertical gap={2} align="flex-start">
          <AppraisalTag outcome={n.appraisal} />
          {n.appraisalReason ? (
            <Typography.Text style={{ fontSize: 12 }} data-testid="appraisal-reason">
              {n.appraisalReason}
            </Typography.Text>
          ) : null}
          {n.appraisedBy ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {n.appraisedBy.name} · {formatViMinute(n.appraisedAt)}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    ...(canEdit || canAppraise
      ? [
          {
            key: 'actions',
            title: <span className="sr-only">{t('common.actions')}</span>,
            width: canAppraise ? 116 : 52,
            fixed: 'right' as const,
            render: (_: unknown, n: Nominee) => (
              <Flex gap={4}>
                {canAppraise ? (
                  <Button
                    size="small"
                    icon={<AuditOutlined />}
                    onClick={() => navigate(`/dossiers/${d.id}/nominees/${n.id}`)}
                    data-testid="nominee-appraise"
                  >
                    {t('dossier.appraise')}
                  </Button>
                ) : null}
                {canEdit ? (
                  <Tooltip title={t('dossier.remove')}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('dossier.removeNamed', { name: n.name })}
                      onClick={() => setRemoving(n)}
                      data-testid="nominee-remove"
                    />
                  </Tooltip>
                ) : null}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={t('dossier.nominees', { n: active.length })}
      extra={
        <Flex gap={8}>
          <Button
            size="small"
            icon={<FileExcelOutlined />}
            loading={exporting}
            disabled={active.length === 0}
            onClick={async () => {
              setExporting(true);
              try {
                await api.download(
                  `/dossiers/${d.id}/nominees.xlsx`,
                  undefined,
                  `danh-sach-de-nghi-${d.id}.xlsx`,
                );
              } catch (err) {
                message.error(errorText(err));
              } finally {
                setExporting(false);
              }
            }}
            data-testid="nominees-xlsx"
          >
            {t('dossier.nomineesXlsx')}
          </Button>
          {canEdit ? (
            <>
              <Button
                size="small"
                icon={<ReloadOutlined />}
                onClick={() =>
                  mutations.run(
                    () => api.post(`/dossiers/${d.id}/reverify`, { schema: dossierDetailSchema }),
                    t('dossier.reverified'),
                  )
                }
                data-testid="dossier-reverify"
              >
                {t('dossier.reverify')}
              </Button>
              <Button
                size="small"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setPicking(true)}
                data-testid="nominee-add"
              >
                {t('dossier.addNominees')}
              </Button>
            </>
          ) : null}
        </Flex>
      }
    >
      {missing > 0 ? (
        <Typography.Paragraph type="danger" data-testid="justification-warning" style={{ marginBottom: 8 }}>
          <WarningFilled /> {t('dossier.justification.warning', { n: missing })}
        </Typography.Paragraph>
      ) : null}
      <Table<Nominee>
        data-testid="nominees-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={active}
        pagination={active.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 1080 }}
        onRow={(n) => ({ 'data-nominee-id': n.id, 'data-nominee-name': n.name }) as never}
        expandable={{
          expandedRowKeys: expanded,
          showExpandColumn: false,
          rowExpandable: (n) => Boolean(n.verdict),
          expandedRowRender: (n) =>
            n.verdict ? (
              <div style={{ maxWidth: 900 }} data-testid="nominee-verdict">
                <VerdictCard verdict={n.verdict} catalog={byCode.get(n.target)} />
                {n.verdictAt ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('dossier.verdict.at', { at: formatViMinute(n.verdictAt) })}
                  </Typography.Text>
                ) : null}
              </div>
            ) : null,
        }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dossier.nominees.empty')}>
              {canEdit ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setPicking(true)}>
                  {t('dossier.addNominees')}
                </Button>
              ) : null}
            </Empty>
          ),
        }}
      />
      {removed.length ? (
        <details style={{ marginTop: 12 }} data-testid="nominees-removed">
          <summary>{t('dossier.removed', { n: removed.length })}</summary>
          <ul style={{ marginBottom: 0 }}>
            {removed.map((n) => (
              <li key={n.id}>
                <Typography.Text delete>{n.name}</Typography.Text> — {n.targetName}:{' '}
                <Typography.Text type="secondary">
                  {n.removedReason} ({formatViMinute(n.removedAt)})
                </Typography.Text>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {canEdit ? (
        <NomineePickerModal
          dossier={d}
          open={picking}
          onClose={() => setPicking(false)}
          mutations={mutations}
        />
      ) : null}
      <ModalForm<{ reason: string }>
        open={removing !== null}
        name="nominee-remove"
        title={t('dossier.removeNamed', { name: removing?.name ?? '' })}
        okText={t('dossier.remove')}
        okDanger
        onCancel={() => setRemoving(null)}
        onSubmit={async (v) => {
          if (!removing) return;
          try {
            const res = await api.post(`/dossiers/${d.id}/nominees/${removing.id}/remove`, {
              body: { version: removing.version, reason: v.reason.trim() },
              schema: dossierDetailSchema,
            });
            mutations.apply(res);
            setRemoving(null);
          } catch (err) {
            if (mutations.conflict(err)) setRemoving(null);
            else throw err;
          }
        }}
      >
        <Form.Item
          name="reason"
          label={t('dossier.removeReason')}
          rules={[
            { required: true, whitespace: true, message: t('dossier.reasonRequired') },
            maxLength(1000),
          ]}
        >
          <Input.TextArea rows={3} data-testid="nominee-remove-reason" />
        </Form.Item>
      </ModalForm>
    </Card>
  );
}
