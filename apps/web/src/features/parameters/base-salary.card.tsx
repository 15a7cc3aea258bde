import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Card, Flex, Form, Input, InputNumber, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { useMaxLength } from '../../components/form-helpers.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso } from '../../lib/dates.ts';
import { ConfidenceBadge } from '../eligibility/badges.tsx';
import type { BaseSalaryRow } from './parameters.model.ts';
import type { ParameterActions } from './use-parameter-actions.tsx';
import { formatVnd } from './use-parameter-text.ts';

/** The base salary ("lương cơ sở") steps, national and provincial, newest first. */
export function BaseSalaryCard({
  baseSalaries,
  actions,
}: {
  baseSalaries: BaseSalaryRow[];
  actions: ParameterActions;
}) {
  const { t } = useI18n();
  return (
    <Card
      title={t('parameters.baseSalary')}
      extra={actions.addButton('salary', 'base-salary-add', t('parameters.addBaseSalary'))}
    >
      <Table<BaseSalaryRow>
        rowKey={(r) => `${r.from}-${r.amount}`}
        size="small"
        pagination={false}
        dataSource={[...baseSalaries].sort((a, b) => b.from.localeCompare(a.from))}
        data-testid="base-salary-table"
        columns={[
          {
            key: 'from',
            title: t('common.fromDate'),
            width: 120,
            render: (_, r) => formatViDate(r.from),
          },
          {
            key: 'amount',
            title: t('parameters.amount'),
            align: 'right',
            width: 140,
            render: (_, r) => (
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatVnd(r.amount)}</span>
            ),
          },
          {
            key: 'basis',
            title: t('parameters.legalBasis'),
            render: (_, r) => (
              <Flex gap={6} align="center" wrap>
                <span>{r.citation ?? '—'}</span>
                {r.confidence ? <ConfidenceBadge value={r.confidence} /> : null}
                {r.builtIn ? (
                  <Tag>{t('parameters.builtIn')}</Tag>
                ) : (
                  <Tag color="purple">{t('parameters.province')}</Tag>
                )}
              </Flex>
            ),
          },
          ...actions.actionCol<BaseSalaryRow>((r) =>
            !r.builtIn && r.id ? actions.del(`/parameters/base-salaries/${r.id}`, formatVnd(r.amount)) : null,
          ),
        ]}
      />
    </Card>
  );
}

export function BaseSalaryModal({
  open,
  onClose,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const maxLength = useMaxLength();
  type V = { amount: number; effectiveFrom: Dayjs; legalBasis?: string };
  return (
    <ModalForm<V>
      open={open}
      name="base-salary-form"
      title={t('parameters.addBaseSalary')}
      onCancel={onClose}
      onSubmit={async (v) => {
        await api.post('/parameters/base-salaries', {
          body: {
            amount: v.amount,
            effectiveFrom: dayjsToIso(v.effectiveFrom),
            legalBasis: v.legalBasis?.trim() || null,
          },
        });
        onSaved();
      }}
    >
      <Form.Item
        name="amount"
        label={t('parameters.amountVnd')}
        rules={[
          {
            required: true,
            type: 'number',
            min: 100_000,
            max: 100_000_000,
            message: t('parameters.amountInvalid'),
          },
        ]}
      >
        <InputNumber<number>
          style={{ width: 220 }}
          step={10_000}
          formatter={(v) =>
            v == null || String(v) === '' ? '' : new Intl.NumberFormat('vi-VN').format(Number(v))
          }
          parser={(s) => Number((s ?? '').replace(/\D/g, ''))}
          suffix="đ"
        />
      </Form.Item>
      <Form.Item
        name="effectiveFrom"
        label={t('common.fromDate')}
        rules={[{ required: true, message: t('validation.dateRequired') }]}
      >
        <DateInput />
      </Form.Item>
      <Form.Item name="legalBasis" label={t('parameters.legalBasis')} rules={[maxLength(300)]}>
        <Input placeholder={t('parameters.legalBasisPlaceholder')} />
      </Form.Item>
    </ModalForm>
  );
}
