// What the side-by-side benches share: closed-loop load at a number of connections, percentiles, and the CPU a
// process (or a PostgreSQL server's processes) used meanwhile, read from /proc.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './api-process.mjs';

/** Linux's clock ticks per second for /proc/<pid>/stat (sysconf(_SC_CLK_TCK), 100 on every Linux build we run on). */
const TICK_MS = 10;

export const round2 = (n) => Math.round(n * 100) / 100;

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The load average (1, 5, 15 minutes), rounded, to write beside every figure. */
export const loadAverage = () => os.loadavg().map(round2);

/**
 * `conns` loops, each sending its next request when its last is answered, for `seconds`. `send(i)` sends one
 * request on loop i's own connection and throws on a wrong answer.
 */
export async function closedLoop(send, conns, seconds) {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: conns }, async (_, i) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await send(i);
          latencies.push(performance.now() - t0);
        } catch (e) {
          errors += 1;
          firstError ??= e;
          if (errors > 50) throw new Error(`Too many failed requests: ${firstError.message}`);
        }
      }
    }),
  );
  return { latencies, errors, firstError, seconds: (performance.now() - started) / 1000 };
}

/** CPU milliseconds a process has used (user + system), and those of its ended children when asked. */
export function processCpuMs(pid, withChildren = false) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command's closing parenthesis, from field 3 (state): utime is 14, stime 15, cutime 16, cstime 17.
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return (f[11] + f[12] + (withChildren ? f[13] + f[14] : 0)) * TICK_MS;
  } catch {
    return 0;
  }
}

/** CPU milliseconds used by every process of the PostgreSQL server in `dataDir`, backends that ended included. */
export async function postgresCpuMs(dataDir) {
  const { serverProcesses } = await import(path.join(ROOT, 'api/bin/embedded-postgres.mjs'));
  return serverProcesses(dataDir).reduce((sum, pid) => sum + processCpuMs(pid, true), 0);
}

/** POSTs JSON over kept-alive connections (at most `sockets` at once), as browsers keep theirs open to the API. */
export function jsonPoster(sockets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const post = (url, payload, headers = {}) => {
    const body = JSON.stringify(payload);
    return new Promise((resolve, reject) => {
      const req = http.request(
        url,
        { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers } },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve({ status: res.statusCode, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
            } catch (e) {
              reject(e);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
  return { post, close: () => agent.destroy() };
}

/** Latency figures of one cell, in milliseconds. */
export function latencySummary(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  return { p50: round2(percentile(sorted, 50)), p95: round2(percentile(sorted, 95)), p99: round2(percentile(sorted, 99)) };
}
