import type { EntityManager } from 'typeorm';
import {
  addDays,
  formatReference,
  londonToday,
  scoreTotal,
  searchableName,
  tierFor,
  DEFAULT_TIERS,
  foldRegistration,
  normaliseRegistration,
} from '@sentinel/shared';
import type { CrimeType, NominalRole, OcgStatus } from '@sentinel/shared';
import { loadDemoActivity } from './demo-activity.js';

type Group = [name: string, status: OcgStatus, crimes: CrimeType[], areas: string[], scores: number[][], summary: string];

// Fictional groups of a fictional force; every name, plate and address is made up.
const GROUPS: Group[] = [
  [
    'Operation Larch',
    'ACTIVE',
    ['DRUGS_SUPPLY', 'COUNTY_LINES_CCE'],
    ['Eastfield', 'Harbour'],
    [
      [3, 3, 3, 4, 3, 3, 2],
      [4, 3, 3, 5, 4, 3, 3],
    ],
    'Class A supply line from the city into Eastfield, using local children to hold and run drugs.',
  ],
  [
    'Operation Ember',
    'ACTIVE',
    ['FIREARMS', 'DRUGS_SUPPLY'],
    ['Westgate'],
    [[5, 4, 2, 3, 4, 4, 3]],
    'Wholesale cannabis and cocaine group with access to converted firearms.',
  ],
  [
    'The Crossley Family',
    'ACTIVE',
    ['MONEY_LAUNDERING', 'FRAUD', 'ILLEGAL_MONEY_LENDING'],
    ['Northmoor town centre'],
    [
      [2, 3, 2, 4, 4, 4, 4],
      [2, 3, 3, 4, 4, 4, 4],
    ],
    'Family network laundering cash through car washes and takeaways; loan sharking on the Brookside estate.',
  ],
  [
    'Operation Quarry',
    'ACTIVE',
    ['MODERN_SLAVERY_HUMAN_TRAFFICKING', 'ORGANISED_IMMIGRATION_CRIME'],
    ['Harbour', 'Industrial estate'],
    [[4, 3, 4, 5, 3, 3, 3]],
    'Labour exploitation in hand car washes and a food packing plant.',
  ],
  [
    'Operation Kestrel',
    'ACTIVE',
    ['ORGANISED_ACQUISITIVE_CRIME'],
    ['A19 corridor', 'Westgate'],
    [[3, 2, 4, 2, 4, 3, 3]],
    'Theft of high-value cars to order, keyless entry, cars moved through the port.',
  ],
  [
    'Operation Tinsel',
    'EMERGING',
    ['ORGANISED_RETAIL_CRIME'],
    ['Northmoor town centre', 'Retail park'],
    [[2, 3, 2, 2, 4, 2, 2]],
    'Travelling shoplifting team stripping chemists and supermarkets to order.',
  ],
  [
    'Operation Slate',
    'ACTIVE',
    ['WASTE_ENVIRONMENTAL_CRIME'],
    ['Moorside'],
    [[2, 4, 2, 2, 3, 3, 2]],
    'Illegal waste sites and fly-tipping on farmland, linked to an unlicensed skip business.',
  ],
  [
    'Operation Harrier',
    'DORMANT',
    ['DRUGS_SUPPLY'],
    ['Brookside'],
    [[3, 3, 2, 3, 2, 2, 2]],
    'Cannabis cultivation group; principal remanded, activity low since the spring.',
  ],
  [
    'Operation Lantern',
    'EMERGING',
    ['CYBER_ENABLED_CRIME', 'FRAUD'],
    ['Force-wide'],
    [[2, 2, 4, 4, 3, 3, 2]],
    'Courier and romance fraud targeting older residents, money mules recruited online.',
  ],
  [
    'Operation Osprey',
    'ACTIVE',
    ['COUNTY_LINES_CCE', 'DRUGS_SUPPLY'],
    ['Moorside', 'Eastfield'],
    [
      [4, 3, 3, 5, 4, 3, 3],
      [4, 4, 3, 5, 5, 3, 3],
    ],
    'Second county line into Moorside; cuckooing of vulnerable tenants.',
  ],
  [
    'Operation Granite',
    'DISMANTLED',
    ['FIREARMS'],
    ['Westgate'],
    [
      [5, 4, 2, 3, 3, 3, 2],
      [3, 2, 2, 2, 1, 1, 1],
    ],
    'Supplier of reactivated firearms; principals convicted.',
  ],
  [
    'Operation Bramble',
    'ARCHIVED',
    ['ORGANISED_ACQUISITIVE_CRIME'],
    ['Rural north'],
    [[2, 2, 3, 2, 2, 2, 2]],
    'Farm machinery thefts; archived after three years without activity.',
  ],
];

type Person = [
  surname: string,
  forenames: string,
  aliases: string[],
  dob: string | null,
  flags: ('vulnerable' | 'child' | 'risk')[],
  groups: [number, NominalRole][],
];

const PEOPLE: Person[] = [
  [
    'Hollis',
    'Dean',
    ['Deano'],
    '1988-03-14',
    ['risk'],
    [
      [0, 'PRINCIPAL'],
      [9, 'SIGNIFICANT'],
    ],
  ],
  ['Okoro', 'Marcus', [], '1995-11-02', [], [[0, 'SIGNIFICANT']]],
  [
    'Smith',
    'John',
    ['Smudge', 'Jonny S'],
    '1992-06-21',
    [],
    [
      [0, 'PERIPHERAL'],
      [4, 'ASSOCIATE'],
    ],
  ],
  ['Reilly', 'Kayden', [], '2009-01-30', ['child', 'vulnerable'], [[0, 'PERIPHERAL']]],
  ['Price', 'Tyler', ['T'], '2008-08-08', ['child', 'vulnerable'], [[9, 'PERIPHERAL']]],
  ['Vance', 'Lee', ['Big Lee'], '1979-12-01', ['risk'], [[1, 'PRINCIPAL']]],
  [
    'Marsh',
    'Gemma',
    [],
    '1990-05-17',
    [],
    [
      [1, 'SIGNIFICANT'],
      [2, 'ASSOCIATE'],
    ],
  ],
  [
    'Kowalski',
    'Piotr',
    ['Pete'],
    '1985-02-11',
    [],
    [
      [1, 'PERIPHERAL'],
      [10, 'SIGNIFICANT'],
    ],
  ],
  ['Crossley', 'Raymond', ['Ray'], '1962-09-09', [], [[2, 'PRINCIPAL']]],
  ['Crossley', 'Shannon', [], '1987-04-04', [], [[2, 'SIGNIFICANT']]],
  ['Crossley', 'Jordan', [], '1991-10-12', [], [[2, 'PERIPHERAL']]],
  ['Dragomir', 'Ionut', [], '1983-07-23', [], [[3, 'PRINCIPAL']]],
  ['Bălan', 'Andrei', ['Andy'], '1994-01-05', [], [[3, 'SIGNIFICANT']]],
  ['Tanaka', 'Rob', [], '1989-11-30', [], [[3, 'ASSOCIATE']]],
  ['Fletcher', 'Connor', ['Fletch'], '1993-03-03', ['risk'], [[4, 'PRINCIPAL']]],
  ['Ahmed', 'Sami', [], '1997-09-15', [], [[4, 'SIGNIFICANT']]],
  ['Doyle', 'Kieran', [], '1996-12-24', [], [[5, 'PRINCIPAL']]],
  ['Doyle', 'Chantelle', ['Chan'], '1998-02-14', [], [[5, 'SIGNIFICANT']]],
  ['Morrow', 'Gary', [], '1975-06-06', [], [[6, 'PRINCIPAL']]],
  [
    'Pearce',
    'Nathan',
    [],
    '1980-08-19',
    [],
    [
      [6, 'SIGNIFICANT'],
      [11, 'PRINCIPAL'],
    ],
  ],
  ['Quinn', 'Darren', ['DQ'], '1986-10-10', [], [[7, 'PRINCIPAL']]],
  ['Nguyen', 'Van Long', [], '1999-04-22', ['vulnerable'], [[7, 'PERIPHERAL']]],
  ['Sterling', 'Mia', ['Mia S'], '1994-07-07', [], [[8, 'PRINCIPAL']]],
  ['Haines', 'Oliver', [], '2001-05-05', ['vulnerable'], [[8, 'PERIPHERAL']]],
  ['Ward', 'Reece', ['Reecey'], '1999-09-09', [], [[9, 'PRINCIPAL']]],
  ['Ellis', 'Jade', [], '2000-01-01', [], [[9, 'SIGNIFICANT']]],
  ['Bryant', 'Craig', [], '1970-03-21', [], [[10, 'PRINCIPAL']]],
  ['Shaw', 'Kelly', [], '1978-11-11', [], [[11, 'SIGNIFICANT']]],
];

const VEHICLES: [reg: string, make: string, model: string, colour: string, group: number, person: number | null][] = [
  ['NM19 XKD', 'BMW', '3 Series', 'Black', 0, 0],
  ['YD68 LKP', 'Volkswagen', 'Golf', 'Grey', 0, 1],
  ['AB12 CDE', 'Audi', 'A3', 'White', 4, 2],
  ['KX21 OPL', 'Mercedes-Benz', 'Sprinter', 'White', 1, 5],
  ['FN70 BRW', 'Range Rover', 'Sport', 'Black', 2, 8],
  ['LB17 TYC', 'Ford', 'Transit', 'Silver', 3, 11],
  ['SK66 WFD', 'Toyota', 'Prius', 'Blue', 5, 16],
  ['VU20 HGT', 'Iveco', 'Daily tipper', 'Yellow', 6, 18],
  ['OY18 MNE', 'Seat', 'Leon', 'Red', 9, 24],
  ['WR15 ZZA', 'Vauxhall', 'Corsa', 'Black', 9, null],
];

// Positions sit inside the areas drawn in web/public/geo/northmoor-areas.geojson.
const PLACES: [
  label: string,
  kind: 'HOME' | 'BUSINESS' | 'PREMISES' | 'HOTSPOT',
  area: string,
  highHarm: boolean,
  chb: 'CLEAR' | 'HOLD' | 'BUILD' | null,
  group: number,
  latitude: number,
  longitude: number,
][] = [
  ['Flat 4, Alder Court, Eastfield', 'PREMISES', 'Eastfield', true, 'HOLD', 0, 54.605, -1.455],
  ['Eastfield Park and the underpass', 'HOTSPOT', 'Eastfield', true, 'CLEAR', 0, 54.598, -1.442],
  ['Sparkle Hand Car Wash, Dock Road', 'BUSINESS', 'Harbour', true, null, 3, 54.601, -1.39],
  ['Unit 7, Marsh Lane Industrial Estate', 'PREMISES', 'Industrial estate', false, null, 1, 54.568, -1.445],
  ['Golden Dragon Takeaway, High Street', 'BUSINESS', 'Northmoor town centre', false, null, 2, 54.604, -1.5],
  ['Brookside estate, Linden Walk', 'HOTSPOT', 'Brookside', true, 'BUILD', 2, 54.57, -1.5],
  ['Field off Moor Lane, Moorside', 'PREMISES', 'Moorside', true, 'CLEAR', 6, 54.645, -1.52],
  ['Retail park, Junction 3', 'HOTSPOT', 'Retail park', false, null, 5, 54.568, -1.555],
  ['22 Fern Street, Moorside', 'HOME', 'Moorside', true, 'HOLD', 9, 54.638, -1.48],
];

/** A dozen groups with people, vehicles, places, score history, intelligence, a plan and disruptions. */
export async function loadDemoOcgs(m: EntityManager, panelId: string, agencies: string[], users: Record<string, string>): Promise<string[]> {
  const today = londonToday();
  const police = agencies[0];
  const lro = users['soc.lead@northmoor.police.example'];
  const ocgIds: string[] = [];
  for (const [i, [name, status, crimes, areas, scores, summary]] of GROUPS.entries()) {
    const last = scores[scores.length - 1];
    const [row] = await m.query(
      `INSERT INTO ocg (panel_id, reference, name, status, crime_types, areas, summary, lro_user_id, sro_user_id, date_mapped, next_review_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $8) RETURNING id`,
      [
        panelId,
        formatReference('OCG', i + 1),
        name,
        status,
        crimes,
        areas,
        summary,
        lro,
        users['chair@northmoor.police.example'],
        addDays(today, -400 + i * 20),
        addDays(today, 30 + i * 7),
      ],
    );
    ocgIds.push(row.id);
    // Established groups have been on the system since they were mapped; only the emerging ones are new since the
    // last panel (so a seeded agenda introduces them under "New groups and referrals", and reviews the others).
    if (status !== 'EMERGING') {
      await m.query(
        `UPDATE ocg SET created_at = $2::date, status_changed_at = CASE WHEN $3 THEN now() - interval '1 day' ELSE $2::date END WHERE id = $1`,
        [row.id, addDays(today, -400 + i * 20), status === 'DISMANTLED'],
      );
    }
    for (const [k, s] of scores.entries()) {
      const parts = {
        harmPhysical: s[0],
        harmCommunity: s[1],
        harmGeographic: s[2],
        harmVulnerability: s[3],
        likelihood: s[4],
        capability: s[5],
        capacity: s[6],
      };
      const total = scoreTotal(parts);
      await m.query(
        `INSERT INTO ocg_score (ocg_id, panel_id, harm_physical, harm_community, harm_geographic, harm_vulnerability, likelihood, capability, capacity,
                                confidence, scale_max, total, tier, rationale, scored_by, scored_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 5, $11, $12, $13, $14, now() - make_interval(days => $15))`,
        [
          row.id,
          panelId,
          s[0],
          s[1],
          s[2],
          s[3],
          s[4],
          s[5],
          s[6],
          k === scores.length - 1 ? 'HIGH' : 'MEDIUM',
          total,
          tierFor(total, DEFAULT_TIERS),
          k === 0 ? 'Initial mapping.' : 'Rescored at panel after new intelligence.',
          lro,
          (scores.length - k) * 60 - 30,
        ],
      );
    }
    const total = scoreTotal({
      harmPhysical: last[0],
      harmCommunity: last[1],
      harmGeographic: last[2],
      harmVulnerability: last[3],
      likelihood: last[4],
      capability: last[5],
      capacity: last[6],
    });
    await m.query(`UPDATE ocg SET score_total = $2, tier = $3, scored_at = now() - interval '30 days' WHERE id = $1`, [
      row.id,
      total,
      tierFor(total, DEFAULT_TIERS),
    ]);
  }
  await m.query(`UPDATE panel SET next_ocg_number = $2 WHERE id = $1`, [panelId, GROUPS.length + 1]);

  const nominalIds: string[] = [];
  for (const [i, [surname, forenames, aliases, dob, flags, groups]] of PEOPLE.entries()) {
    const [row] = await m.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames, aliases, date_of_birth, is_vulnerable, is_child, risk_to_officers, next_review_on, name_search, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        panelId,
        formatReference('N', i + 1),
        surname,
        forenames,
        aliases,
        dob,
        flags.includes('vulnerable'),
        flags.includes('child'),
        flags.includes('risk'),
        addDays(today, 60 + i * 3),
        searchableName(forenames, surname, aliases),
        lro,
      ],
    );
    nominalIds.push(row.id);
    for (const [g, role] of groups)
      await m.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, $3)`, [ocgIds[g], row.id, role]);
  }
  await m.query(`UPDATE panel SET next_nominal_number = $2 WHERE id = $1`, [panelId, PEOPLE.length + 1]);
  // Due for review (MoPI): the dismantled group and three of the people, for the lead officer's queue.
  await m.query(`UPDATE ocg SET next_review_on = $2 WHERE panel_id = $1 AND status = 'DISMANTLED'`, [panelId, addDays(today, -6)]);
  await m.query(
    `UPDATE nominal n SET next_review_on = d.due FROM unnest($2::text[], $3::date[]) AS d(surname, due) WHERE n.panel_id = $1 AND n.surname = d.surname`,
    [panelId, ['Price', 'Tanaka', 'Morrow'], [addDays(today, -6), addDays(today, -2), addDays(today, -20)]],
  );

  for (const [reg, make, model, colour, g, person] of VEHICLES) {
    const vrm = normaliseRegistration(reg);
    const [v] = await m.query(
      `INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded, make, model, colour) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [panelId, reg, vrm, foldRegistration(vrm), make, model, colour],
    );
    await m.query(`INSERT INTO ocg_vehicle (ocg_id, vehicle_id) VALUES ($1, $2)`, [ocgIds[g], v.id]);
    if (person !== null) await m.query(`INSERT INTO nominal_vehicle (nominal_id, vehicle_id) VALUES ($1, $2)`, [nominalIds[person], v.id]);
  }
  for (const [label, kind, area, highHarm, chb, g, latitude, longitude] of PLACES) {
    const [p] = await m.query(
      `INSERT INTO place (panel_id, label, kind, area, high_harm, chb_phase, latitude, longitude) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [panelId, label, kind, area, highHarm, chb, latitude, longitude],
    );
    await m.query(`INSERT INTO ocg_place (ocg_id, place_id) VALUES ($1, $2)`, [ocgIds[g], p.id]);
  }

  await loadDemoActivity(m, panelId, agencies, lro, police, ocgIds, nominalIds, today);
  return ocgIds;
}
