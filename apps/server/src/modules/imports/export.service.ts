import { createWriteStream } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ImportKind } from '@vinhdanh/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { writeTemplateWorkbook } from '../../documents/xlsx/xlsx-templates.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { hasPermission, requirePermission, scopePaths } from '../../lib/policy.ts';
import { cellsOf, layoutOf } from './import-templates.ts';
import { importKindSpecs } from './kinds/index.ts';
import type { ExportScope } from './kinds/kind.ts';
import { rowsOf } from './unit-directory.ts';

/** The actor's readable subtrees, narrowed to one unit's subtree when asked. */
async function exportScope(deps: Deps, ctx: Ctx, kind: ImportKind, unitId?: number): Promise<ExportScope> {
  const permission = kind === 'units' ? 'unit.read' : 'person.read';
  requirePermission(ctx.actor, permission);
  let paths = scopePaths(ctx.actor, permission);
  if (unitId) {
    const [u] = await rowsOf<{ path: string }>(
      deps.database.db,
      sql`select path from unit where id = ${unitId}`,
    );
    if (!u || !hasPermission(ctx.actor, permission, u.path))
      throw new AppError('NOT_FOUND', { entity: 'unit', id: unitId });
    paths = [u.path];
  }
  return {
    paths,
    on: (column: SQL) =>
      sql.join(
        paths.map((p) => sql`${column} like ${`${p}%`}`),
        sql` or `,
      ),
  };
}

/**
 * Writes an export in the template's layout (export → edit → import round-trips) with the streaming
 * writer, reading 5,000 rows at a time. Answers the number of data rows.
 */
export async function writeExport(
  deps: Deps,
  ctx: Ctx,
  kind: ImportKind,
  out: Writable,
  opts: { unitId?: number } = {},
): Promise<number> {
  const spec = importKindSpecs[kind];
  const scope = await exportScope(deps, ctx, kind, opts.unitId);
  return writeTemplateWorkbook(out, layoutOf(spec), async function* (i) {
    const sheet = spec.sheets[i]!;
    for await (const page of sheet.exportRows(deps.database.db, scope))
      yield page.map((r) => cellsOf(sheet.columns, r));
  });
}

/** Checks the scope first (so a refusal is an error, not a broken download), then streams. */
export async function startExport(
  deps: Deps,
  ctx: Ctx,
  kind: ImportKind,
  opts: { unitId?: number } = {},
): Promise<PassThrough> {
  await exportScope(deps, ctx, kind, opts.unitId);
  const stream = new PassThrough();
  writeExport(deps, ctx, kind, stream, opts).catch((err) => stream.destroy(err as Error));
  return stream;
}

/** The CLI's export (`vinhdanh export <kind> <file.xlsx>`). */
export async function exportFile(
  deps: Deps,
  ctx: Ctx,
  kind: ImportKind,
  filePath: string,
  opts: { unitId?: number } = {},
): Promise<{ rows: number }> {
  const out = createWriteStream(filePath);
  const rows = await writeExport(deps, ctx, kind, out, opts);
  await finished(out);
  return { rows };
}

export const exportFileName = (kind: ImportKind, now: Date) =>
  `xuat-${kind}-${now.toISOString().slice(0, 10)}.xlsx`;
