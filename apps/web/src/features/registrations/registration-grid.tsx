import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import { useRegistrationColumns } from './registration-columns.tsx';
import { type CollectiveRow, PAGE_SIZE, type PersonRow } from './registrations-model.ts';
import type { Registrations } from './use-registrations.ts';

/** The collectives, people and missing-units tabs, with saving and sending below. */
export function RegistrationGrid({ g }: { g: Registrations }) {
  const { t } = useI18n();
  const { data, grid, missing, page, setPage, edits, canEdit, abilities, busy, save, submit } = g;
  const { includeSubunits, setIncludeSubunits } = g;
  const { collectiveColumns, personColumns } = useRegistrationColumns(g);
  const missingRows = missing.data?.data ?? [];
  return (
    <Card>
      <Tabs
        items={[
          {
            key: 'collectives',
            label: t('reg.tab.collectives', { n: data?.collectives.length ?? 0 }),
            children: (
              <Table<CollectiveRow>
                data-testid="registration-collectives"
                rowKey="unitId"
                size="middle"
                loading={grid.loading}
                columns={collectiveColumns}
                dataSource={data?.collectives ?? []}
                pagination={false}
                locale={{ emptyText: grid.loading ? ' ' : <Empty description={t('reg.empty')} /> }}
              />
            ),
          },
          {
            key: 'people',
            label: t('reg.tab.people', { n: data?.people.total ?? 0 }),
            children: (
              <Table<PersonRow>
                data-testid="registration-people"
                rowKey="personId"
                size="middle"
                loading={grid.loading}
                columns={personColumns}
                dataSource={data?.people.data ?? []}
                locale={{ emptyText: grid.loading ? ' ' : <Empty description={t('reg.empty')} /> }}
                pagination={{
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: data?.people.total ?? 0,
                  showSizeChanger: false,
                  showTotal: (total, [from, to]) => t('common.rangeOfTotal', { from, to, total }),
                }}
                onChange={(p) => {
                  if (edits.size && !window.confirm(t('reg.discard'))) return;
                  setPage(p.current ?? 1);
                }}
              />
            ),
          },
          {
            key: 'missing',
            label: t('reg.tab.missing', { n: missingRows.length }),
            children: (
              <Table
                data-testid="registration-missing"
                rowKey="unitId"
                size="small"
                loading={missing.loading}
                dataSource={missingRows}
                pagination={missingRows.length > 20 ? { pageSize: 20 } : false}
                locale={{ emptyText: <Empty description={t('reg.noMissing')} /> }}
                columns={[
                  { key: 'unit', dataIndex: 'unitName', title: t('reg.unit') },
                  {
                    key: 'state',
                    title: t('reg.status'),
                    width: 200,
                    render: (_, r) => (
                      <Tag color={r.state === 'late' ? 'orange' : r.state === 'returned' ? 'red' : 'default'}>
                        {t(`reg.missing.${r.state}` as MessageKey)}
                      </Tag>
                    ),
                  },
                  {
                    key: 'people',
                    title: t('reg.peopleRegistered'),
                    width: 200,
                    render: (_, r) => `${r.peopleRegistered}/${r.people}`,
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {canEdit || abilities.submit ? (
        <Flex justify="flex-end" gap={12} align="center" wrap style={{ marginTop: 16 }}>
          {edits.size ? (
            <Typography.Text type="warning">{t('reg.pending', { n: edits.size })}</Typography.Text>
          ) : null}
          {canEdit ? (
            <Button
              icon={<SaveOutlined />}
              disabled={edits.size === 0}
              loading={busy === 'save'}
              onClick={save}
              data-testid="registration-save"
            >
              {t('common.save')}
            </Button>
          ) : null}
          {abilities.submit ? (
            <>
              <Checkbox checked={includeSubunits} onChange={(e) => setIncludeSubunits(e.target.checked)}>
                {t('reg.includeSubunits')}
              </Checkbox>
              <Button
                type="primary"
                icon={<SendOutlined />}
                disabled={edits.size > 0}
                loading={busy === 'submit'}
                onClick={submit}
                data-testid="registration-submit"
              >
                {t('reg.submit')}
              </Button>
            </>
          ) : null}
        </Flex>
      ) : null}
    </Card>
  );
}
