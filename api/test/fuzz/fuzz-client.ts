import http from 'node:http';
import { nextIp } from '../support/test-app.js';

export interface FuzzClient {
  /** Sends one GraphQL operation and gives the HTTP status and the raw answer, whatever it is. */
  send(query: string, variables: Record<string, unknown>, session: string): Promise<{ status: number; text: string }>;
  close(): void;
}

/**
 * GraphQL over one kept-alive connection, each request from its own client address, so per-address throttling
 * never stands between a generated case and the code it is meant to reach.
 */
export function fuzzClient(baseUrl: string): FuzzClient {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send: FuzzClient['send'] = (query, variables, session) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const headers = {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-forwarded-for': nextIp(),
        cookie: session,
      };
      const req = http.request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}
