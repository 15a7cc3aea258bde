import path from 'node:path';

export interface AppConfig {
  databaseUrl?: string;
  dataDir: string;
  host: string;
  port: number;
  /** Cookies marked Secure only behind HTTPS. */
  secureCookies: boolean;
  sessionTtlHours: number;
  loginRateLimit: { max: number; timeWindowMs: number };
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  webDist: string | null;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.VINHDANH_DATA_DIR ?? './data'),
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 3000),
    secureCookies: env.VINHDANH_SECURE_COOKIES === '1',
    sessionTtlHours: Number(env.VINHDANH_SESSION_HOURS ?? 12),
    loginRateLimit: { max: Number(env.VINHDANH_LOGIN_RATE_MAX ?? 10), timeWindowMs: 60_000 },
    bodyLimitBytes: 1024 * 1024,
    uploadLimitBytes: 20 * 1024 * 1024,
    webDist: env.VINHDANH_WEB_DIST ?? path.resolve(import.meta.dirname, '../../web/dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
