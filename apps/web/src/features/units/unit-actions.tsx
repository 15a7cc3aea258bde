import type { Unit } from '@vinhdanh/contracts';
import { App } from 'antd';
import { type Key, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { MergeUnitsModal } from './merge-units.modal.tsx';
import { MoveUnitModal } from './move-unit.modal.tsx';
import { type UnitFormTarget, UnitFormModal } from './unit-form.modal.tsx';
import type { UnitTree } from './use-unit-tree.ts';

/** Opens the create-child, edit, move and merge dialogs for a unit. */
export interface UnitActions {
  createChild: (parent: Unit) => void;
  edit: (unit: Unit) => void;
  move: (unit: Unit) => void;
  merge: (unit: Unit) => void;
}

/**
 * The unit dialogs and what follows a change: a toast, the tree refreshed with the changed unit's parent
 * loaded and expanded, the unit selected and its detail reloaded. Render `modals` once in the page.
 */
export function useUnitActions({
  tree,
  setExpanded,
  select,
  reloadDetail,
}: {
  tree: UnitTree;
  setExpanded: (update: (keys: Key[]) => Key[]) => void;
  select: (id: number | null) => void;
  reloadDetail: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form, setForm] = useState<UnitFormTarget | null>(null);
  const [moving, setMoving] = useState<Unit | null>(null);
  const [merging, setMerging] = useState<Unit | null>(null);

  const afterChange = async (unit: Unit, msg: string) => {
    message.success(msg);
    await tree.refresh();
    if (unit.parentId) {
      if (!tree.childrenOf(unit.parentId)) await tree.loadChildren(unit.parentId);
      setExpanded((keys) => (keys.includes(unit.parentId!) ? keys : [...keys, unit.parentId!]));
    }
    select(unit.id);
    reloadDetail();
  };

  const actions: UnitActions = {
    createChild: (parent) => setForm({ mode: 'create', parent }),
    edit: (unit) => setForm({ mode: 'edit', unit }),
    move: setMoving,
    merge: setMerging,
  };

  const modals = (
    <>
      <UnitFormModal
        target={form}
        onClose={() => setForm(null)}
        onSaved={(u) => {
          const created = form?.mode === 'create';
          setForm(null);
          void afterChange(u, created ? t('units.created') : t('common.saved'));
        }}
      />
      <MoveUnitModal
        unit={moving}
        onClose={() => setMoving(null)}
        onMoved={(u) => {
          setMoving(null);
          void afterChange(u, t('units.moved'));
        }}
      />
      <MergeUnitsModal
        target={merging}
        onClose={() => setMerging(null)}
        onMerged={(u) => {
          setMerging(null);
          void afterChange(u, t('units.merged'));
        }}
      />
    </>
  );

  return { actions, modals };
}
