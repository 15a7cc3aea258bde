import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Button, Select, Space, type TableColumnsType, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useI18n } from '../../i18n/index.ts';
import {
  type CollectiveRow,
  type PersonRow,
  type Registration,
  STATUS_COLORS,
  statusKey,
  type TitleOption,
} from './registrations-model.ts';
import type { Registrations } from './use-registrations.ts';

/** The collectives' and the people's columns: name, titles (editable while allowed), status, review. */
export function useRegistrationColumns(g: Registrations) {
  const { t } = useI18n();
  const { abilities, canEdit, targetsOf, setTargets, setReview, titleOptions } = g;

  const statusCell = (r: Registration | null) =>
    r ? (
      <Space direction="vertical" size={0}>
        <Tag color={STATUS_COLORS[r.status]} data-testid="registration-status">
          {t(statusKey(r.status))}
        </Tag>
        {r.note ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.note}
          </Typography.Text>
        ) : null}
      </Space>
    ) : (
      <Tag>{t('reg.none')}</Tag>
    );

  const reviewCell = (r: Registration | null, name: string) =>
    abilities.review && r?.status === 'submitted' ? (
      <Space>
        <Button
          size="small"
          icon={<CheckOutlined />}
          onClick={() => setReview({ id: r.id, action: 'accept', name })}
          data-testid="registration-accept"
        >
          {t('reg.accept')}
        </Button>
        <Button
          size="small"
          danger
          icon={<RollbackOutlined />}
          onClick={() => setReview({ id: r.id, action: 'return', name })}
          data-testid="registration-return"
        >
          {t('reg.return')}
        </Button>
      </Space>
    ) : null;

  const titlesCell = (key: string, r: Registration | null, options: TitleOption[], label: string) => {
    const locked = !canEdit || (r?.status === 'submitted' && !abilities.review) || r?.status === 'accepted';
    const value = targetsOf(key, r);
    if (locked && r?.targets === null) return <Tag color="blue">{t('reg.allTitles')}</Tag>;
    if (locked)
      return value.length ? (
        value.map((c) => <Tag key={c}>{options.find((o) => o.value === c)?.label ?? c}</Tag>)
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      );
    return (
      <Select
        mode="multiple"
        value={value}
        options={options}
        onChange={(v) => setTargets(key, v)}
        aria-label={t('reg.titlesFor', { name: label })}
        placeholder={t('reg.chooseTitles')}
        style={{ width: '100%', minWidth: 260 }}
        data-testid="registration-titles"
        data-key={key}
        showSearch={{ optionFilterProp: 'label' }}
      />
    );
  };

  /** The columns after the name, the same for a collective and a person. */
  const rowColumns = <R,>(
    name: ColumnType<R>,
    key: (r: R) => string,
    registration: (r: R) => Registration | null,
    options: TitleOption[],
    label: (r: R) => string,
  ): TableColumnsType<R> => [
    name,
    {
      key: 'titles',
      title: t('reg.titles'),
      width: '45%',
      render: (_, r) => titlesCell(key(r), registration(r), options, label(r)),
    },
    { key: 'status', title: t('reg.status'), width: 170, render: (_, r) => statusCell(registration(r)) },
    ...(abilities.review
      ? [
          {
            key: 'review',
            title: t('common.actions'),
            width: 220,
            render: (_: unknown, r: R) => reviewCell(registration(r), label(r)),
          },
        ]
      : []),
  ];

  const collectiveColumns = rowColumns<CollectiveRow>(
    {
      key: 'name',
      title: t('reg.collective'),
      render: (_, c) => (
        <>
          {c.unitName}
          {c.unitCode ? <Typography.Text type="secondary"> ({c.unitCode})</Typography.Text> : null}
        </>
      ),
    },
    (c) => `u:${c.unitId}`,
    (c) => c.registration,
    titleOptions.collective,
    (c) => c.unitName,
  );
  const personColumns = rowColumns<PersonRow>(
    {
      key: 'name',
      title: t('reg.person'),
      render: (_, p) => (
        <>
          {p.fullName}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {[formatViDate(p.birthDate), p.unitName].filter(Boolean).join(' · ')}
          </Typography.Text>
        </>
      ),
    },
    (p) => `p:${p.personId}`,
    (p) => p.registration,
    titleOptions.individual,
    (p) => p.fullName,
  );
  return { collectiveColumns, personColumns };
}
