import type { DataSource } from 'typeorm';
import { searchableName } from '@sentinel/shared';
import { either, hitOf, member, personal, type CanaryBook } from './canaries.js';
import type { People } from './seed-people.js';
import { ukForms, worldDate, type RecordIds } from './seed-records.js';

/**
 * Hits between the two panels, as the database finds them when records are written: a nominal held by both
 * (sound-alike surnames, one date of birth) whose details both chairs agreed to share, and panel A's main vehicle
 * held by panel B too, not agreed. A hit shows each panel's chair and coordinator the other panel's name and
 * chairs (seed-people.ts); the shared nominal's details go to the other panel's chair and coordinator; the vehicle's
 * details go nowhere. Keyed `A.shared`, `B.shared`, `A.open`, `B.open` by the side's panel.
 */
export async function seedMatches(ds: DataSource, book: CanaryBook, people: People, ids: RecordIds): Promise<Record<string, string>> {
  const dob = worldDate(book.world, 3);
  book.literal(dob, ukForms(dob), 'nominal A.twin and B.twin', 'dateOfBirth', either(personal('A'), personal('B')));
  const twin: Record<string, string> = {};
  for (const panel of ['A', 'B'] as const) {
    const key = `${panel}.twin`;
    const rule = either(personal(panel), hitOf(panel));
    const surname = book.mint(`nominal ${key}`, 'surname', rule);
    const forenames = book.mint(`nominal ${key}`, 'forenames', rule);
    const alias = book.mint(`nominal ${key}`, 'aliases', rule);
    [{ id: twin[panel] }] = await ds.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames, aliases, date_of_birth, name_search) VALUES ($1, 'N-0009', $2, $3, ARRAY[$4], $5, $6) RETURNING id`,
      [panel === 'A' ? people.panelA : people.panelB, surname, forenames, alias, dob, searchableName(forenames, surname, [alias])],
    );
    ids.nominal[key] = twin[panel];
  }
  ids.vehicle['B.twin'] = (
    await ds.query(
      `INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded, make, model, colour)
       SELECT $1, registration, vrm, vrm_folded, $3, $4, $5 FROM vehicle WHERE id = $2 RETURNING id`,
      [
        people.panelB,
        ids.vehicle['A.main'],
        book.mint('vehicle B.twin', 'make', member('B')),
        book.mint('vehicle B.twin', 'model', member('B')),
        book.mint('vehicle B.twin', 'colour', member('B')),
      ],
    )
  )[0].id;
  const sides: { id: string; panel_id: string; record_id: string }[] = await ds.query(
    `SELECT id, panel_id, record_id FROM cross_panel_match WHERE record_id = ANY($1) AND closed_at IS NULL`,
    [[twin.A, twin.B, ids.vehicle['A.main'], ids.vehicle['B.twin']]],
  );
  const match: Record<string, string> = {};
  for (const s of sides) {
    const panel = s.panel_id === people.panelA ? 'A' : 'B';
    match[`${panel}.${s.record_id === twin.A || s.record_id === twin.B ? 'shared' : 'open'}`] = s.id;
  }
  if (Object.keys(match).length !== 4) throw new Error(`the canary world's hits were not found: ${JSON.stringify(match)}`);
  for (const [panel, chair] of [
    ['A', people.users.chair.userId],
    ['B', people.users.chairB.userId],
  ] as const) {
    await ds.query(`UPDATE cross_panel_match SET agreed_by = $2, agreed_at = now() WHERE id = $1`, [match[`${panel}.shared`], chair]);
  }
  return match;
}
