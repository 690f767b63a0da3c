import { z } from 'zod';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** The owner of the tables: migrations and create-admin connect as it; the API never does. */
    DATABASE_URL: z.string().url().optional(),
    /** The API's connection: the app role (sentinel_app, or a login role in it), subject to row-level security. */
    APP_DATABASE_URL: z.string().url().optional(),
    /**
     * A read replica of the same database, for the heavy reads that need not see the latest write (the threat
     * picture, the outcome report, the link chart, the map, exports), as the app role. Unset, they read the primary.
     */
    READ_DATABASE_URL: z.string().url().optional(),
    /** Past this lag the replica is not read (the primary is), and a person's own write is read from the primary for as long. */
    REPLICA_MAX_LAG_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
    /** Number of proxy hops to trust for the client address and HTTPS (0 when the API faces users directly). */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    WEB_DIST: z.string().optional(),
    /** `log` writes one JSON line per request; `warn` and `error` only what went wrong. */
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
    /** Appends the JSON log lines to this file instead of writing them to standard output. */
    LOG_FILE: z.string().min(1).optional(),
    /** Serves Prometheus metrics at /metrics on this port (off when unset), on METRICS_HOST. */
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    /** Where mail goes, e.g. smtp://127.0.0.1:2525; without it mail is dropped (and logged as not sent). */
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().min(3).default('Sentinel <no-reply@sentinel.invalid>'),
    /** The address people open the app at, for links in mail. */
    PUBLIC_URL: z.string().url().optional(),
    /** Several API processes share live events through Redis when this is set. */
    REDIS_URL: z.string().url().optional(),
    /** Namespaces the Redis channels, so that deployments (or test runs) sharing one Redis never see each other's events. */
    REDIS_PREFIX: z.string().max(100).default('sentinel:'),
    /**
     * How many answers each API process keeps (the threat picture, the task board, group lists), each good until the
     * panel's records change (PanelReadCache); 0 keeps none.
     */
    PANEL_READ_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(500),
    /** The most those kept answers may take, in megabytes of their JSON (group lists are the large ones). */
    PANEL_READ_CACHE_MB: z.coerce.number().int().min(1).max(16_384).default(64),
    /** How often task reminders are looked for (cron, UK time); every 15 minutes by default. */
    REMINDER_SCAN_CRON: z
      .string()
      .regex(/^[0-9*/,-]+( [0-9*/,-]+){4}$/, 'must be five cron fields, e.g. */15 * * * *')
      .default('*/15 * * * *'),
    /** Scheduled jobs (reminders, digest): on by default, off under NODE_ENV=test unless a test turns them on. */
    JOBS: z.enum(['on', 'off']).optional(),
    /**
     * The key that encrypts authenticator-app secrets at rest (AES-256-GCM): 32 random bytes in base64, e.g. from
     * `openssl rand -base64 32`. Required in production; `npm start` makes one in its data folder the first time.
     */
    SECOND_FACTOR_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32 && /^[A-Za-z0-9+/]+={0,2}$/.test(v), 'must be 32 bytes in base64')
      .optional(),
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.SECOND_FACTOR_KEY, {
    path: ['SECOND_FACTOR_KEY'],
    message: 'is required when NODE_ENV=production',
  });

export type AppConfig = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // A variable set to nothing (`METRICS_PORT=` in an environment file) is not set.
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Configuration is not valid: ${problems}`);
  }
  return parsed.data;
}

/** The owner's connection, for the command-line tasks that change the schema or create the first administrator. */
export function ownerDatabaseUrl(config: AppConfig): string {
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set: it names the database and the role that owns its tables');
  return config.DATABASE_URL;
}

/** The API's connection. Never falls back to the owner's: the owner is not held to row-level security. */
export function appDatabaseUrl(config: AppConfig): string {
  if (!config.APP_DATABASE_URL) {
    throw new Error(
      'APP_DATABASE_URL is not set: the API connects as the app role (sentinel_app), never as the owner of the tables (see the README)',
    );
  }
  return config.APP_DATABASE_URL;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
