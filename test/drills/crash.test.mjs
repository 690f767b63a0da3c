// Crash drills: under a steady write load, the API and then PostgreSQL are killed outright (kill -9, as the
// out-of-memory killer does). Each time the supervisor (`npm start`) must stop what is left and exit non-zero,
// leaving no server process and no port behind; started again it must be healthy within 10 s, with every
// acknowledged write there and no multi-row write found in part.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { serverProcesses } from '../../api/bin/embedded-postgres.mjs';
import {
  apiPid,
  auditLoad,
  cleanUp,
  gql,
  loadTargets,
  portIsFree,
  postmasterPid,
  signInChair,
  stackPorts,
  startLoad,
  startStack,
  waitForWrites,
} from './stack.mjs';

const HEALTHY_WITHIN_SECONDS = 10;

const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-drill-crash-'));
let ports;
let stack;
let targets;
const acknowledged = { tasks: [], completions: [] };

before(async () => {
  ports = await stackPorts();
  stack = await startStack(dataRoot, ports);
  targets = await loadTargets(ports);
});

after(async () => {
  await cleanUp(stack);
  fs.rmSync(dataRoot, { recursive: true, force: true });
});

/** Kills one process of the running stack under load, then checks what the supervisor left and restarts. */
async function drill(kill) {
  const session = await signInChair(ports.api);
  const writes = startLoad(ports.api, session, targets);
  await waitForWrites(writes, 40);
  kill();
  const exit = await stack.exited;
  const { tasks, completions } = await writes.stop();
  acknowledged.tasks.push(...tasks);
  acknowledged.completions.push(...completions);

  assert.ok(exit.code !== null && exit.code !== 0, `the supervisor exits non-zero (it gave ${JSON.stringify(exit)}):\n${stack.output()}`);
  assert.deepEqual(serverProcesses(stack.dataDir), [], 'no PostgreSQL process is left on the data folder');
  assert.equal(await portIsFree(ports.pg), true, "PostgreSQL's port is free");
  assert.equal(await portIsFree(ports.api), true, "the API's port is free");

  stack = await startStack(dataRoot, ports);
  const load = `load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} on ${os.cpus().length} CPUs`;
  console.log(`healthy ${stack.secondsToHealthy.toFixed(1)} s after npm start was run again (${load})`);

  const found = await auditLoad(ports, acknowledged);
  console.log(JSON.stringify(found));
  assert.ok(found.acknowledgedTasks >= 40 && found.acknowledgedCompletions >= 10, 'the load was acknowledged before the kill');
  assert.deepEqual(
    {
      missingTasks: found.missingTasks,
      missingCompletions: found.missingCompletions,
      partialCreations: found.partialCreations,
      partialCompletions: found.partialCompletions,
      orphanDisruptions: found.orphanDisruptions,
    },
    { missingTasks: 0, missingCompletions: 0, partialCreations: 0, partialCompletions: 0, orphanDisruptions: 0 },
  );
  // The restarted stack serves what was written before the crash.
  const read = await gql(ports.api, await signInChair(ports.api), 'query($id: ID!) { task(id: $id) { id status } }', {
    id: acknowledged.completions.at(-1).taskId,
  });
  assert.equal(read.body.data?.task.status, 'COMPLETED');
  assert.ok(
    stack.secondsToHealthy <= HEALTHY_WITHIN_SECONDS,
    `healthy within ${HEALTHY_WITHIN_SECONDS} s of the restart (took ${stack.secondsToHealthy.toFixed(1)} s, ${load})`,
  );
}

test('the API killed under load: the supervisor stops PostgreSQL and exits non-zero; a restart has every acknowledged write', async () => {
  const pid = apiPid(stack.child.pid);
  assert.ok(pid, 'the API runs as a child of the supervisor');
  await drill(() => process.kill(pid, 'SIGKILL'));
});

test('PostgreSQL killed under load: the supervisor stops the API and exits non-zero; a restart has every acknowledged write', async () => {
  const pid = postmasterPid(stack.dataDir);
  assert.ok(serverProcesses(stack.dataDir).includes(pid), 'the postmaster works on the data folder');
  await drill(() => process.kill(pid, 'SIGKILL'));
});
