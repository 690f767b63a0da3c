// The national scale: 43 panels of the force scale on one database, as one deployment serving every force of
// England and Wales would hold them, with the regional units and the national unit over them. Deterministic, and
// idempotent: a panel or its records already there are left as they are, so an interrupted run can be run again.
import { FORCE_SCALE, seedForceScale } from './force-scale.mjs';

export const NATIONAL_PANELS = 43;

/** The regional organised crime units of England and Wales; panels are shared out between them in turn. */
const REGIONAL_UNITS = [
  'North East ROCU',
  'North West ROCU',
  'Yorkshire and the Humber ROCU',
  'East Midlands ROCU',
  'West Midlands ROCU',
  'Eastern ROCU',
  'South East ROCU',
  'South West ROCU',
  'Wales ROCU',
  'London ROCU',
];
const NATIONAL_UNIT = 'Opal (national)';

const AGENCIES = [
  ['Serious and Organised Crime Unit', 'POLICE_UNIT', '{CRIME,VEHICLES}'],
  ['HM Revenue and Customs', 'GOVERNMENT_DEPARTMENT', '{BUSINESS,LIFESTYLE}'],
  ['Department for Work and Pensions', 'GOVERNMENT_DEPARTMENT', '{LIFESTYLE}'],
  ['Council - Licensing', 'LOCAL_AUTHORITY_SERVICE', '{BUSINESS}'],
  ['Fire and Rescue Service', 'EMERGENCY_SERVICE', '{BUSINESS}'],
  ['Probation Service', 'PRISON_AND_PROBATION', '{BEHAVIOUR}'],
];

const code = (i) => `F${String(i).padStart(2, '0')}`;

/**
 * Seeds the national scale through `connect()` (a new owner connection each time: the force scale's temporary
 * tables belong to its session). The demo's panels count among the 43. `progress(done, total, label)` after each.
 */
export async function seedNationalScale(connect, progress = () => undefined) {
  const client = await connect();
  let panels;
  try {
    const { rows: demo } = await client.query(`SELECT id FROM panel WHERE code IN ('NMR', 'EVL') ORDER BY code DESC`);
    if (!demo.length) throw new Error('The demo panel is not there: run `npm start` once first, so the database is migrated and holds the demo');
    const [{ password_hash: hash }] = (await client.query(`SELECT password_hash FROM app_user WHERE email = 'chair@northmoor.police.example'`)).rows;
    panels = demo.map((r) => r.id);
    for (let i = 1; panels.length < NATIONAL_PANELS; i++) panels.push(await generatedPanel(client, i, hash));
  } finally {
    await client.end();
  }
  for (const [n, panelId] of panels.entries()) {
    const c = await connect();
    try {
      const { rows } = await c.query(`SELECT 1 FROM ocg WHERE panel_id = $1 AND reference = 'G-00001'`, [panelId]);
      if (!rows.length) await seedForceScale(c, panelId);
    } finally {
      await c.end();
    }
    progress(n + 1, panels.length, 'panels');
  }
  const c = await connect();
  try {
    await regions(c, panels);
    await c.query('ANALYZE');
  } finally {
    await c.end();
  }
  return { panels: panels.length, perPanel: FORCE_SCALE };
}

/** A force's panel with its agencies and a chair, made once. */
async function generatedPanel(client, i, hash) {
  const found = await client.query(`SELECT id FROM panel WHERE code = $1`, [code(i)]);
  if (found.rows.length) return found.rows[0].id;
  await client.query('BEGIN');
  try {
    const [panel] = (
      await client.query(`INSERT INTO panel (code, name, force_name) VALUES ($1, $2, $3) RETURNING id`, [
        code(i),
        `Force ${String(i).padStart(2, '0')} OCG Disruption Panel`,
        `Force ${String(i).padStart(2, '0')} Police`,
      ])
    ).rows;
    const agencies = [];
    for (const [name, kind, headings] of AGENCIES) {
      const { rows } = await client.query(
        `INSERT INTO agency (panel_id, name, kind, tactic_headings, isa_reference, isa_signed_on, isa_expires_on, isa_covers_personal_data)
         VALUES ($1, $2, $3, $4, $5, current_date - 300, current_date + 400, true) RETURNING id`,
        [panel.id, name, kind, headings, `${code(i)}-ISA-${agencies.length + 1}`],
      );
      agencies.push(rows[0].id);
    }
    const [chair] = (
      await client.query(`INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [
        `chair@force${String(i).padStart(2, '0')}.police.example`,
        `Chair of Force ${String(i).padStart(2, '0')}`,
        agencies[0],
        hash,
      ])
    ).rows;
    await client.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'CHAIR')`, [panel.id, chair.id]);
    await client.query('COMMIT');
    return panel.id;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Each panel in one regional unit (the demo's two in the first), every panel in the national unit, its analyst in both. */
async function regions(client, panels) {
  const ensure = async (name, kind) => {
    const { rows } = await client.query(
      `INSERT INTO region (name, kind) VALUES ($1, $2) ON CONFLICT ((lower(name))) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [name, kind],
    );
    return rows[0].id;
  };
  const units = [];
  for (const name of REGIONAL_UNITS) units.push(await ensure(name, 'REGIONAL'));
  const national = await ensure(NATIONAL_UNIT, 'NATIONAL');
  const pairs = panels.map((panelId, i) => [i < 2 ? units[0] : units[(i - 2) % units.length], panelId]);
  await client.query(
    `INSERT INTO region_panel (region_id, panel_id) SELECT r, p FROM unnest($1::uuid[], $2::uuid[]) AS x(r, p) ON CONFLICT DO NOTHING`,
    [pairs.map(([r]) => r), pairs.map(([, p]) => p)],
  );
  await client.query(`INSERT INTO region_panel (region_id, panel_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [national, panels]);
  await client.query(
    `INSERT INTO region_member (region_id, user_id, role) SELECT $1, id, 'ANALYST' FROM app_user WHERE email = 'analyst@rocu.police.example'
     ON CONFLICT DO NOTHING`,
    [national],
  );
}
