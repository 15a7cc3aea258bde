import { buildApp } from '../app.ts';
import { sealAuditChain } from '../audit/chain.ts';
import { loadConfig } from '../config.ts';
import { systemClock } from '../lib/clock.ts';
import { sendDeadlineReminders } from '../modules/dossiers/dossier-reminders.ts';
import { flushOutbox } from '../modules/notifications/mailer.ts';
import { mailerFromEnv } from '../modules/notifications/smtp-mailer.ts';
import { DEMO_PASSWORD, demoUsers, isDatabaseEmpty, seedDemo } from '../seed/demo.ts';
import { openMigrated } from './runtime.ts';

export async function serve(): Promise<void> {
  const config = loadConfig();
  const database = await openMigrated(config);
  const fresh = await isDatabaseEmpty(database);
  if (fresh && process.env.VINHDANH_NO_DEMO !== '1') {
    const counts = await seedDemo(database);
    console.log(`Đã tạo dữ liệu mẫu: ${counts.units} đơn vị, ${counts.people} cá nhân.`);
  }
  const app = await buildApp({ database, config, clock: systemClock, logger: true });
  // The audit chain is sealed in a short background step (see audit/chain.ts).
  const sealer = setInterval(() => {
    sealAuditChain(database).catch((err) => app.log.error({ err }, 'audit sealing failed'));
  }, 2000);
  // Deadline reminders and e-mail copies of notifications (e-mail only when SMTP is configured).
  const mailer = mailerFromEnv();
  const remind = () => {
    sendDeadlineReminders(database, new Date())
      .then(() => flushOutbox(database, mailer))
      .catch((err) => app.log.error({ err }, 'reminders or e-mail failed'));
  };
  const reminders = setInterval(remind, 10 * 60_000);
  setTimeout(remind, 5_000).unref();
  const shutdown = async () => {
    clearInterval(sealer);
    clearInterval(reminders);
    await app.close();
    await sealAuditChain(database).catch(() => undefined);
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  await app.listen({ host: config.host, port: config.port });
  const url = `http://${config.host}:${config.port}`;
  console.log(
    `\nVinhDanh đang chạy tại ${url}  (cơ sở dữ liệu: ${database.kind === 'pglite' ? `PGlite ${config.dataDir}` : 'PostgreSQL'})`,
  );
  if (fresh || process.env.VINHDANH_SHOW_LOGINS === '1') {
    console.log(`Tài khoản mẫu (mật khẩu ${DEMO_PASSWORD}):`);
    for (const u of demoUsers) console.log(`  ${u.username.padEnd(12)} ${u.displayName}`);
  } else {
    console.log(`Tài khoản mẫu: admin / ${DEMO_PASSWORD} (nếu chưa đổi). API: ${url}/api/v1/docs`);
  }
}
