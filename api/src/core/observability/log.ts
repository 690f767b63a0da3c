import fs from 'node:fs';
import path from 'node:path';
import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { currentRequestId } from './request-trace.js';

const LEVELS = { error: 'error', warn: 'warn', log: 'info', debug: 'debug' } as const satisfies Record<AppConfig['LOG_LEVEL'], Level>;

/** Keys that must never reach a log line, whatever a later change passes to the logger. */
const REDACTED = ['password', 'token', 'cookie', 'authorization', 'secret', 'email'];

const files = new Map<string, DestinationStream>();

/**
 * Standard output, or the file (one stream per file in a process, however many apps it starts: the tests start
 * many), with errors written to standard error as well, so that a process that fails to start says why where it ran.
 */
function destination(file: string | undefined): DestinationStream {
  if (!file) return pino.destination({ dest: 1, sync: false });
  const full = path.resolve(file);
  let stream = files.get(full);
  if (!stream) {
    fs.mkdirSync(path.dirname(full), { recursive: true });
    // Appended synchronously: lines of several processes sharing the file never interleave, and none is lost at exit.
    stream = pino.multistream([
      { level: 'trace', stream: pino.destination({ dest: full, append: true, sync: true }) },
      { level: 'error', stream: pino.destination({ dest: 2, sync: true }) },
    ]);
    files.set(full, stream);
  }
  return stream;
}

/**
 * The process's logger: one JSON object per line, each line of a request carrying its id (`requestId`). What is
 * logged is chosen where it is logged: request lines hold the method, path, operation name, status, duration and
 * error codes, never a body, a header's value or a query string; the keys in REDACTED are censored as a backstop.
 */
export function createLog(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FILE'>): Logger {
  return pino(
    {
      level: LEVELS[config.LOG_LEVEL],
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      redact: { paths: [...REDACTED, ...REDACTED.map((k) => `*.${k}`)], censor: '[redacted]' },
    },
    destination(config.LOG_FILE),
  );
}

/** Nest's account of building the app, a line per module and route: kept for LOG_LEVEL=debug. */
const START_UP_DETAIL = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestFactory']);

/** Nest's own messages (and every `new Logger(context)` in the code) as JSON lines of the same logger. */
export class JsonLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    // Nest passes the context last, and for errors the stack before it.
    const context = params.length && typeof params[params.length - 1] === 'string' ? (params[params.length - 1] as string) : undefined;
    if (level === 'info' && context && START_UP_DETAIL.has(context)) level = 'debug';
    if (!this.logger.isLevelEnabled(level)) return;
    const stack = level === 'error' && params.length === 2 && typeof params[0] === 'string' ? params[0] : undefined;
    // An error's message may quote SQL or a record (a unique key's value): an Error, or an error logged with its
    // stack (Nest's handler of unexpected errors), is reduced to its name and the stack's frames.
    let msg = message instanceof Error ? message.name : typeof message === 'string' ? message : JSON.stringify(message);
    let frames: string | undefined;
    if (stack) {
      const lines = stack.split('\n');
      msg = /^\w+/.exec(lines[0])?.[0] ?? 'Error';
      frames = lines.filter((l) => /^\s+at /.test(l)).join('\n');
    }
    this.logger[level]({ ...(context ? { context } : {}), ...(frames ? { stack: frames } : {}) }, msg);
  }
}
