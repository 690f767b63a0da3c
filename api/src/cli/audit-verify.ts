import { parseArgs } from 'node:util';
import pg from 'pg';
import { describeAuditChainReport, verifyAuditChains } from '../core/audit/audit-chain.js';
import { loadConfig, ownerDatabaseUrl } from '../core/config/config.js';

/**
 * Walks the audit trail's hash chains and says whether any row was changed, removed, added or moved:
 *   DATABASE_URL=... npm run audit:verify [-- --panel PANEL_ID | --panel none] [--json]
 * DATABASE_URL is the owner of the tables (the app role may not read the chains' heads). Exits 0 when every
 * chain holds, 1 at the first break of any chain, 2 when it could not verify. --json prints the whole report,
 * with each chain's head (seq and hash): kept elsewhere, a later run shows whether a whole chain was rewritten.
 */
const { values } = parseArgs({ options: { panel: { type: 'string' }, json: { type: 'boolean' } } });
const panelId = values.panel === undefined ? undefined : values.panel === 'none' ? null : values.panel;
let client: pg.Client | null = null;
try {
  client = new pg.Client({ connectionString: ownerDatabaseUrl(loadConfig()) });
  await client.connect();
  const report = await verifyAuditChains(client, { panelId });
  console.log(values.json ? JSON.stringify(report, null, 2) : describeAuditChainReport(report));
  process.exitCode = report.ok ? 0 : 1;
} catch (e) {
  console.error(`Could not verify the audit trail: ${(e as Error).message}`);
  process.exitCode = 2;
} finally {
  await client?.end().catch(() => undefined);
}
