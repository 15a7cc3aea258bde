import { importKindSchema } from '@vinhdanh/contracts';
import { sealAuditChain } from '../audit/chain.ts';
import type { AppConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../lib/app-error.ts';
import { systemClock } from '../lib/clock.ts';
import type { Ctx } from '../lib/context.ts';
import { exportFile } from '../modules/imports/export.service.ts';
import { importFile, waitForImportJobs } from '../modules/imports/import.service.ts';
import { openMigrated } from './runtime.ts';

/**
 * The CLI acts as the first administrator (audit events name them), with the admin role on the root unit:
 * whoever can run the command on the server already holds the database.
 */
async function cliContext(database: Database): Promise<Ctx> {
  const { rows } = await database.query<{
    id: number;
    username: string;
    display_name: string;
    unit_id: number;
    path: string;
  }>(
    `select u.id, u.username, u.display_name, g.unit_id, un.path
       from app_user u join role_grant g on g.user_id = u.id and g.role = 'admin' join unit un on un.id = g.unit_id
      where u.is_active order by un.path, u.id limit 1`,
  );
  const admin = rows[0];
  if (!admin) throw new Error('Chưa có quản trị viên: chạy "vinhdanh create-admin <tên>" trước.');
  return {
    actor: {
      userId: admin.id,
      username: admin.username,
      displayName: admin.display_name,
      locale: 'vi',
      mustChangePassword: false,
      grants: [{ role: 'admin', unitId: admin.unit_id, unitPath: admin.path }],
      sessionId: 'cli',
      csrfToken: 'cli',
    },
    requestId: `cli-${Date.now()}`,
    now: systemClock(),
  };
}

function parseKind(value: string | undefined) {
  const kind = importKindSchema.safeParse(value);
  if (!kind.success) throw new Error('Loại dữ liệu phải là một trong: units, people, yearly, awards.');
  return kind.data;
}

/** `vinhdanh import <kind> <file.xlsx> [--apply]`: preview (default) or apply all-or-nothing. */
export async function importCommand(args: string[], config: AppConfig): Promise<number> {
  const [kindArg, file] = args;
  const kind = parseKind(kindArg);
  if (!file) throw new Error('Dùng: vinhdanh import <units|people|yearly|awards> <tệp.xlsx> [--apply]');
  const database = await openMigrated(config);
  try {
    const ctx = await cliContext(database);
    const job = await importFile({ database, clock: systemClock, config }, ctx, kind, file, {
      apply: args.includes('--apply'),
    });
    await waitForImportJobs();
    const c = job.counts;
    console.log(
      `${job.status === 'applied' ? 'Đã nhập' : 'Xem trước'}: ${c.total} dòng — mới ${c.create}, thay đổi ${c.update}, không đổi ${c.unchanged}, lỗi ${c.errors}.`,
    );
    for (const e of job.errors.slice(0, 50))
      console.log(`  Dòng ${e.row}${e.column ? `, cột ${e.column}` : ''}: ${e.message}`);
    if (job.status !== 'applied' && c.errors === 0)
      console.log('Không có lỗi. Thêm --apply để ghi vào cơ sở dữ liệu.');
    await sealAuditChain(database);
    return c.errors > 0 ? 2 : 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(err.message);
      const details = err.details as
        | { errors?: { row: number; column: string | null; message: string }[] }
        | undefined;
      for (const e of details?.errors?.slice(0, 50) ?? [])
        console.error(`  Dòng ${e.row}${e.column ? `, cột ${e.column}` : ''}: ${e.message}`);
      return 2;
    }
    throw err;
  } finally {
    await database.close();
  }
}

/** `vinhdanh export <kind> <file.xlsx> [--unit ID]`: the same layout as the import template. */
export async function exportCommand(args: string[], config: AppConfig): Promise<number> {
  const [kindArg, file] = args;
  const kind = parseKind(kindArg);
  if (!file) throw new Error('Dùng: vinhdanh export <units|people|yearly|awards> <tệp.xlsx> [--unit ID]');
  const unitFlag = args.indexOf('--unit');
  const unitId = unitFlag >= 0 ? Number(args[unitFlag + 1]) : undefined;
  const database = await openMigrated(config);
  try {
    const ctx = await cliContext(database);
    const { rows } = await exportFile(
      { database, clock: systemClock, config },
      ctx,
      kind,
      file,
      unitId ? { unitId } : {},
    );
    console.log(`Đã xuất ${rows} dòng ra ${file}.`);
    return 0;
  } finally {
    await database.close();
  }
}
