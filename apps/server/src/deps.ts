import type { AppConfig } from './config.ts';
import type { Database } from './db/client.ts';
import type { Clock } from './lib/clock.ts';

/** What every module's routes are built with. */
export interface Deps {
  database: Database;
  clock: Clock;
  config: AppConfig;
}
