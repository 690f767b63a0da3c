import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { boundedOperation, graphqlErrors, requestDuration } from './metrics.js';
import { requestIdFrom, runInRequestTrace, type RequestTrace } from './request-trace.js';

/** Status logged for a request whose client went away before its answer was sent (nginx's convention). */
const CLIENT_CLOSED = 499;

/** The route a request took, for a request that is not a GraphQL operation: ids are not in it, only the pattern. */
function routeLabel(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string') return `${req.method} ${route}`;
  if (req.path.startsWith('/graphql')) return `${req.method} /graphql`;
  if (req.path.startsWith('/assets/')) return `${req.method} /assets`;
  if (req.path.startsWith('/health')) return `${req.method} ${req.path.slice(0, 20)}`;
  return `${req.method} (web app)`;
}

/**
 * Gives each request its id (the proxy's `X-Request-Id` when it sent a plain one, else a new one), answers with it,
 * runs the request with it (every log line of the request carries it, and so does every GraphQL error), and when the
 * answer is sent writes one log line and observes the request's duration. The path is logged without its query
 * string, and nothing of the body or of any header's value.
 */
export function requestLogging(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const trace: RequestTrace = { id: requestIdFrom(req.headers['x-request-id']) };
    res.setHeader('X-Request-Id', trace.id);
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.writableFinished ? res.statusCode : CLIENT_CLOSED;
      const operation = trace.operation ?? routeLabel(req);
      requestDuration.observe({ operation: boundedOperation(operation), status: String(status) }, seconds);
      for (const code of trace.errorCodes ?? []) graphqlErrors.inc({ code });
      const level = status >= 500 ? 'error' : req.path.startsWith('/health') ? 'debug' : 'info';
      log[level](
        {
          requestId: trace.id,
          method: req.method,
          path: req.originalUrl.split('?')[0].slice(0, 200),
          operation,
          status,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(trace.errorCodes?.length ? { errorCodes: trace.errorCodes } : {}),
        },
        'request',
      );
    });
    runInRequestTrace(trace, next);
  };
}
