import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isUUID } from 'class-validator';
import { requirePasswordChanged } from '../../core/access/permission.guard.js';
import { AppError } from '../../core/errors/app-error.js';
import { ContextFactory } from '../../core/graphql/context.factory.js';
import { ExpensiveWork } from '../../core/limits/expensive-work.js';
import { PackService, type DocumentFile } from './pack.service.js';

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
};

/**
 * The documents as plain HTTP, so a browser can open or download them with the session cookie. The global
 * permission guard only looks at GraphQL, so every route checks access itself, through the services.
 */
@Controller('meetings')
export class MinutesController {
  private readonly logger = new Logger(MinutesController.name);

  constructor(
    private readonly contexts: ContextFactory,
    private readonly packs: PackService,
    private readonly work: ExpensiveWork,
  ) {}

  @Get(':id/pack')
  packHtml(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, id, (ctx) => this.packs.pack(ctx, id, 'html'));
  }

  @Get(':id/pack.pdf')
  packPdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, id, (ctx) => this.printed(ctx, () => this.packs.pack(ctx, id, 'pdf')));
  }

  @Get(':id/minutes.pdf')
  minutesPdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, id, (ctx) => this.printed(ctx, () => this.packs.minutesFile(ctx, id, 'pdf')));
  }

  @Get(':id/minutes.docx')
  minutesDocx(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, id, (ctx) => this.printed(ctx, () => this.packs.minutesFile(ctx, id, 'docx')));
  }

  /** A PDF or Word file counts towards the person's files being prepared at once; the HTML page is cheap. */
  private printed(ctx: Awaited<ReturnType<ContextFactory['forHttp']>>, build: () => Promise<DocumentFile>): Promise<DocumentFile> {
    return this.work.run(ctx, 'DOCUMENT', build);
  }

  /** Answers 401 or 404 with no detail, so nothing tells a caller whether another panel's meeting exists. */
  private async send(
    req: Request,
    res: Response,
    id: string,
    build: (ctx: Awaited<ReturnType<ContextFactory['forHttp']>>) => Promise<DocumentFile>,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const ctx = { ...(await this.contexts.forHttp(req, res)), channel: 'DOCUMENT' as const };
      if (!ctx.viewer) throw AppError.unauthenticated();
      requirePasswordChanged(ctx.viewer, null);
      if (!isUUID(id)) throw AppError.notFound('Meeting');
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
