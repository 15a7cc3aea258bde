import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { issuerLevels, unitHistorySchema } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Alert, App, Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import {
  AwardCode,
  AwardFields,
  type AwardValues,
  awardBodyOf,
  awardInitialValues,
} from '../../components/award-fields.tsx';
import { ConfirmDeleteButton, useActionColumn } from '../../components/confirm-delete.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import {
  nextFreeYear,
  RatingTag,
  YearRatingFields,
  type YearRatingValues,
  yearRatingBody,
} from '../../components/year-rating.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { useCatalog } from '../eligibility/eligibility-api.ts';

type History = z.infer<typeof unitHistorySchema>;
type YearRow = History['years'][number];
type AwardRow = History['awards'][number];

function Inherited({ from }: { from: YearRow['inheritedFrom'] }) {
  const { t } = useI18n();
  if (!from) return null;
  return (
    <Tag color="purple" data-testid="inherited-tag" style={{ marginInlineStart: 6 }}>
      {t('unitHistory.inheritedFrom', { name: from.unitName })}
    </Tag>
  );
}

/** "Lịch sử thi đua" of a collective: ratings by year and awards, with rows inherited through a merger. */
export function UnitHistory({ unitId, canWrite }: { unitId: number; canWrite: boolean }) {
  const { t, pick, enumLabel } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { entries, byCode } = useCatalog();
  const res = useAsync(
    (signal) => api.get(`/units/${unitId}/history`, { schema: unitHistorySchema, signal }),
    [unitId],
  );
  const actionColumn = useActionColumn();
  const [yearForm, setYearForm] = useState<YearRatingValues | null>(null);
  const [addingAward, setAddingAward] = useState(false);

  if (res.error) return <Alert type="error" showIcon title={errorText(res.error)} />;
  const years = [...(res.data?.years ?? [])].sort((a, b) => b.year - a.year);
  const awards = [...(res.data?.awards ?? [])].sort((a, b) => b.year - a.year);
  const codeName = (code: string) => {
    const e = byCode.get(code);
    return e ? pick(e.name) : code;
  };
  const removeAward = async (row: AwardRow) => {
    try {
      await api.delete(`/units/${unitId}/awards/${row.id}`);
      message.success(t('common.deleted'));
      res.reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <div data-testid="unit-history">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('unitHistory.years')}
        </Typography.Title>
        {canWrite ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            data-testid="unit-years-add"
            onClick={() =>
              setYearForm({ year: nextFreeYear(new Set(years.map((y) => y.year))), rating: null })
            }
          >
            {t('person.years.add')}
          </Button>
        ) : null}
      </Flex>
      <Table<YearRow>
        rowKey={(r) => `${r.year}-${r.inheritedFrom?.unitName ?? ''}`}
        size="small"
        loading={res.loading}
        pagination={false}
        dataSource={years}
        data-testid="unit-years-table"
        style={{ marginBottom: 20 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.years.empty')} />,
        }}
        columns={[
          { key: 'year', title: t('person.years.year'), dataIndex: 'year', width: 80 },
          {
            key: 'rating',
            title: t('person.years.rating'),
            render: (_, r) => (
              <>
                <RatingTag rating={r.rating} />
                <Inherited from={r.inheritedFrom} />
              </>
            ),
          },
          { key: 'note', title: t('common.note'), dataIndex: 'note' },
          ...(canWrite
            ? [
                actionColumn<YearRow>(
                  (r) =>
                    r.inheritedFrom ? null : (
                      <Button
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={t('person.years.editYear', { year: r.year })}
                        onClick={() => setYearForm({ year: r.year, rating: r.rating, note: r.note ?? '' })}
                      />
                    ),
                  'edit',
                  56,
                ),
              ]
            : []),
        ]}
      />
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('unitHistory.awards')}
        </Typography.Title>
        {canWrite ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            data-testid="unit-awards-add"
            onClick={() => setAddingAward(true)}
          >
            {t('person.award.add')}
          </Button>
        ) : null}
      </Flex>
      <Table<AwardRow>
        rowKey="id"
        size="small"
        loading={res.loading}
        pagination={false}
        dataSource={awards}
        data-testid="unit-awards-table"
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.award.empty')} />,
        }}
        columns={[
          {
            key: 'code',
            title: t('person.award.code'),
            render: (_, r) => (
              <AwardCode name={codeName(r.code)} code={r.code} kind={r.kind}>
                <Inherited from={r.inheritedFrom} />
              </AwardCode>
            ),
          },
          { key: 'year', title: t('person.award.year'), dataIndex: 'year', width: 70 },
          {
            key: 'decision',
            title: t('common.decisionNo'),
            render: (_, r) => (
              <>
                {r.decisionNo ?? '—'}
                {r.decisionDate ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {formatViDate(r.decisionDate)}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            key: 'issuer',
            title: t('person.award.issuer'),
            render: (_, r) => r.issuer ?? enumLabel(issuerLevels, r.issuerLevel),
          },
          ...(canWrite
            ? [
                actionColumn<AwardRow>(
                  (r) =>
                    r.inheritedFrom ? null : (
                      <ConfirmDeleteButton
                        label={`${t('common.delete')}: ${codeName(r.code)} ${r.year}`}
                        onConfirm={() => removeAward(r)}
                      />
                    ),
                  'actions',
                  56,
                ),
              ]
            : []),
        ]}
      />
      <ModalForm<YearRatingValues>
        open={yearForm !== null}
        name="unit-year-form"
        title={t('person.years.formTitle')}
        initialValues={yearForm ?? undefined}
        onCancel={() => setYearForm(null)}
        onSubmit={async (v) => {
          await api.put(`/units/${unitId}/years/${v.year}`, { body: yearRatingBody(v) });
          setYearForm(null);
          message.success(t('common.saved'));
          res.reload();
        }}
      >
        <YearRatingFields />
      </ModalForm>
      <AwardModal
        open={addingAward}
        unitId={unitId}
        codes={(entries ?? [])
          .filter((e) => e.subjectKinds.includes('collective'))
          .map((e) => ({ value: e.code, label: `${e.code} — ${pick(e.name)}` }))}
        onClose={() => setAddingAward(false)}
        onSaved={() => {
          setAddingAward(false);
          message.success(t('common.saved'));
          res.reload();
        }}
      />
    </div>
  );
}

function AwardModal({
  open,
  unitId,
  codes,
  onClose,
  onSaved,
}: {
  open: boolean;
  unitId: number;
  codes: Array<{ value: string; label: string }>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  return (
    <ModalForm<AwardValues>
      open={open}
      name="unit-award-form"
      title={t('person.award.add')}
      initialValues={awardInitialValues()}
      onCancel={onClose}
      onSubmit={async (v) => {
        await api.post(`/units/${unitId}/awards`, { body: awardBodyOf(v) });
        onSaved();
      }}
    >
      <AwardFields codeSpan={16} codeOptions={codes} />
    </ModalForm>
  );
}
