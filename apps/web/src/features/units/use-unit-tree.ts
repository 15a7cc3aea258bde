import type { Unit } from '@vinhdanh/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { unitPage } from '../../api/schemas.ts';

const ROOT = 'root';
type Key = number | typeof ROOT;
const PAGE = 200;

/** Every page of one unit listing (children of a parent, the actor's top units, or a search). */
export async function fetchAllUnits(query: {
  parentId?: number;
  q?: string;
  includeInactive?: boolean;
}): Promise<Unit[]> {
  const out: Unit[] = [];
  for (let page = 1; ; page++) {
    const res = await api.get('/units', {
      query: { ...query, includeInactive: query.includeInactive || undefined, page, pageSize: PAGE },
      schema: unitPage,
    });
    out.push(...res.data);
    if (out.length >= res.total || res.data.length === 0 || page >= 50) return out;
  }
}

export interface UnitTree {
  roots: Unit[] | undefined;
  childrenOf: (id: number) => Unit[] | undefined;
  byId: Map<number, Unit>;
  loadedIds: number[];
  loadChildren: (id: number) => Promise<void>;
  /** Re-reads every level already loaded (after create, edit, move, merge). */
  refresh: () => Promise<void>;
  error: unknown;
}

/** The organisation tree, loaded a level at a time as the user opens nodes. */
export function useUnitTree(includeInactive = false): UnitTree {
  const [levels, setLevels] = useState<Map<Key, Unit[]>>(new Map());
  const [error, setError] = useState<unknown>();
  const levelsRef = useRef(levels);
  levelsRef.current = levels;

  const load = useCallback(
    async (key: Key) => {
      const units = await fetchAllUnits(
        key === ROOT ? { includeInactive } : { parentId: key, includeInactive },
      );
      setLevels((prev) => new Map(prev).set(key, units));
    },
    [includeInactive],
  );

  useEffect(() => {
    setLevels(new Map());
    load(ROOT).catch(setError);
  }, [load]);

  const refresh = useCallback(async () => {
    const keys = [...levelsRef.current.keys()];
    const fresh = await Promise.all(
      keys.map(async (key) => {
        try {
          const units = await fetchAllUnits(
            key === ROOT ? { includeInactive } : { parentId: key, includeInactive },
          );
          return [key, units] as const;
        } catch {
          return null;
        }
      }),
    );
    setLevels(new Map(fresh.filter((e) => e !== null)));
  }, [includeInactive]);

  return useMemo(() => {
    const byId = new Map<number, Unit>();
    for (const list of levels.values()) for (const u of list) byId.set(u.id, u);
    return {
      roots: levels.get(ROOT),
      childrenOf: (id: number) => levels.get(id),
      byId,
      loadedIds: [...levels.keys()].filter((k): k is number => k !== ROOT),
      loadChildren: (id: number) => load(id).catch(setError),
      refresh,
      error,
    };
  }, [levels, load, refresh, error]);
}
