// `npm run topology`: starts the production topology (topology.mjs) on this machine and keeps it up until Ctrl-C.
import { missingTools } from './services.mjs';
import { startTopology } from './topology.mjs';

const missing = missingTools();
if (missing.length) {
  console.error(`The topology needs: ${missing.join(', ')}.`);
  process.exit(1);
}
const t = await startTopology();
console.log(`Sentinel behind nginx at ${t.publicUrl} (self-signed certificate), API processes on ${t.apis.map((a) => a.port).join(' and ')}`);
console.log(`Metrics: ${t.apis.map((a) => a.metricsUrl).join(' ')}`);
console.log(`Primary ${t.db.primary.port}, replica ${t.db.replica.port}, Redis ${t.redis.url}, logs in ${t.root}`);
console.log('Demo sign-in: chair@northmoor.police.example, password Sentinel-Demo-2026, authenticator key SENTINELDEMOTOTPKEYFORTESTING234');
console.log('Press Ctrl-C to stop.');
const stop = () => t.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
