import 'reflect-metadata';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { AppConfig } from './core/config/config.js';
import { runInRequestScope } from './core/database/panel-scope.js';
import { compressAnswers } from './core/http/compression.js';
import { securityHeaders } from './core/http/security-headers.js';
import { serveWeb } from './core/http/static-web.js';
import { AppModule } from './app.module.js';
import { DOCUMENT_PATH } from './modules/minutes/document-paths.js';
import { SSO_PATH } from './core/auth/oidc/sso-paths.js';

const LOG_LEVELS = {
  error: ['error'],
  warn: ['warn', 'error'],
  log: ['log', 'warn', 'error'],
  debug: ['debug', 'log', 'warn', 'error'],
} as const satisfies Record<AppConfig['LOG_LEVEL'], LogLevel[]>;

/** Builds the whole application; `main.ts` and the integration tests both start it this way. */
export async function createApp(config: AppConfig, sqlLogger?: TypeOrmLogger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, sqlLogger), {
    logger: config.NODE_ENV === 'test' ? ['error'] : LOG_LEVELS[config.LOG_LEVEL],
    bodyParser: false,
  });
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  // No ETag on dynamic answers: they are never stored (security-headers.ts). Static files keep their own.
  app.set('etag', false);
  // First of all: the rest of the request runs in its own panel scope, which sees no panel until its viewer is known.
  app.use((_req: unknown, _res: unknown, next: () => void) => runInRequestScope(next));
  app.use(securityHeaders);
  app.use(compressAnswers);
  // Files are uploaded as multipart form data to their own routes (records-io/import.controller.ts), never in JSON.
  app.useBodyParser('json', { limit: '1mb' });
  app.enableShutdownHooks();
  // Before init: Nest adds its own not-found handler when it initialises, and it would answer first.
  if (config.WEB_DIST) serveWeb(app.getHttpAdapter().getInstance(), config.WEB_DIST, [DOCUMENT_PATH, SSO_PATH]);
  return app;
}
