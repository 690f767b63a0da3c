import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { AppConfig } from './core/config/config.js';
import { runInRequestScope } from './core/database/panel-scope.js';
import { ReadDatabase } from './core/database/read-database.js';
import { createLog, JsonLogger } from './core/observability/log.js';
import { requestLogging } from './core/observability/request-logging.js';
import { compressAnswers } from './core/http/compression.js';
import { securityHeaders } from './core/http/security-headers.js';
import { serveWeb } from './core/http/static-web.js';
import { AppModule } from './app.module.js';
import { DOCUMENT_PATH } from './modules/minutes/document-paths.js';
import { SSO_PATH } from './core/auth/oidc/sso-paths.js';

/** Builds the whole application; `main.ts` and the integration tests both start it this way. */
export async function createApp(config: AppConfig, sqlLogger?: TypeOrmLogger): Promise<NestExpressApplication> {
  const log = createLog(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, sqlLogger), {
    logger: new JsonLogger(log),
    bodyParser: false,
  });
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  // No ETag on dynamic answers: they are never stored (security-headers.ts). Static files keep their own.
  app.set('etag', false);
  // First of all: the request's id, its log line and its metrics. Then the rest of the request runs in its own
  // panel scope, which sees no panel until its viewer is known.
  app.use(requestLogging(log));
  app.use(app.get(ReadDatabase).recentWriteMiddleware());
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
