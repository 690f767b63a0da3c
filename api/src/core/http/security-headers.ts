import type { NextFunction, Request, Response } from 'express';
import helmet, { strictTransportSecurity } from 'helmet';

const headers = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
  },
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  // Nothing the app embeds is cross-origin, but requiring CORP of every embedded resource gains nothing here.
  crossOriginEmbedderPolicy: false,
  // Sent only over HTTPS, below: on plain local http it would pin the host to HTTPS for a year.
  strictTransportSecurity: false,
});

const hsts = strictTransportSecurity({ maxAge: 365 * 24 * 60 * 60, includeSubDomains: true });

/**
 * Headers for every response: a strict content policy, no framing, no sniffing, no referrer; HSTS when the request
 * came over HTTPS (behind TRUST_PROXY, as the proxy's X-Forwarded-Proto says); and `Cache-Control: no-store`, so
 * no answer carrying personal data is kept by a browser or a proxy. Only the web app's static files replace it
 * with their own caching (static-web.ts).
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  headers(req, res, (error?: unknown) => {
    if (error) return next(error);
    if (req.secure) return hsts(req, res, next);
    next();
  });
}
