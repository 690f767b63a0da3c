import type { EntityManager } from 'typeorm';
import { addDays, londonToday, searchableName } from '@sentinel/shared';

/**
 * A neighbouring force's smaller panel, and the regional organised crime unit over both panels with its analyst, so
 * that a region's figures are seen across two panels. The analyst sits on no panel. Eastvale also holds a man whom
 * Northmoor holds (Dean Hollis, born 14 March 1988, spelt Hollies there): a hit between the two panels' chairs.
 */
export async function loadDemoRegion(m: EntityManager, northmoorPanelId: string, passwordHash: string): Promise<void> {
  const today = londonToday();
  const [panel]: { id: string }[] = await m.query(
    `INSERT INTO panel (code, name, force_name) VALUES ('EVL', 'Eastvale OCG Disruption Panel', 'Eastvale Constabulary') RETURNING id`,
  );
  const [agency]: { id: string }[] = await m.query(
    `INSERT INTO agency (panel_id, name, kind, tactic_headings, isa_reference, isa_signed_on, isa_expires_on, isa_covers_personal_data)
     VALUES ($1, 'Eastvale Constabulary - Serious and Organised Crime Unit', 'POLICE_UNIT', ARRAY['CRIME','VEHICLES'], 'EVL-ISA-001', $2, $3, true)
     RETURNING id`,
    [panel.id, addDays(today, -500), addDays(today, 500)],
  );
  const [chair]: { id: string }[] = await m.query(
    `INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ('chair@eastvale.police.example', 'Det Supt Morgan Hale', $1, $2) RETURNING id`,
    [agency.id, passwordHash],
  );
  await m.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'CHAIR')`, [panel.id, chair.id]);
  const groups: [ref: string, name: string, status: string, score: number, crime: string][] = [
    ['EVL-OCG-001', 'Harbour Road network', 'ACTIVE', 62, 'DRUGS_SUPPLY'],
    ['EVL-OCG-002', 'Moorside vehicle crime group', 'ACTIVE', 41, 'ORGANISED_ACQUISITIVE_CRIME'],
    ['EVL-OCG-003', 'Quayside cash couriers', 'EMERGING', 28, 'MONEY_LAUNDERING'],
  ];
  for (const [i, [reference, name, status, score, crime]] of groups.entries()) {
    const [ocg]: { id: string }[] = await m.query(
      `INSERT INTO ocg (panel_id, reference, name, status, score_total, crime_types, created_at, date_mapped)
       VALUES ($1, $2, $3, $4, $5, ARRAY[$6], now() - make_interval(days => $7), $8) RETURNING id`,
      [panel.id, reference, name, status, score, crime, 200 - i * 40, addDays(today, -(200 - i * 40))],
    );
    for (let d = 0; d < 2; d++) {
      await m.query(
        `INSERT INTO disruption (panel_id, ocg_id, occurred_on, agency_id, strand, tactic_heading, description, impact, rationale,
                                 arrests, charges, cash_seized_gbp, drugs_seized)
         VALUES ($1, $2, $3, $4, 'PURSUE', 'CRIME', 'Warrant executed at a linked address', $5, 'Key members arrested and stock seized',
                 $6, $7, $8, $9::jsonb)`,
        [
          panel.id,
          ocg.id,
          addDays(today, -(30 + i * 20 + d * 45)),
          agency.id,
          d ? 'MODERATE' : 'MAJOR',
          2 + i,
          1 + i,
          2500 * (i + 1),
          JSON.stringify(crime === 'DRUGS_SUPPLY' ? [{ type: 'Cocaine', kg: 0.75 + d }] : []),
        ],
      );
    }
  }
  const [harbourRoad]: { id: string }[] = await m.query(`SELECT id FROM ocg WHERE panel_id = $1 AND reference = 'EVL-OCG-001'`, [panel.id]);
  const [nominal]: { id: string }[] = await m.query(
    `INSERT INTO nominal (panel_id, reference, surname, forenames, aliases, date_of_birth, next_review_on, name_search, created_by)
     VALUES ($1, 'N-0001', 'Hollies', 'Dean Michael', ARRAY['Dino'], '1988-03-14', $2, $3, $4) RETURNING id`,
    [panel.id, addDays(today, 180), searchableName('Dean Michael', 'Hollies', ['Dino']), chair.id],
  );
  await m.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, 'SIGNIFICANT')`, [harbourRoad.id, nominal.id]);
  await m.query(`UPDATE panel SET next_nominal_number = 2 WHERE id = $1`, [panel.id]);
  const [region]: { id: string }[] = await m.query(`INSERT INTO region (name, kind) VALUES ('North East ROCU', 'REGIONAL') RETURNING id`);
  await m.query(`INSERT INTO region_panel (region_id, panel_id) VALUES ($1, $2), ($1, $3)`, [region.id, northmoorPanelId, panel.id]);
  const [analyst]: { id: string }[] = await m.query(
    `INSERT INTO app_user (email, name, password_hash) VALUES ('analyst@rocu.police.example', 'Jordan Reid', $1) RETURNING id`,
    [passwordHash],
  );
  await m.query(`INSERT INTO region_member (region_id, user_id, role) VALUES ($1, $2, 'ANALYST')`, [region.id, analyst.id]);
}
