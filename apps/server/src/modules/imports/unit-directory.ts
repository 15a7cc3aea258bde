import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Ctx } from '../../lib/context.ts';
import { hasPermission } from '../../lib/policy.ts';
import { rowError, type RowError } from './row-parser.ts';

export interface UnitEntry {
  id: number;
  code: string | null;
  name: string;
  shortName: string | null;
  kind: string;
  level: string;
  parentId: number | null;
  path: string;
  successorId: number | null;
  validFrom: string | null;
  validTo: string | null;
}

/** Runs raw SQL on a database or transaction; both drivers answer `{ rows }`. */
export async function rowsOf<T>(q: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await q.execute(query)).rows as T[];
}

/**
 * Every unit by code and id, loaded once per pass: a province has thousands of units, not millions,
 * and every row of every kind refers to one.
 */
export class UnitDirectory {
  readonly byCode = new Map<string, UnitEntry>();
  readonly byId = new Map<number, UnitEntry>();

  static async load(q: DbOrTx): Promise<UnitDirectory> {
    const rows = await rowsOf<UnitEntry>(
      q,
      sql`select id, code, name, short_name as "shortName", kind, level, parent_id as "parentId", path,
                 successor_id as "successorId", valid_from::text as "validFrom", valid_to::text as "validTo"
            from unit`,
    );
    const dir = new UnitDirectory();
    for (const r of rows) dir.add(r);
    return dir;
  }

  add(u: UnitEntry): void {
    this.byId.set(u.id, u);
    if (u.code) this.byCode.set(u.code.toUpperCase(), u);
  }

  codeOf(id: number): string | null {
    return this.byId.get(id)?.code ?? null;
  }

  /**
   * The unit a row refers to, if the actor may import into it. Merged units keep their history
   * (ratings and awards of past years) but take no new people.
   */
  resolve(
    ctx: Ctx,
    code: string,
    row: number,
    column: string,
    opts: { allowMerged?: boolean } = {},
  ): { unit: UnitEntry } | { error: RowError } {
    const u = this.byCode.get(code.toUpperCase());
    if (!u) return { error: rowError(row, column, `không tìm thấy đơn vị có mã '${code}'`) };
    if (!hasPermission(ctx.actor, 'import.run', u.path))
      return { error: rowError(row, column, `đơn vị '${code}' nằm ngoài phạm vi bạn được nhập dữ liệu`) };
    if (u.successorId && !opts.allowMerged) {
      const next = this.byId.get(u.successorId);
      return {
        error: rowError(
          row,
          column,
          `đơn vị '${code}' đã được hợp nhất vào '${next?.code ?? next?.name ?? ''}', hãy dùng mã đơn vị kế thừa`,
        ),
      };
    }
    return { unit: u };
  }
}
