import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { type ReactNode, useState } from 'react';
import { api } from '../../api/client.ts';
import { ConfirmDeleteButton, useActionColumn } from '../../components/confirm-delete.tsx';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';

export type RecordKind = 'disciplines' | 'initiatives' | 'leaves' | 'awards';

/** One list of a person's history (discipline, initiatives, leaves, awards): a table, an add form, delete. */
export function RecordTab<Row extends { id: number }, Values extends object>({
  personId,
  kind,
  rows,
  columns,
  canWrite,
  addLabel,
  emptyText,
  fields,
  initialValues,
  toBody,
  onChanged,
}: {
  personId: number;
  kind: RecordKind;
  rows: Row[];
  columns: TableColumnsType<Row>;
  canWrite: boolean;
  addLabel: string;
  emptyText: string;
  fields: ReactNode;
  initialValues?: Partial<Values>;
  toBody: (values: Values) => unknown;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const actionColumn = useActionColumn();
  const [adding, setAdding] = useState(false);

  const remove = async (row: Row) => {
    try {
      await api.delete(`/people/${personId}/${kind}/${row.id}`);
      message.success(t('common.deleted'));
      onChanged();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const allColumns: TableColumnsType<Row> = canWrite
    ? [
        ...columns,
        actionColumn<Row>((row) => (
          <ConfirmDeleteButton label={t('common.delete')} onConfirm={() => remove(row)} />
        )),
      ]
    : columns;

  return (
    <>
      {canWrite ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid={`${kind}-add`}>
            {addLabel}
          </Button>
        </Flex>
      ) : null}
      <Table<Row>
        rowKey="id"
        size="small"
        columns={allColumns}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        data-testid={`${kind}-table`}
        scroll={{ x: 700 }}
      />
      <ModalForm<Values>
        open={adding}
        name={`${kind}-form`}
        title={addLabel}
        initialValues={initialValues}
        onCancel={() => setAdding(false)}
        onSubmit={async (values) => {
          await api.post(`/people/${personId}/${kind}`, { body: toBody(values) });
          setAdding(false);
          message.success(t('common.saved'));
          onChanged();
        }}
      >
        {fields}
      </ModalForm>
    </>
  );
}
