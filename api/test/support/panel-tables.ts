import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { testDatabaseUrls } from './migrated.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Every table that holds a panel's rows, from the catalog, and a seed that writes a row in each: what the
 * row-level-security suites check the policies against.
 */

/** A person's account is not a panel's: they may sit on several, and see a panel only through a membership. */
const NOT_PANEL_SCOPED = new Set(['app_user']);

/** One row in every table that holds a panel's records, written by the owner. */
export async function seedEveryTable(ds: DataSource): Promise<string> {
  const label = randomUUID().slice(0, 8);
  const id = async (sql: string, params: unknown[]): Promise<string> => (await ds.query(`${sql} RETURNING id`, params))[0].id;
  const run = (sql: string, params: unknown[]) => ds.query(sql, params);
  const panel = await id(`INSERT INTO panel (code, name, force_name) VALUES ($1, $2, 'A Constabulary')`, [`R${label}`, `Panel ${label}`]);
  const agency = await id(`INSERT INTO agency (panel_id, name, kind) VALUES ($1, 'HMRC', 'GOVERNMENT_DEPARTMENT')`, [panel]);
  const user = await id(`INSERT INTO app_user (email, name, agency_id) VALUES ($1, 'A Member', $2)`, [`rls.${label}@example.test`, agency]);
  await run(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'CHAIR')`, [panel, user]);
  const ocg = await id(`INSERT INTO ocg (panel_id, reference, name) VALUES ($1, 'OCG-0001', 'The Riverside group')`, [panel]);
  await run(
    `INSERT INTO ocg_score (ocg_id, panel_id, harm_physical, harm_community, harm_geographic, harm_vulnerability, likelihood, capability,
      capacity, confidence, scale_max, total, tier) VALUES ($1, $2, 3, 3, 3, 3, 3, 3, 3, 'HIGH', 5, 63, 'Tier 2')`,
    [ocg, panel],
  );
  const nominal = await id(`INSERT INTO nominal (panel_id, reference, surname) VALUES ($1, 'N-0001', 'Canary')`, [panel]);
  // Every seeded panel holds this plate and group name: the hits between them fill cross_panel_key and cross_panel_match.
  const vehicle = await id(`INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded) VALUES ($1, 'AB12 CDE', 'AB12CDE', 'AB12CDE')`, [panel]);
  const place = await id(`INSERT INTO place (panel_id, label, kind) VALUES ($1, '1 High Street', 'HOME')`, [panel]);
  await run(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, 'PRINCIPAL')`, [ocg, nominal]);
  await run(`INSERT INTO ocg_vehicle (ocg_id, vehicle_id) VALUES ($1, $2)`, [ocg, vehicle]);
  await run(`INSERT INTO ocg_place (ocg_id, place_id) VALUES ($1, $2)`, [ocg, place]);
  await run(`INSERT INTO nominal_vehicle (nominal_id, vehicle_id) VALUES ($1, $2)`, [nominal, vehicle]);
  await run(`INSERT INTO nominal_place (nominal_id, place_id) VALUES ($1, $2)`, [nominal, place]);
  const intelligence = await id(
    `INSERT INTO intelligence (panel_id, subject_kind, subject_id, recorded_on, submitting_agency_id, text, source_grade,
      intelligence_grade, handling) VALUES ($1, 'OCG', $2, '2026-01-05', $3, 'Seen at the unit', 'S1', 'A', 'P')`,
    [panel, ocg, agency],
  );
  await run(`INSERT INTO intelligence_recipient (intelligence_id, agency_id) VALUES ($1, $2)`, [intelligence, agency]);
  await run(`INSERT INTO ocg_objective (ocg_id, panel_id, strand, objective, owner_agency_id) VALUES ($1, $2, 'PURSUE', 'Disrupt supply', $3)`, [
    ocg,
    panel,
    agency,
  ]);
  const disruption = await id(
    `INSERT INTO disruption (panel_id, ocg_id, occurred_on, agency_id, strand, tactic_heading, description, impact, rationale)
      VALUES ($1, $2, '2026-01-10', $3, 'PURSUE', 'LIFESTYLE', 'Warrant executed', 'MINOR', 'Stock seized')`,
    [panel, ocg, agency],
  );
  await run(`INSERT INTO disruption_nominal (disruption_id, nominal_id) VALUES ($1, $2)`, [disruption, nominal]);
  await run(
    `INSERT INTO referral (panel_id, reference, from_agency_id, summary, crime_references) VALUES ($1, 'R-0001', $2, 'A new group', ARRAY['CR/1/26'])`,
    [panel, agency],
  );
  const task = await id(`INSERT INTO task (panel_id, reference, title, agency_id) VALUES ($1, 'A-0001', 'Check the licence', $2)`, [panel, agency]);
  await run(`INSERT INTO task_update (task_id, panel_id, kind) VALUES ($1, $2, 'NOTE')`, [task, panel]);
  await run(`INSERT INTO task_reminder (task_id, kind, due_on) VALUES ($1, 'OVERDUE', '2026-02-01')`, [task]);
  await run(
    `INSERT INTO meeting_series (panel_id, rule, starts_on, start_time) VALUES ($1, 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', '2026-01-13', '10:00')`,
    [panel],
  );
  const meeting = await id(
    `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode)
      VALUES ($1, 'Panel meeting', '2026-01-13T10:00:00Z', '2026-01-13T12:00:00Z', 'TEAMS')`,
    [panel],
  );
  const item = await id(`INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title) VALUES ($1, $2, 1, 'WELCOME_APOLOGIES', 'Welcome')`, [
    meeting,
    panel,
  ]);
  await run(`INSERT INTO agenda_item_record (agenda_item_id, record_kind, record_id) VALUES ($1, 'TASK', $2)`, [item, task]);
  const threat = await id(`INSERT INTO emerging_threat (panel_id, title, description) VALUES ($1, 'Cuckooing', 'Seen on two estates')`, [panel]);
  await run(`INSERT INTO emerging_threat_outcome (meeting_id, emerging_threat_id, outcome) VALUES ($1, $2, 'DISCUSSED')`, [meeting, threat]);
  await run(`INSERT INTO meeting_attendance (meeting_id, user_id) VALUES ($1, $2)`, [meeting, user]);
  await run(`INSERT INTO meeting_minutes (meeting_id, panel_id, number, content) VALUES ($1, $2, 1, '{}')`, [meeting, panel]);
  const check = await id(`INSERT INTO hit_check (panel_id, meeting_id) VALUES ($1, $2)`, [panel, meeting]);
  const subject = await id(
    `INSERT INTO hit_check_subject (hit_check_id, panel_id, subject_kind, subject_id, reference, position) VALUES ($1, $2, 'OCG', $3, 'OCG-0001', 1)`,
    [check, panel, ocg],
  );
  await run(`INSERT INTO hit_check_answer (subject_id, agency_id, panel_id, hit) VALUES ($1, $2, $3, true)`, [subject, agency, panel]);
  await run(
    `INSERT INTO record_review (panel_id, subject_kind, subject_id, reference, due_on, decision, rationale, next_review_on, held_since)
     VALUES ($1, 'OCG', $2, 'OCG-0001', '2025-01-01', 'RETAIN', 'Still active', '2027-01-01', now())`,
    [panel, ocg],
  );
  await run(`INSERT INTO record_review_reminder (subject_id, kind, due_on, panel_id) VALUES ($1, 'DUE', '2027-01-01', $2)`, [ocg, panel]);
  await run(`INSERT INTO assessment (panel_id, period_from, period_to, content) VALUES ($1, '2025-07-01', '2025-12-31', '{}')`, [panel]);
  await run(`INSERT INTO audit_event (panel_id, entity_type, entity_id, action) VALUES ($1, 'Ocg', $2, 'CREATE')`, [panel, ocg]);
  await run(`INSERT INTO mail_message (panel_id, kind, recipient, subject, outcome) VALUES ($1, 'TASK_REMINDER', $2, 'Task A-0001 is due', 'SENT')`, [
    panel,
    `rls.${label}@example.test`,
  ]);
  await run(`INSERT INTO membership_review (panel_id, closes_at) VALUES ($1, now() + interval '30 days')`, [panel]);
  const region = await id(`INSERT INTO region (name, kind) VALUES ($1, 'REGIONAL')`, [`Region ${label}`]);
  await run(`INSERT INTO region_panel (region_id, panel_id) VALUES ($1, $2)`, [region, panel]);
  await run(`INSERT INTO consultation (panel_id, action, channel, subjects) VALUES ($1, 'CONSULT', 'GRAPHQL', ARRAY['Nominal:' || $2])`, [
    panel,
    nominal,
  ]);
  return panel;
}

export interface ScopedTable {
  name: string;
  /** SQL naming the panel of a row `r` of the table. */
  panelOf: string;
}

/**
 * From the catalog: every table that names a panel, and every table that hangs from one by a foreign key (its
 * panel is its parent's), so a table added later is covered, or this fails. A partition is read through its
 * parent's policies; the app role has no privilege on the partition itself (audit.spec.ts).
 */
export async function panelTables(ds: DataSource): Promise<ScopedTable[]> {
  const rows: { name: string; direct: boolean; col: string | null; parent: string | null }[] = await ds.query(`
    WITH t AS (SELECT c.oid, c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition),
    direct AS (SELECT t.oid FROM t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attname = 'panel_id' AND NOT a.attisdropped)
    SELECT t.relname AS name, t.oid IN (SELECT oid FROM direct) AS direct, fk.col, fk.parent
      FROM t LEFT JOIN LATERAL (
        SELECT a.attname AS col, p.relname AS parent FROM pg_constraint k
          JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
          JOIN pg_class p ON p.oid = k.confrelid
         WHERE k.conrelid = t.oid AND k.contype = 'f' AND cardinality(k.conkey) = 1 AND k.confrelid IN (SELECT oid FROM direct)
         ORDER BY k.conname LIMIT 1) fk ON true
     ORDER BY 1`);
  const tables: ScopedTable[] = [{ name: 'panel', panelOf: 'r.id' }];
  for (const r of rows) {
    if (r.direct) tables.push({ name: r.name, panelOf: 'r.panel_id' });
    else if (r.parent && !NOT_PANEL_SCOPED.has(r.name)) {
      tables.push({ name: r.name, panelOf: `(SELECT p.panel_id FROM "${r.parent}" p WHERE p.id = r."${r.col}")` });
    }
  }
  return tables;
}

/** Rows of the table that belong to the panel, as the owner (whom no policy holds) counts them. */
export async function ownedBy(ds: DataSource, table: ScopedTable, panelId: string): Promise<number> {
  return (await ds.query(`SELECT count(*)::int AS n FROM "${table.name}" r WHERE ${table.panelOf} = $1`, [panelId]))[0].n;
}

export interface ScopeWorld {
  t: TestApp;
  /** A connection as the app role, held to row-level security: the suite sets its scope. */
  app: pg.Client;
  tables: ScopedTable[];
  /** Two panels with a row in every table. */
  a: string;
  b: string;
  close(): Promise<void>;
}

/** What the row-level-security suites start from: the app, two seeded panels, the tables, the app role's connection. */
export async function startScopeWorld(): Promise<ScopeWorld> {
  const t = await startTestApp();
  const a = await seedEveryTable(t.dataSource);
  const b = await seedEveryTable(t.dataSource);
  const tables = await panelTables(t.dataSource);
  const app = new pg.Client({ connectionString: (await testDatabaseUrls()).app });
  await app.connect();
  return {
    t,
    app,
    tables,
    a,
    b,
    close: async () => {
      await app.end();
      await t.close();
    },
  };
}
