import { type AppConfig, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';

/** Opens the configured database (PGlite folder or DATABASE_URL) and brings it to the latest schema. */
export async function openMigrated(config: AppConfig = loadConfig()): Promise<Database> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateDatabase(database);
  return database;
}
