import { Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { movementPage } from '../movements/movements-api.ts';

/** Picks the movement a dossier answers (optional): the year's movements, searchable by name or plan number. */
export function MovementSelect({
  id,
  value,
  onChange,
  year,
  knownName,
}: {
  id?: string;
  value?: number | null;
  onChange?: (id: number | null) => void;
  year?: number;
  knownName?: string | null;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useAsync(
    (signal) =>
      api.get('/movements', {
        query: { q: q || undefined, year: q ? undefined : year, pageSize: 30 },
        schema: movementPage,
        signal,
      }),
    [q, year],
  );
  const options = (found.data?.data ?? []).map((m) => ({
    value: m.id,
    label: m.planNumber ? `${m.name} (${m.planNumber})` : m.name,
  }));
  if (value && !options.some((o) => o.value === value))
    options.unshift({ value, label: knownName ?? `#${value}` });
  return (
    <Select<number>
      id={id}
      data-testid="dossier-movement"
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={value ?? undefined}
      onChange={(v) => {
        setSearch('');
        onChange?.(v ?? null);
      }}
      loading={found.loading}
      placeholder={t('dossier.movementPlaceholder')}
      notFoundContent={found.loading ? t('common.loading') : t('common.noResults')}
      options={options}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
