// PostGraphile 5 (amber preset) over the same database, as the bench's peer: `node bench/postgraphile-server.mjs`
// with DATABASE_URL and PORT; prints "listening" once it serves POST /graphql. Benchmark only: no authorisation,
// no row-level security (it connects as the owner of the tables) and no consultation log.
import { createServer } from 'node:http';

// PostGraphile 5 asks for Promise.withResolvers, which Node 20 lacks.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'] })],
  grafserv: { graphiql: false, watch: false, maxRequestLength: 100_000 },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 60_000;
serv.addTo(server);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
