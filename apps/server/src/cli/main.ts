import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { eq } from 'drizzle-orm';
import { sealAuditChain, verifyAuditChain } from '../audit/chain.ts';
import { loadConfig } from '../config.ts';
import { appUser, roleGrant, unit } from '../db/schema/index.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { isDatabaseEmpty, seedDemo } from '../seed/demo.ts';
import { cliCommands } from './commands.ts';
import { openMigrated } from './runtime.ts';
import { serve } from './serve.ts';

const HELP = `vinhdanh — quản lý thi đua, khen thưởng

  vinhdanh serve                         chạy máy chủ (mặc định PGlite ở ./data; DATABASE_URL để dùng PostgreSQL)
  vinhdanh migrate                       cập nhật cấu trúc cơ sở dữ liệu
  vinhdanh seed-demo                     tạo dữ liệu mẫu (chỉ khi cơ sở dữ liệu còn trống)
  vinhdanh import <kind> <file.xlsx> [--apply]   nhập Excel (kind: units | people | yearly | awards)
  vinhdanh export <kind> <file.xlsx> [--unit ID]   xuất Excel
  vinhdanh eligibility evaluate [--target MÃ] < ho-so.json   xét điều kiện khen thưởng (ngoại tuyến)
  vinhdanh audit verify                  kiểm tra toàn vẹn chuỗi nhật ký
  vinhdanh create-admin <username>       tạo quản trị viên (mật khẩu đọc từ VINHDANH_ADMIN_PASSWORD hoặc nhập)
`;

async function readPassword(): Promise<string> {
  if (process.env.VINHDANH_ADMIN_PASSWORD) return process.env.VINHDANH_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) return readFileSync(0, 'utf8').trim();
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('Mật khẩu: ');
  rl.close();
  return answer.trim();
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'serve':
      await serve();
      return -1;
    case 'migrate': {
      const db = await openMigrated();
      await db.close();
      console.log('Đã cập nhật cấu trúc cơ sở dữ liệu.');
      return 0;
    }
    case 'seed-demo': {
      const db = await openMigrated();
      if (!(await isDatabaseEmpty(db))) {
        console.error('Cơ sở dữ liệu đã có dữ liệu; không tạo dữ liệu mẫu.');
        await db.close();
        return 1;
      }
      const counts = await seedDemo(db);
      await sealAuditChain(db);
      await db.close();
      console.log(`Đã tạo ${counts.units} đơn vị, ${counts.people} cá nhân.`);
      return 0;
    }
    case 'audit': {
      if (args[0] !== 'verify') break;
      const db = await openMigrated();
      await sealAuditChain(db);
      const result = await verifyAuditChain(db);
      await db.close();
      if (result.ok) console.log(`Chuỗi nhật ký toàn vẹn: đã kiểm tra ${result.checked} sự kiện.`);
      else {
        console.error(`PHÁT HIỆN SAI LỆCH trong chuỗi nhật ký (${result.problems.length} lỗi):`);
        for (const p of result.problems)
          console.error(`  - sự kiện #${p.seq ?? '?'}${p.id ? ` (id ${p.id})` : ''}: ${p.problem}`);
      }
      return result.ok ? 0 : 2;
    }
    case 'create-admin': {
      const username = args[0]?.trim().toLowerCase();
      if (!username || !/^[a-z0-9._-]{3,50}$/.test(username)) {
        console.error('Cần tên đăng nhập hợp lệ (chữ thường không dấu, số, . _ -).');
        return 1;
      }
      const password = await readPassword();
      if (password.length < 8) {
        console.error('Mật khẩu phải có ít nhất 8 ký tự.');
        return 1;
      }
      const db = await openMigrated();
      const [root] = await db.db
        .select()
        .from(unit)
        .where(eq(unit.path, (await rootPath(db)) ?? ''));
      if (!root) {
        console.error('Chưa có đơn vị gốc; hãy tạo dữ liệu (seed-demo hoặc import units) trước.');
        await db.close();
        return 1;
      }
      const [user] = await db.db
        .insert(appUser)
        .values({ username, displayName: 'Quản trị hệ thống', passwordHash: await hashPassword(password) })
        .onConflictDoNothing()
        .returning();
      if (!user) console.error(`Tên đăng nhập "${username}" đã tồn tại.`);
      else await db.db.insert(roleGrant).values({ userId: user.id, role: 'admin', unitId: root.id });
      await db.close();
      if (user) console.log(`Đã tạo quản trị viên "${username}" trên "${root.name}".`);
      return user ? 0 : 1;
    }
    default: {
      const run = command ? cliCommands[command] : undefined;
      if (run) return run(args, loadConfig());
    }
  }
  console.log(HELP);
  return command && command !== 'help' ? 1 : 0;
}

async function rootPath(db: Awaited<ReturnType<typeof openMigrated>>) {
  const { rows } = await db.query<{ path: string }>(
    'select path from unit where parent_id is null order by id limit 1',
  );
  return rows[0]?.path;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err) => {
    // Drizzle puts the whole statement in the message; the cause is what a person needs to read.
    const cause = (err as { cause?: { message?: string } })?.cause?.message;
    console.error(String(cause ?? (err instanceof Error ? err.message : err)).slice(0, 2000));
    process.exit(1);
  },
);
