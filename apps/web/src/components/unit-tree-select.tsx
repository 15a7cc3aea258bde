import type { Unit } from '@vinhdanh/contracts';
import { TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { fetchAllUnits, useUnitTree } from '../features/units/use-unit-tree.ts';
import { useI18n } from '../i18n/index.ts';
import { useDebounced } from '../lib/use-debounced.ts';

interface TreeNode {
  value: number;
  title: string;
  isLeaf: boolean;
  disabled?: boolean;
  children?: TreeNode[];
}

type LabelledValue = { value: number; label: string };

export interface UnitTreeSelectProps {
  id?: string;
  value?: number | number[] | null;
  onChange?: (value: number | number[] | null) => void;
  multiple?: boolean;
  /** Names for values not loaded yet (a grant's unit, a person's unit), so the box never shows a bare id. */
  knownUnits?: Array<{ id: number; name: string }>;
  /** Units that may not be chosen (a unit cannot move under itself). */
  disabledIds?: number[];
  placeholder?: string;
  allowClear?: boolean;
  autoFocus?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
  'aria-label'?: string;
}

/** Picks units from the lazily loaded organisation tree; typing searches the whole scope, accents optional. */
export function UnitTreeSelect({
  value,
  onChange,
  multiple,
  knownUnits,
  disabledIds,
  placeholder,
  allowClear = true,
  ...rest
}: UnitTreeSelectProps) {
  const { t } = useI18n();
  const tree = useUnitTree();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [results, setResults] = useState<Unit[] | null>(null);
  const [labels, setLabels] = useState<Map<number, string>>(new Map());

  useEffect(() => {
    if (!q) {
      setResults(null);
      return;
    }
    let live = true;
    fetchAllUnits({ q }).then(
      (units) => live && setResults(units),
      () => live && setResults([]),
    );
    return () => {
      live = false;
    };
  }, [q]);

  useEffect(() => {
    setLabels((prev) => {
      const next = new Map(prev);
      for (const u of knownUnits ?? []) next.set(u.id, u.name);
      for (const [id, u] of tree.byId) next.set(id, u.name);
      for (const u of results ?? []) next.set(u.id, u.name);
      return next.size === prev.size ? prev : next;
    });
  }, [knownUnits, tree.byId, results]);

  const disabled = useMemo(() => new Set(disabledIds ?? []), [disabledIds]);
  const treeData = useMemo<TreeNode[]>(() => {
    const toNode = (u: Unit): TreeNode => {
      const children = tree.childrenOf(u.id);
      return {
        value: u.id,
        title: u.name,
        isLeaf: u.childCount === 0,
        disabled: disabled.has(u.id),
        children: children?.map(toNode),
      };
    };
    if (results)
      return results.map((u) => ({ value: u.id, title: u.name, isLeaf: true, disabled: disabled.has(u.id) }));
    return (tree.roots ?? []).map(toNode);
  }, [tree, results, disabled]);

  const toLabelled = (id: number): LabelledValue => ({ value: id, label: labels.get(id) ?? `#${id}` });
  const labelledValue =
    value == null ? undefined : Array.isArray(value) ? value.map(toLabelled) : toLabelled(value);

  return (
    <TreeSelect<LabelledValue | LabelledValue[]>
      {...rest}
      labelInValue
      treeData={treeData}
      value={labelledValue}
      multiple={multiple}
      treeCheckable={false}
      allowClear={allowClear}
      placeholder={placeholder ?? t('unitSelect.placeholder')}
      notFoundContent={results ? t('common.noResults') : t('common.loading')}
      loadData={async (node) => {
        const id = Number(node.value);
        if (!tree.childrenOf(id)) await tree.loadChildren(id);
      }}
      treeLoadedKeys={tree.loadedIds}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterTreeNode: false,
        autoClearSearchValue: true,
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 360, maxWidth: 560 } } }}
      style={{ width: '100%', ...rest.style }}
      onChange={(v) => {
        setSearch('');
        if (v == null) onChange?.(multiple ? [] : null);
        else if (Array.isArray(v)) onChange?.(v.map((x) => x.value));
        else onChange?.(v.value);
      }}
    />
  );
}
