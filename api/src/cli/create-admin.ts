import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig, ownerDatabaseUrl } from '../core/config/config.js';
import { createAdmin } from './admin.js';

/**
 * Creates the first system administrator of a deployment (and, optionally, its first panel):
 *   DATABASE_URL=... npm run create-admin -- --email a@force.example --name "A Person" [--panel-code DUR --panel-name "..." --force-name "..."]
 * The password is read from ADMIN_PASSWORD or asked for on the terminal; it is never an argument. DATABASE_URL is
 * the owner of the tables, as for the migrations it applies first.
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    'panel-code': { type: 'string' },
    'panel-name': { type: 'string' },
    'force-name': { type: 'string' },
  },
});
if (!values.email || !values.name) {
  console.error('Usage: npm run create-admin -- --email EMAIL --name "FULL NAME" [--panel-code CODE --panel-name NAME --force-name NAME]');
  process.exit(2);
}
const config = loadConfig();
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('Password for the administrator (12 to 128 characters): ');
  rl.close();
}
const panelName = values['panel-name'];
try {
  await createAdmin(ownerDatabaseUrl(config), {
    email: values.email,
    name: values.name,
    password,
    panel:
      values['panel-code'] && panelName ? { code: values['panel-code'], name: panelName, forceName: values['force-name'] ?? panelName } : undefined,
  });
  console.log(`Administrator ${values.email} created.`);
} catch (e) {
  const code = (e as { code?: string }).code;
  console.error(
    `Could not create the administrator: ${code === '23505' ? 'that email address or panel code is already taken' : (e as Error).message}`,
  );
  process.exitCode = 1;
}
