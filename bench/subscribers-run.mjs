// `npm run bench:subscribers [runs]`: the live-update fan-out alone (bench/subscribers.mjs), on the same stack as
// `npm run bench` (API as deployed, force scale, the demo chair signed in), measured `runs` times (3 unless told) in
// one stack. The machine is shared, so each run's figures are written with the load average as it began, to
// bench/results/subscribers.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './api-process.mjs';
import { loadAverage } from './load.mjs';
import { startStack } from './stack.mjs';
import { measureSubscribers } from './subscribers.mjs';

const RUNS = Number(process.argv[2] ?? 3);

const stack = await startStack({ floorConnections: 0, postgraphile: false });
try {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const s = await measureSubscribers({ api: stack.api, cookie: stack.cookie, context: stack.context, loadAverage });
    console.log(
      `Run ${i + 1}: p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms, p95 by change ${s.p95PerChange.join(' / ')} (load ${s.loadPerChange.join(' / ')}), delivered ${s.events}`,
    );
    runs.push(s);
  }
  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    method:
      'Each run: 1,000 graphql-ws sockets with the demo chair’s session subscribe to taskChanged { id reference status }; a note is ' +
      'added to one task through the API 5 times; the time from sending the mutation to each delivery. loadAverage: os.loadavg() as ' +
      'the run’s first change was sent; loadPerChange: the 1-minute load average as each change was sent.',
    target: 'p95 <= 100 ms',
    runs,
  };
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results/subscribers.json'), JSON.stringify(result, null, 2) + '\n');
} finally {
  await stack.stop();
}
