import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { LIMITS } from '@sentinel/shared';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { RequestContext } from '../access/request-context.js';
import { AppError } from '../errors/app-error.js';

export type ExpensiveWorkKind = 'DOCUMENT' | 'EXPORT' | 'IMPORT';

const KIND_NAMES: Record<ExpensiveWorkKind, string> = { DOCUMENT: 'document', EXPORT: 'export', IMPORT: 'import' };

/**
 * Bounds the files and reports one person has being built at once: printing a PDF, writing an export or checking
 * an import holds a core for seconds, and a few at once from one person would hold the machine. Counted per API
 * process, in memory: with several processes, each allows LIMITS.expensiveWorkPerUser. Use it as
 * `work.run(ctx, 'EXPORT', () => build())`, or put `@LimitRunning('EXPORT')` on a resolver method.
 */
@Injectable()
export class ExpensiveWork {
  private readonly running = new Map<string, number>();

  async run<T>(ctx: Pick<RequestContext, 'viewer' | 'ip'>, kind: ExpensiveWorkKind, work: () => Promise<T>): Promise<T> {
    const who = ctx.viewer ? `user:${ctx.viewer.userId}` : `address:${ctx.ip}`;
    const now = this.running.get(who) ?? 0;
    if (now >= LIMITS.expensiveWorkPerUser) {
      throw new AppError(
        'RATE_LIMITED',
        `You already have ${now} files or reports being prepared. Wait for one to finish, then ask for this ${KIND_NAMES[kind]} again.`,
      );
    }
    this.running.set(who, now + 1);
    try {
      return await work();
    } finally {
      const left = (this.running.get(who) ?? 1) - 1;
      if (left > 0) this.running.set(who, left);
      else this.running.delete(who);
    }
  }
}

const EXPENSIVE_WORK_KIND = 'sentinel:expensive-work-kind';

@Injectable()
export class ExpensiveWorkInterceptor implements NestInterceptor {
  constructor(
    private readonly work: ExpensiveWork,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const kind = this.reflector.get<ExpensiveWorkKind | undefined>(EXPENSIVE_WORK_KIND, context.getHandler());
    if (!kind || context.getType<string>() !== 'graphql') return next.handle();
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    return from(this.work.run(ctx, kind, () => lastValueFrom(next.handle())));
  }
}

/** A resolver method whose work counts towards the caller's files and reports being prepared (see ExpensiveWork). */
export const LimitRunning = (kind: ExpensiveWorkKind) =>
  applyDecorators(SetMetadata(EXPENSIVE_WORK_KIND, kind), UseInterceptors(ExpensiveWorkInterceptor));
