import {
  Catch,
  createParamDecorator,
  HttpException,
  HttpStatus,
  Injectable,
  Logger,
  PayloadTooLargeException,
  type ArgumentsHost,
  type CanActivate,
  type ExceptionFilter,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { IMPORT_REQUEST_HEADER, PERMISSIONS, type ErrorCode, type ImportFailure } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import { requireSecondFactor } from '../../core/access/second-factor-gate.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { ContextFactory } from '../../core/graphql/context.factory.js';
import { IMPORT_MAX_BYTES } from './import.args.js';

/*
 * What the upload routes share with GraphQL, done for plain HTTP: the caller is known from the session cookie
 * before a byte of the file is read, a page of another site cannot post to them, and refusals answer in the
 * shape of GraphQL errors, with a stable code and a message that says what to fix.
 */

type ImportRequest = Request & { importContext?: RequestContext };

/**
 * A browser sends a custom header only from our own pages: another site's form cannot set one, and its script
 * would need a CORS preflight that this API never grants. The Origin, when sent, must be this host.
 */
@Injectable()
export class ImportRequestGuard implements CanActivate {
  constructor(
    private readonly contexts: ContextFactory,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<ImportRequest>();
    const { origin, host } = req.headers;
    if (!req.header(IMPORT_REQUEST_HEADER) || (origin && (!host || originHost(origin) !== host))) {
      throw AppError.forbidden('Send the file from the import page of Sentinel');
    }
    const ctx = await this.contexts.forHttp(req, http.getResponse<Response>());
    if (!ctx.viewer) throw AppError.unauthenticated();
    requireSecondFactor(ctx.viewer, PERMISSIONS.RECORD_IMPORT);
    if (!this.access.holdsAnywhere(ctx.viewer, PERMISSIONS.RECORD_IMPORT)) throw AppError.forbidden();
    req.importContext = ctx;
    return true;
  }
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** The request context ImportRequestGuard found. */
export const ImportContext = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const ctx = context.switchToHttp().getRequest<ImportRequest>().importContext;
  if (!ctx) throw AppError.unauthenticated();
  return ctx;
});

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SECOND_FACTOR_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IMPORT_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

@Catch()
export class ImportErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Imports');

  catch(exception: unknown, host: ArgumentsHost): void {
    const error = this.toAppError(exception);
    const body: ImportFailure = {
      errors: [{ message: error.message, extensions: { code: error.code, ...(error.field ? { field: error.field } : {}) } }],
    };
    const res = host.switchToHttp().getResponse<Response>();
    res.setHeader('Cache-Control', 'no-store');
    res.status(STATUS[error.code] ?? 400).json(body);
  }

  private toAppError(exception: unknown): AppError {
    if (exception instanceof AppError) return exception;
    if (exception instanceof PayloadTooLargeException) {
      return new AppError('IMPORT_TOO_LARGE', `The file must be ${IMPORT_MAX_BYTES / 1024 / 1024} MB or smaller`, 'file');
    }
    if (exception instanceof HttpException && exception.getStatus() === HttpStatus.TOO_MANY_REQUESTS) {
      const answer = exception.getResponse() as { message?: string };
      return new AppError('RATE_LIMITED', answer.message ?? 'Too many imports at once: wait a minute, then try again');
    }
    // What the upload parser refuses: a broken form, an unexpected field, too many fields.
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return AppError.badInput('file', 'The upload could not be read: send the form of the import page, with one file');
    }
    const e = exception as { name?: string; code?: string };
    this.logger.error(`Import failed: ${e?.name ?? 'unknown'}${e?.code ? ` code=${e.code}` : ''}`);
    return new AppError(
      'INTERNAL_SERVER_ERROR',
      'Something went wrong on our side. Try again, and tell the panel coordinator if it keeps happening.',
    );
  }
}
