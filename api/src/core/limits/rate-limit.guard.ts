import { HttpException, HttpStatus, Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { RATE_LIMITS, type RateLimitKind } from '@sentinel/shared';
import type { RequestContext, Viewer } from '../access/request-context.js';
import { readCookie, SESSION_COOKIE, SessionService } from '../auth/session.service.js';
import { AppError } from '../errors/app-error.js';

const RATE_LIMIT_KIND = 'sentinel:rate-limit-kind';
/** The ThrottlerStorage the counts live in: in memory, or in Redis when REDIS_URL is set (see limits.module.ts). */
export const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');

/** Counts each call of a resolver method (or HTTP route) against the caller's RATE_LIMITS for the kind. */
export const RateLimit = (kind: RateLimitKind) => SetMetadata(RATE_LIMIT_KIND, kind);

const KIND_WORDS: Record<RateLimitKind, string> = { search: 'searches', import: 'imports', export: 'exports' };

/**
 * Applied to every resolver and route, counting only those marked @RateLimit: one count per person and kind across
 * its methods (all exports together), keyed by the signed-in person, or by address when no one is signed in.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    @Inject(RATE_LIMIT_STORAGE) private readonly storage: ThrottlerStorage,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const kind = Reflect.getMetadata(RATE_LIMIT_KIND, context.getHandler()) as RateLimitKind | undefined;
    if (!kind) return true;
    const { viewer, ip, res } = await this.caller(context);
    const { limit, windowSeconds } = RATE_LIMITS[kind];
    const window = windowSeconds * 1000;
    const key = `rate:${kind}:${viewer ? `user:${viewer.userId}` : `address:${ip}`}`;
    const counted = await this.storage.increment(key, window, limit, window, kind);
    if (!counted.isBlocked) return true;
    const wait = Math.max(1, counted.timeToBlockExpire);
    res?.setHeader('Retry-After', String(wait));
    const message = `You have made more than ${limit} ${KIND_WORDS[kind]} in ${windowSeconds} seconds. Wait ${wait} seconds, then try again.`;
    if (context.getType<string>() !== 'graphql') throw new HttpException({ code: 'RATE_LIMITED', message }, HttpStatus.TOO_MANY_REQUESTS);
    throw new AppError('RATE_LIMITED', message);
  }

  private async caller(context: ExecutionContext): Promise<{ viewer: Viewer | null; ip: string; res?: Response }> {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
      return { viewer: ctx.viewer, ip: ctx.ip, res: ctx.res };
    }
    // An HTTP route has no request context yet: its session says who is calling.
    const req = context.switchToHttp().getRequest<Request>();
    const viewer = await this.sessions.viewerFor(readCookie(req.headers.cookie, SESSION_COOKIE));
    return { viewer, ip: req.ip ?? 'unknown', res: context.switchToHttp().getResponse<Response>() };
  }
}
