import { CheckCircleFilled, PlusOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Empty, Flex, Table, Tag } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { SheetSettingsButton, useDialog } from '../blocs/bloc-editors.tsx';
import { DeleteRowButton } from '../movements/movement-part-kit.tsx';
import {
  type CriterionValues,
  CriterionFields,
  KIND_COLORS,
  kindKey,
  toInput,
  withCriterion,
} from './criterion-form.tsx';
import {
  type Criterion,
  type CriterionNode,
  criteriaTree,
  pts,
  type Sheet,
  sheetResponse,
} from './scoring-api.ts';

/** The sheet's criteria tree, with adding and deleting criteria while the sheet may be edited. */
export function CriteriaEditor({
  sheet: s,
  canEdit,
  onSaved,
}: {
  sheet: Sheet;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [adding, addKey, startAdding, stopAdding] = useDialog();
  const ordered = [...s.criteria].sort((a, b) => a.position - b.position);

  const save = async (criteria: ReturnType<typeof toInput>[]) =>
    saved(await api.patch(`/score-sheets/${s.id}`, { body: { criteria }, schema: sheetResponse }));
  const saved = (r: { versionCreated: boolean; data: Sheet }) => {
    if (r.versionCreated) {
      message.info(t('sc.versionCreated', { version: r.data.version }));
      navigate(`/scoring/sheets/${r.data.id}`);
    } else message.success(t('common.saved'));
    onSaved();
  };
  const remove = async (c: Criterion) => {
    const drop = new Set([c.id]);
    for (const x of ordered) if (x.parentId && drop.has(x.parentId)) drop.add(x.id);
    try {
      await save(ordered.filter((x) => !drop.has(x.id)).map((x) => toInput(x, ordered)));
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'bands',
            label: t('sc.bands'),
            children: s.settings.bands.map((b) => `${b.name} ≥ ${pts(b.minPoints)}`).join('; ') || '—',
          },
          {
            key: 'counts',
            label: t('sc.proposalCounts'),
            children: t('sc.proposalCountsValue', {
              flag: s.settings.flagCount,
              cert: s.settings.certificateCount,
            }),
          },
          {
            key: 'penalty',
            label: t('sc.maxPenalty'),
            children: s.settings.maxPenaltyForProposal == null ? '—' : pts(s.settings.maxPenaltyForProposal),
          },
        ]}
      />
      {canEdit ? (
        <Flex gap={8} style={{ marginBottom: 12 }} wrap>
          <Button icon={<PlusOutlined />} onClick={startAdding} data-testid="criterion-add">
            {t('sc.addCriterion')}
          </Button>
          <SheetSettingsButton sheet={s} onSaved={saved} />
        </Flex>
      ) : null}
      <Table<CriterionNode>
        data-testid="criteria-tree"
        rowKey="id"
        size="small"
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        dataSource={criteriaTree(s.criteria)}
        locale={{ emptyText: <Empty description={t('sc.noCriteria')} /> }}
        columns={[
          { key: 'code', dataIndex: 'code', title: t('sc.code'), width: 120 },
          { key: 'name', dataIndex: 'name', title: t('sc.criterion') },
          {
            key: 'kind',
            title: t('sc.kind'),
            width: 120,
            render: (_, c) => <Tag color={KIND_COLORS[c.kind]}>{t(kindKey(c.kind))}</Tag>,
          },
          {
            key: 'max',
            title: t('sc.maxPoints'),
            width: 100,
            align: 'right',
            render: (_, c) => pts(c.maxPoints),
          },
          { key: 'cap', title: t('sc.cap'), width: 100, align: 'right', render: (_, c) => pts(c.cap) },
          {
            key: 'evidence',
            title: t('sc.evidence'),
            width: 110,
            align: 'center',
            render: (_, c) =>
              c.evidenceRequired ? (
                <CheckCircleFilled style={{ color: '#1677ff' }} aria-label={t('common.yes')} />
              ) : null,
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  width: 70,
                  render: (_: unknown, c: CriterionNode) => (
                    <DeleteRowButton title={t('sc.deleteCriterion')} onConfirm={() => remove(c)} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <ModalForm<CriterionValues>
        key={addKey}
        open={adding}
        name="criterion"
        title={t('sc.addCriterion')}
        onCancel={() => stopAdding()}
        initialValues={{ kind: 'normal', evidenceRequired: false, parentCode: null, cap: null }}
        onSubmit={async (v) => {
          await save(withCriterion(ordered, v));
          stopAdding();
        }}
      >
        <CriterionFields ordered={ordered} />
      </ModalForm>
    </>
  );
}
