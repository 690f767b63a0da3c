import http from 'node:http';
import { withoutRequestIds, type GqlResult } from '../support/test-app.js';

export interface CanaryClient {
  /** `ip`: the client address the request comes from (X-Forwarded-For; the test app trusts one proxy). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, session?: string, ip?: string): Promise<GqlResult<T>>;
  close(): void;
}

/**
 * GraphQL over kept-alive connections to the listening app: the suite sends a few thousand requests, and a new
 * connection for each (as supertest makes) costs about as much as the smaller answers themselves.
 */
export function canaryClient(baseUrl: string, width = 4): CanaryClient {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: width });
  const gql = <T>(query: string, variables: Record<string, unknown> = {}, session?: string, ip?: string) =>
    new Promise<GqlResult<T>>((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
      if (session) headers.cookie = session;
      if (ip) headers['x-forwarded-for'] = ip;
      const req = http.request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GqlResult<T>;
            resolve(withoutRequestIds(answer, res.headers['x-request-id'] as string | undefined));
          } catch (e) {
            reject(e);
          }
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  return { gql, close: () => agent.destroy() };
}
