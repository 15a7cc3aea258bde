import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { PersonDetail } from '@vinhdanh/contracts';
import { App, Button, Empty, Flex, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useActionColumn } from '../../components/confirm-delete.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import {
  nextFreeYear,
  RatingTag,
  YearRatingFields,
  type YearRatingValues,
  yearRatingBody,
} from '../../components/year-rating.tsx';
import { useI18n } from '../../i18n/index.ts';

type YearRow = PersonDetail['years'][number];

/** Yearly ratings, newest first; one row per year, written with PUT so re-entering a year replaces it. */
export function YearsTab({
  person,
  canWrite,
  onChanged,
}: {
  person: PersonDetail;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const actionColumn = useActionColumn();
  const [editing, setEditing] = useState<Partial<YearRatingValues> | null>(null);
  const rows = [...person.years].sort((a, b) => b.year - a.year);
  const taken = new Set(rows.map((r) => r.year));

  return (
    <>
      {canWrite ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button
            icon={<PlusOutlined />}
            data-testid="years-add"
            onClick={() => setEditing({ year: nextFreeYear(taken), rating: null })}
          >
            {t('person.years.add')}
          </Button>
        </Flex>
      ) : null}
      <Table<YearRow>
        rowKey="year"
        size="small"
        dataSource={rows}
        pagination={false}
        data-testid="years-table"
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.years.empty')} />,
        }}
        columns={[
          { key: 'year', title: t('person.years.year'), dataIndex: 'year', width: 90 },
          {
            key: 'rating',
            title: t('person.years.rating'),
            width: 360,
            render: (_, r) => <RatingTag rating={r.rating} />,
          },
          { key: 'note', title: t('common.note'), dataIndex: 'note' },
          ...(canWrite
            ? [
                actionColumn<YearRow>(
                  (r) => (
                    <Button
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('person.years.editYear', { year: r.year })}
                      onClick={() => setEditing({ year: r.year, rating: r.rating, note: r.note ?? '' })}
                    />
                  ),
                  'edit',
                ),
              ]
            : []),
        ]}
      />
      <ModalForm<YearRatingValues>
        open={editing !== null}
        name="year-form"
        title={t('person.years.formTitle')}
        initialValues={editing ?? undefined}
        onCancel={() => setEditing(null)}
        onSubmit={async (v) => {
          await api.put(`/people/${person.id}/years/${v.year}`, { body: yearRatingBody(v) });
          setEditing(null);
          message.success(t('common.saved'));
          onChanged();
        }}
      >
        <YearRatingFields autoFocus />
      </ModalForm>
    </>
  );
}
