import { App, Empty, Form, InputNumber, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCatalog } from '../eligibility/eligibility-api.ts';
import { AddButton, DeleteRowButton, type PartProps, usePartAction } from './movement-part-kit.tsx';
import type { MovementDetail } from './movements-api.ts';

/* ───────────── Offered titles and forms ───────────── */

export function OffersPanel({ movement: m, canEdit, onChanged }: PartProps) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const run = usePartAction(onChanged);
  const { entries } = useCatalog();
  const [adding, setAdding] = useState(false);

  const remove = (code: string) =>
    run(() => api.delete(`/movements/${m.id}/offers/${encodeURIComponent(code)}`), t('common.deleted'));
  const setCount = (code: string, plannedCount: number | null) =>
    run(() => api.put(`/movements/${m.id}/offers/${encodeURIComponent(code)}`, { body: { plannedCount } }));
  const offered = new Set(m.offers.map((o) => o.code));
  const nameOf = (code: string, fallback: string) =>
    entries?.find((e) => e.code === code)?.name[locale] ?? fallback;

  return (
    <>
      {canEdit ? (
        <AddButton onClick={() => setAdding(true)} testId="offer-add">
          {t('mv.offer.add')}
        </AddButton>
      ) : null}
      <Table
        data-testid="offers-table"
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={m.offers}
        locale={{ emptyText: <Empty description={t('mv.offer.empty')} /> }}
        columns={[
          { key: 'name', title: t('mv.offer.title'), render: (_, o) => nameOf(o.code, o.name) },
          {
            key: 'form',
            title: t('mv.offer.category'),
            width: 180,
            render: (_, o) => {
              const e = entries?.find((x) => x.code === o.code);
              return e ? (
                <Tag>{t(e.category === 'title' ? 'mv.offer.isTitle' : 'mv.offer.isForm')}</Tag>
              ) : null;
            },
          },
          {
            key: 'count',
            title: t('mv.offer.planned'),
            width: 180,
            render: (_, o) =>
              canEdit ? (
                <InputNumber
                  min={0}
                  defaultValue={o.plannedCount ?? undefined}
                  aria-label={t('mv.offer.planned')}
                  onBlur={(e) => {
                    const raw = e.target.value.trim();
                    const n = raw === '' ? null : Number(raw);
                    if (n !== o.plannedCount && (n === null || Number.isFinite(n))) setCount(o.code, n);
                  }}
                />
              ) : (
                (o.plannedCount ?? '—')
              ),
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 100,
                  render: (_: unknown, o: MovementDetail['offers'][number]) => (
                    <DeleteRowButton onConfirm={() => remove(o.code)} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <ModalForm<{ code: string; plannedCount: number | null }>
        open={adding}
        name="offer"
        title={t('mv.offer.add')}
        onCancel={() => setAdding(false)}
        onSubmit={async (v) => {
          await api.put(`/movements/${m.id}/offers/${encodeURIComponent(v.code)}`, {
            body: { plannedCount: v.plannedCount ?? null },
          });
          message.success(t('common.saved'));
          setAdding(false);
          onChanged();
        }}
      >
        <Form.Item
          name="code"
          label={t('mv.offer.title')}
          rules={[{ required: true, message: t('validation.chooseOne') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(entries ?? [])
              .filter((e) => !offered.has(e.code))
              .map((e) => ({ value: e.code, label: e.name[locale] }))}
          />
        </Form.Item>
        <Form.Item name="plannedCount" label={t('mv.offer.planned')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
      </ModalForm>
    </>
  );
}
