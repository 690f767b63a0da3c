import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.string().url(),
  /** Number of proxy hops to trust for the client address and HTTPS (0 when the API faces users directly). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('warn'),
  /** Where mail goes, e.g. smtp://127.0.0.1:2525; without it mail is dropped (and logged as not sent). */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Sentinel <no-reply@sentinel.invalid>'),
  /** The address people open the app at, for links in mail. */
  PUBLIC_URL: z.string().url().optional(),
  /** Several API processes share live events through Redis when this is set. */
  REDIS_URL: z.string().url().optional(),
  /** Namespaces the Redis channels, so that deployments (or test runs) sharing one Redis never see each other's events. */
  REDIS_PREFIX: z.string().max(100).default('sentinel:'),
  /** Scheduled jobs (reminders, digest): on by default, off under NODE_ENV=test unless a test turns them on. */
  JOBS: z.enum(['on', 'off']).optional(),
});

export type AppConfig = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Configuration is not valid: ${problems}`);
  }
  return parsed.data;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
