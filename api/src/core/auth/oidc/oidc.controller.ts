import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SSO_CALLBACK_PATH, SSO_LIMITS, SIGN_IN_SSO_ERROR_PATH } from '@sentinel/shared';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ContextFactory } from '../../graphql/context.factory.js';
import { readCookie, SessionService } from '../session.service.js';
import { OidcSignInService } from './oidc-sign-in.service.js';
import { SsoRefusal } from './sso-refusal.js';

/** Binds a sign-in under way to the browser that started it, so a callback sent to someone else is refused. */
const BROWSER_COOKIE = 'sentinel_sso';
const COOKIE_PATH = '/auth/oidc';

/**
 * Single sign-on as plain HTTP, since it is a chain of browser redirects. Every refusal goes back to the sign-in
 * page with a code in the fragment, never a detail about the person; success goes to the app with the session set.
 */
@Controller('auth/oidc')
export class OidcController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signIns: OidcSignInService,
    private readonly sessions: SessionService,
    private readonly contexts: ContextFactory,
  ) {}

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const browser = readCookie(req.headers.cookie, BROWSER_COOKIE);
    res.clearCookie(BROWSER_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: COOKIE_PATH });
    try {
      const ctx = await this.contexts.forHttp(req, res);
      const url = new URL(req.originalUrl, this.origin(req));
      const token = await this.signIns.finish(ctx, url, browser);
      this.sessions.setCookie(req, res, token);
      res.redirect(303, '/');
    } catch (error) {
      this.refuse(res, null, error);
    }
  }

  @Get(':providerId/start')
  async start(@Param('providerId') providerId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const { location, browser } = await this.signIns.start(providerId, req.ip ?? 'unknown', `${this.origin(req)}${SSO_CALLBACK_PATH}`);
      res.cookie(BROWSER_COOKIE, browser, {
        httpOnly: true,
        sameSite: 'lax',
        secure: req.secure,
        path: COOKIE_PATH,
        maxAge: SSO_LIMITS.stateMinutes * 60_000,
      });
      res.redirect(303, location);
    } catch (error) {
      this.refuse(res, providerId, error);
    }
  }

  /** PUBLIC_URL where set (behind a proxy it is the address people use); else the address this request came to. */
  private origin(req: Request): string {
    return this.config.PUBLIC_URL?.replace(/\/$/, '') ?? `${req.protocol}://${req.get('host')}`;
  }

  private refuse(res: Response, providerId: string | null, error: unknown): void {
    const refusal = error instanceof SsoRefusal ? error : new SsoRefusal('UNAVAILABLE', (error as Error)?.name ?? 'unknown');
    this.signIns.logRefusal(providerId, refusal);
    res.redirect(303, SIGN_IN_SSO_ERROR_PATH(refusal.code));
  }
}
