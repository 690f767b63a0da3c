import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import express, { type Express } from 'express';

/** A file's own caching replaces the `no-store` every response starts with (security-headers.ts). */
function ownCaching(res: ServerResponse): void {
  res.removeHeader('Cache-Control');
}

/**
 * Serves the built web app: its files with long caching (their names carry a hash), and index.html for every
 * other path so that the client's routes survive a reload, except the API's own GET routes (documents). HEAD is
 * answered wherever GET is, as uptime monitors ask it.
 */
export function serveWeb(app: Express, distDir: string, apiPaths: readonly RegExp[] = []): boolean {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) return false;
  // Source maps are kept beside the build for analysis, never served.
  app.use((req, res, next) => (req.path.endsWith('.map') ? res.status(404).end() : next()));
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, setHeaders: ownCaching }));
  app.use(express.static(distDir, { index: false, maxAge: 0, setHeaders: ownCaching }));
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/graphql') || req.path.startsWith('/health')) return next();
    if (apiPaths.some((pattern) => pattern.test(req.path))) return next();
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(index);
  });
  return true;
}
