import { Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isUUID } from 'class-validator';
import { requireSecondFactor } from '../access/second-factor-gate.js';
import type { RequestContext } from '../access/request-context.js';
import { AppError } from '../errors/app-error.js';
import { ContextFactory } from '../graphql/context.factory.js';
import { ExpensiveWork } from '../limits/expensive-work.js';

/** A file the API hands out over plain HTTP. */
export interface DocumentFile {
  filename: string;
  contentType: string;
  body: Buffer | string;
}

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SECOND_FACTOR_REQUIRED: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
};

/**
 * Answers a document route (a meeting's pack or minutes, an assessment) as plain HTTP, so a browser can open or
 * download it with the session cookie. The global permission guard only looks at GraphQL, so every document is
 * built through the services, which check access; this checks the session and the password gate first, and
 * answers 401 or 404 with no detail, so nothing tells a caller whether another panel's record exists.
 */
@Injectable()
export class DocumentResponder {
  private readonly logger = new Logger(DocumentResponder.name);

  constructor(
    private readonly contexts: ContextFactory,
    private readonly work: ExpensiveWork,
  ) {}

  /** A PDF or Word file counts towards the person's files being prepared at once; an HTML page is cheap. */
  printed(ctx: RequestContext, build: () => Promise<DocumentFile>): Promise<DocumentFile> {
    return this.work.run(ctx, 'DOCUMENT', build);
  }

  async send(req: Request, res: Response, id: string, what: string, build: (ctx: RequestContext) => Promise<DocumentFile>): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const ctx = { ...(await this.contexts.forHttp(req, res)), channel: 'DOCUMENT' as const };
      if (!ctx.viewer) throw AppError.unauthenticated();
      requireSecondFactor(ctx.viewer, null);
      if (!isUUID(id)) throw AppError.notFound(what);
      const file = await build(ctx);
      res.setHeader('Content-Type', file.contentType);
      const inline = file.contentType.startsWith('text/html') || file.contentType === 'application/pdf';
      res.setHeader('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="${file.filename}"`);
      res.status(200).send(file.body);
    } catch (error) {
      const status = error instanceof AppError ? (STATUS[error.code] ?? 400) : 500;
      if (status === 500) {
        const e = error as { name?: string; code?: string };
        this.logger.error(`Document failed: ${e?.name ?? 'unknown'}${e?.code ? ` code=${e.code}` : ''}`);
      }
      const text =
        status === 401
          ? 'Sign in to continue'
          : status === 404
            ? 'Not found'
            : status === 403
              ? 'Forbidden'
              : status === 429
                ? (error as AppError).message
                : 'Something went wrong';
      res.status(status).type('text/plain').send(text);
    }
  }
}
