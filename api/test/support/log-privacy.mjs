import fs from 'node:fs';
import pg from 'pg';

/** Passwords the tests sign in with (fixtures.ts, the demo data) and the API's own login in the test database. */
const PASSWORDS = ['correct horse battery staple', 'Sentinel-Demo-2026', 'sentinel-test-app'];
/** An e-mail address of any kind: no log line may hold one. */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/;
/** A session cookie or a bearer credential, whatever its value. */
const CREDENTIAL = /sentinel_session=|Bearer\s+[A-Za-z0-9]/i;

const WORD = /[\p{L}\p{N}]/u;

/** Whether `value` occurs in `text` other than inside a longer word ("Admin" is not found in "AdminModule"). */
function asWord(text, value) {
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
    const before = text[i - 1];
    const after = text[i + value.length];
    if (!(before && WORD.test(before) && WORD.test(value[0])) && !(after && WORD.test(after) && WORD.test(value[value.length - 1]))) return true;
  }
  return false;
}

/** Every string in a parsed log line, keys included. */
function strings(value, out) {
  if (typeof value === 'string') out.add(value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      strings(v, out);
    }
  }
}

/**
 * Searches everything the API logged during a test run for personal data and secrets: every person's name and
 * address and every nominal's names, aliases and date of birth held in the run's database at its end, the test
 * passwords, and any e-mail address, session cookie or bearer token. Returns the findings (none when clean).
 */
export async function findPersonalDataInLogs(logFile, databaseUrl) {
  if (!fs.existsSync(logFile)) return { lines: 0, values: 0, findings: [] };
  const text = new Set();
  let lines = 0;
  const findings = [];
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    if (!line) continue;
    lines += 1;
    try {
      strings(JSON.parse(line), text);
    } catch {
      findings.push(`a line that is not JSON: ${line.slice(0, 80)}`);
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let values;
  try {
    const { rows } = await client.query(`
      SELECT name AS v FROM app_user
      UNION SELECT surname FROM nominal
      UNION SELECT forenames FROM nominal
      UNION SELECT unnest(aliases) FROM nominal
      UNION SELECT to_char(date_of_birth, 'YYYY-MM-DD') FROM nominal`);
    // Short values (initials, "Al") would match ordinary words; every seeded name is longer.
    values = [...new Set([...rows.map((r) => r.v).filter((v) => v && v.length >= 5), ...PASSWORDS])];
  } finally {
    await client.end();
  }
  const haystack = [...text].join('\n');
  for (const v of values) if (asWord(haystack, v)) findings.push(`"${v}"`);
  for (const s of text) {
    if (EMAIL.test(s)) findings.push(`an e-mail address in "${s.slice(0, 120)}"`);
    if (CREDENTIAL.test(s)) findings.push(`a credential in "${s.slice(0, 40)}..."`);
  }
  return { lines, values: values.length, findings: [...new Set(findings)] };
}
