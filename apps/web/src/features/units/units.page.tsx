import { Col, Row } from 'antd';
import { type Key, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { unitOne } from '../../api/schemas.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useUnitActions } from './unit-actions.tsx';
import { UnitDetailPanel } from './unit-detail.panel.tsx';
import { UnitTreePanel } from './unit-tree.panel.tsx';
import { useUnitTree } from './use-unit-tree.ts';

export function UnitsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const selectedId = Number(params.get('id')) || null;
  const [includeInactive, setIncludeInactive] = useState(false);
  const tree = useUnitTree(includeInactive);
  const [expanded, setExpanded] = useState<Key[]>([]);

  // Open the top level once it arrives, so the tree does not start as a single closed line.
  useEffect(() => {
    if (tree.roots?.length === 1 && expanded.length === 0) {
      const only = tree.roots[0]!;
      if (only.childCount > 0) {
        tree.loadChildren(only.id);
        setExpanded([only.id]);
      }
    }
  }, [tree.roots, expanded.length, tree.loadChildren]);

  const select = (id: number | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('id', String(id));
    else next.delete('id');
    setParams(next, { replace: true });
  };

  const detail = useAsync(
    async (signal) => (selectedId ? api.get(`/units/${selectedId}`, { schema: unitOne, signal }) : null),
    [selectedId],
  );
  const { actions, modals } = useUnitActions({ tree, setExpanded, select, reloadDetail: detail.reload });

  return (
    <>
      <PageHeader title={t('units.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <UnitTreePanel
            tree={tree}
            includeInactive={includeInactive}
            onIncludeInactiveChange={setIncludeInactive}
            expanded={expanded}
            onExpand={setExpanded}
            selectedId={selectedId}
            onSelect={select}
          />
        </Col>
        <Col xs={24} lg={14} xl={15}>
          <UnitDetailPanel selectedId={selectedId} detail={detail} actions={actions} onSelect={select} />
        </Col>
      </Row>
      {modals}
    </>
  );
}
