import { SearchOutlined } from '@ant-design/icons';
import { type Unit, unitKinds, unitLevels } from '@vinhdanh/contracts';
import { Alert, Card, Empty, Input, Skeleton, Space, Spin, Switch, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { type Key, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { isInactive } from './unit-status.ts';
import { fetchAllUnits, type UnitTree } from './use-unit-tree.ts';

/** The left panel: the lazily loaded unit tree, or while a search is typed, the matching units. */
export function UnitTreePanel({
  tree,
  includeInactive,
  onIncludeInactiveChange,
  expanded,
  onExpand,
  selectedId,
  onSelect,
}: {
  tree: UnitTree;
  includeInactive: boolean;
  onIncludeInactiveChange: (value: boolean) => void;
  expanded: Key[];
  onExpand: (keys: Key[]) => void;
  selectedId: number | null;
  onSelect: (id: number | null) => void;
}) {
  const { t, enumLabel } = useI18n();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const results = useAsync(
    async () => (q ? fetchAllUnits({ q, includeInactive }) : null),
    [q, includeInactive],
  );

  const treeData = useMemo<DataNode[]>(() => {
    const toNode = (u: Unit): DataNode => ({
      key: u.id,
      title: (
        <span>
          {u.name}
          {isInactive(u) ? (
            <Tag style={{ marginLeft: 8 }} color="default">
              {t('units.inactive')}
            </Tag>
          ) : null}
        </span>
      ),
      isLeaf: u.childCount === 0,
      children: tree.childrenOf(u.id)?.map(toNode),
    });
    return (tree.roots ?? []).map(toNode);
  }, [tree, t]);

  return (
    <Card
      title={t('units.treeTitle')}
      extra={
        <Space size={6}>
          <Switch
            size="small"
            checked={includeInactive}
            onChange={onIncludeInactiveChange}
            aria-label={t('units.showInactive')}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('units.showInactive')}
          </Typography.Text>
        </Space>
      }
      styles={{ body: { paddingTop: 12 } }}
    >
      <Input
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder={t('units.searchPlaceholder')}
        aria-label={t('units.search')}
        data-testid="unit-search"
        style={{ marginBottom: 12 }}
      />
      {tree.error ? <Alert type="error" showIcon title={errorText(tree.error)} /> : null}
      {q ? (
        <Spin spinning={results.loading}>
          {(results.data ?? []).length === 0 && !results.loading ? (
            <Empty description={t('units.searchEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <ul className="vd-unit-results" data-testid="unit-search-results">
              {(results.data ?? []).map((u) => (
                <li key={u.id}>
                  <button
                    type="button"
                    className={u.id === selectedId ? 'is-selected' : undefined}
                    onClick={() => onSelect(u.id)}
                  >
                    <span className="vd-unit-results-name">
                      {u.name}
                      {isInactive(u) ? <Tag style={{ marginLeft: 8 }}>{t('units.inactive')}</Tag> : null}
                    </span>
                    <span className="vd-unit-results-meta">
                      {enumLabel(unitLevels, u.level)} · {enumLabel(unitKinds, u.kind)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Spin>
      ) : tree.roots === undefined && !tree.error ? (
        <Skeleton active />
      ) : (
        <div data-testid="unit-tree">
          <Tree
            showLine
            blockNode
            treeData={treeData}
            expandedKeys={expanded}
            onExpand={(keys) => onExpand(keys)}
            loadedKeys={tree.loadedIds}
            loadData={async (node) => {
              const id = Number(node.key);
              if (!tree.childrenOf(id)) await tree.loadChildren(id);
            }}
            selectedKeys={selectedId ? [selectedId] : []}
            onSelect={(keys) => keys[0] !== undefined && onSelect(Number(keys[0]))}
            aria-label={t('units.treeTitle')}
            style={{ maxHeight: 'calc(100vh - 300px)', overflow: 'auto' }}
          />
          {tree.roots?.length === 0 ? <Empty description={t('units.none')} /> : null}
        </div>
      )}
    </Card>
  );
}
