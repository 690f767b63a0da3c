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

  await loadActivity(m, panelId, agencies, lro, police, ocgIds, nominalIds, today);
  return ocgIds;
}

async function loadActivity(
  m: EntityManager,
  panelId: string,
  agencies: string[],
  lro: string,
  police: string,
  ocgIds: string[],
  nominalIds: string[],
  today: string,
) {
  // Positions in the demo agency list (demo-data.ts).
  const [hmrc, dwp, border, licensing, tradingStandards, fire, probation, environment, gla] = [5, 6, 7, 10, 11, 14, 15, 16, 17].map(
    (i) => agencies[i],
  );
  const intel: [
    g: number,
    agency: string,
    text: string,
    src: string,
    grade: string,
    handling: 'P' | 'C',
    conditions: string | null,
    recipients: string[],
  ][] = [
    [0, police, 'Two local children seen collecting packages from the Alder Court flat after school on three occasions.', 'S1', 'B', 'P', null, []],
    [
      0,
      police,
      'Line number changed last month; new handset linked to the principal by a covert source.',
      'S2',
      'C',
      'C',
      'Not to be disclosed outside police and HMRC; source protection.',
      [hmrc],
    ],
    [1, police, 'Converted blank-firing pistol offered for sale in Westgate pub car park.', 'S2', 'B', 'P', null, []],
    [2, hmrc, 'Car wash turnover declared at five times the sector average for its size.', 'S1', 'A', 'P', null, []],
    [
      2,
      dwp,
      'Two family members claim Universal Credit while named as directors of the takeaway.',
      'S1',
      'A',
      'C',
      'For DWP and police investigation only.',
      [police],
    ],
    [3, gla, 'Workers at the packing plant report passports held by a supervisor.', 'S2', 'B', 'P', null, []],
    [4, border, 'Three stolen vehicles recovered in containers at the port booked by the same freight agent.', 'S1', 'A', 'P', null, []],
    [6, environment, 'Drone survey shows around 400 tonnes of mixed waste at the Moor Lane field.', 'S1', 'A', 'P', null, []],
    [9, police, 'Vulnerable tenant at Fern Street believed to be cuckooed; daily callers reported by neighbours.', 'S2', 'B', 'P', null, []],
    [9, probation, 'Principal missed two appointments; address compliance in doubt.', 'S1', 'A', 'P', null, []],
  ];
  for (const [i, [g, agency, text, src, grade, handling, conditions, recipients]] of intel.entries()) {
    const [row] = await m.query(
      `INSERT INTO intelligence (panel_id, subject_kind, subject_id, recorded_on, submitting_agency_id, text, source_grade, intelligence_grade, handling, handling_conditions, created_by)
       VALUES ($1, 'OCG', $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [panelId, ocgIds[g], addDays(today, -90 + i * 8), agency, text, src, grade, handling, conditions, lro],
    );
    for (const r of recipients) await m.query(`INSERT INTO intelligence_recipient (intelligence_id, agency_id) VALUES ($1, $2)`, [row.id, r]);
  }
  await m.query(
    `INSERT INTO intelligence (panel_id, subject_kind, subject_id, recorded_on, submitting_agency_id, text, source_grade, intelligence_grade, handling, created_by)
     VALUES ($1, 'NOMINAL', $2, $3, $4, 'Seen driving NM19 XKD with a 14-year-old passenger late at night.', 'S1', 'A', 'P', $5)`,
    [panelId, nominalIds[0], addDays(today, -20), police, lro],
  );

  const objectives: [g: number, strand: string, text: string, owner: string, headings: string[]][] = [
    [0, 'PURSUE', 'Evidence the supply chain and arrest the principal and his lieutenant.', police, ['CRIME']],
    [0, 'PROTECT', 'Safeguard the children running for the line and close the Alder Court flat.', agencies[3], ['BEHAVIOUR']],
    [0, 'PREVENT', 'Diversion places for the two younger runners through youth services.', agencies[13], ['BEHAVIOUR']],
    [2, 'PURSUE', 'Tax assessment and restraint of the car wash proceeds.', hmrc, ['BUSINESS', 'LIFESTYLE']],
    [2, 'PURSUE', 'Licence review of the takeaway.', licensing, ['BUSINESS']],
    [3, 'PROTECT', 'Identify and safeguard exploited workers with the GLAA and the Salvation Army.', gla, ['BUSINESS']],
    [6, 'PURSUE', 'Enforcement notice and prosecution for the illegal waste site.', environment, ['BUSINESS', 'VEHICLES']],
  ];
  for (const [g, strand, text, owner, headings] of objectives) {
    await m.query(
      `INSERT INTO ocg_objective (ocg_id, panel_id, strand, objective, owner_agency_id, tactic_headings) VALUES ($1, $2, $3, $4, $5, $6)`,
      [ocgIds[g], panelId, strand, text, owner, headings],
    );
  }

  type D = [
    g: number,
    daysAgo: number,
    agency: string,
    strand: string,
    tactic: string,
    description: string,
    impact: string,
    rationale: string,
    outcomes: Record<string, number>,
    drugs: { type: string; kg: number }[],
  ];
  const disruptions: D[] = [
    [
      0,
      150,
      police,
      'PURSUE',
      'CRIME',
      'Warrant at Alder Court: drugs, cash and two phones seized.',
      'MAJOR',
      'Line went quiet for three weeks and the principal moved address.',
      { arrests: 3, charges: 2, cash_seized_gbp: 8450 },
      [
        { type: 'Cocaine', kg: 0.42 },
        { type: 'Heroin', kg: 0.18 },
      ],
    ],
    [
      0,
      80,
      agencies[3],
      'PROTECT',
      'BEHAVIOUR',
      'Two children referred to the exploitation hub and placed on safety plans.',
      'MODERATE',
      'Both stopped running for the line; one has since been seen with the group again.',
      { children_safeguarded: 2 },
      [],
    ],
    [
      0,
      20,
      police,
      'PURSUE',
      'VEHICLES',
      'NM19 XKD seized for no insurance.',
      'MINOR',
      'Removed the main transport; replaced within a week.',
      { vehicles_seized: 1 },
      [],
    ],
    [
      1,
      120,
      police,
      'PURSUE',
      'CRIME',
      'Firearm and ammunition recovered from Unit 7.',
      'MAJOR',
      'Removed the group’s only known weapon.',
      { arrests: 1, charges: 1, firearms: 1, rounds: 24, custodial_years: 6 },
      [],
    ],
    [
      2,
      200,
      hmrc,
      'PURSUE',
      'BUSINESS',
      'Tax assessment raised against the car wash business.',
      'MODERATE',
      'Cash flow through the business fell by half.',
      { tax_actions: 1 },
      [],
    ],
    [
      2,
      60,
      licensing,
      'PURSUE',
      'BUSINESS',
      'Premises licence of the takeaway reviewed and suspended.',
      'MODERATE',
      'Closed a laundering outlet for three months.',
      { licences_reviewed: 1, licences_revoked: 1, premises_closed: 1 },
      [],
    ],
    [
      2,
      45,
      dwp,
      'PURSUE',
      'LIFESTYLE',
      'Benefit claims of two family members stopped after investigation.',
      'MINOR',
      'Small financial impact; tells the family agencies are sharing.',
      { benefit_actions: 2 },
      [],
    ],
    [
      3,
      90,
      gla,
      'PROTECT',
      'BUSINESS',
      'Joint visit to the packing plant; workers identified and safeguarded.',
      'MAJOR',
      'Eleven workers removed from exploitation; supervisor arrested.',
      { adults_safeguarded: 11, arrests: 1 },
      [],
    ],
    [
      4,
      70,
      border,
      'PURSUE',
      'TRAVEL',
      'Stolen cars intercepted in containers at the port.',
      'MAJOR',
      'Export route closed; group switched to selling parts locally.',
      { vehicles_seized: 3, arrests: 2 },
      [],
    ],
    [
      5,
      30,
      tradingStandards,
      'PURSUE',
      'BUSINESS',
      'Test purchase and seizure of stolen stock from a market stall.',
      'MINOR',
      'Outlet closed; stock was small.',
      { premises_closed: 1 },
      [],
    ],
    [
      6,
      40,
      environment,
      'PURSUE',
      'VEHICLES',
      'Tipper lorry seized at the Moor Lane site.',
      'MODERATE',
      'Stopped deposits at the site.',
      { vehicles_seized: 1 },
      [],
    ],
    [
      7,
      300,
      police,
      'PURSUE',
      'CRIME',
      'Cannabis factory dismantled at Brookside.',
      'MAJOR',
      'Principal remanded; group dormant since.',
      { arrests: 2, charges: 2, custodial_years: 4.5 },
      [{ type: 'Cannabis', kg: 12.5 }],
    ],
    [
      9,
      15,
      fire,
      'PROTECT',
      'BEHAVIOUR',
      'Safe and well visit to the cuckooed tenant with a partner agency.',
      'NONE',
      'Tenant declined support; kept the door open for later.',
      {},
      [],
    ],
    [
      9,
      10,
      probation,
      'PURSUE',
      'BEHAVIOUR',
      'Principal recalled to prison for breach of licence.',
      'NEGATIVE',
      'A younger, more violent member stepped up while he was away.',
      { custodial_years: 0.5 },
      [],
    ],
    [
      10,
      500,
      police,
      'PURSUE',
      'CRIME',
      'Armourer convicted after a two-year investigation.',
      'MAJOR',
      'Supply of reactivated weapons ended; group dismantled.',
      { arrests: 4, charges: 4, custodial_years: 22, firearms: 9, rounds: 310, restraint_orders: 1 },
      [],
    ],
  ];
  for (const [g, daysAgo, agency, strand, tactic, description, impact, rationale, outcomes, drugs] of disruptions) {
    const cols = Object.keys(outcomes);
    await m.query(
      `INSERT INTO disruption (panel_id, ocg_id, occurred_on, agency_id, strand, tactic_heading, description, impact, rationale, drugs_seized, created_by${cols.map((c) => `, ${c}`).join('')})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11${cols.map((_, k) => `, $${12 + k}`).join('')})`,
      [
        panelId,
        ocgIds[g],
        addDays(today, -daysAgo),
        agency,
        strand,
        tactic,
        description,
        impact,
        rationale,
        JSON.stringify(drugs),
        lro,
        ...cols.map((c) => outcomes[c]),
      ],
    );
  }

  const referrals: [
    from: string,
    onBehalf: string | null,
    summary: string,
    refs: string[],
    offenders: { name: string }[],
    vehicles: string[],
    status: string,
    g: number | null,
    reason: string | null,
  ][] = [
    [
      tradingStandards,
      'Northmoor Retail Crime Partnership',
      'Team of four stealing razor blades and baby formula from chemists across the town centre.',
      ['NM/24811/26', 'NM/25002/26'],
      [{ name: 'Kieran Doyle' }, { name: 'unknown female, 20s' }],
      ['SK66 WFD'],
      'ACCEPTED',
      5,
      null,
    ],
    [
      hmrc,
      null,
      'Cash-intensive businesses on the High Street changing hands between the same three people.',
      ['NM/19920/26'],
      [{ name: 'Raymond Crossley' }],
      [],
      'UNDER_ASSESSMENT',
      null,
      null,
    ],
    [
      agencies[13],
      null,
      'Anti-social behaviour at Linden Walk linked to drug dealing.',
      ['NM/30110/26'],
      [],
      [],
      'DECLINED',
      null,
      'Already covered by Operation Larch and the neighbourhood team; no new group identified.',
    ],
    [
      environment,
      null,
      'Second illegal waste site suspected near the reservoir.',
      ['EA/2026/0412'],
      [{ name: 'Gary Morrow' }],
      ['VU20 HGT'],
      'RECEIVED',
      null,
      null,
    ],
  ];
  for (const [i, [from, onBehalf, summary, refs, offenders, vehicles, status, g, reason]] of referrals.entries()) {
    await m.query(
      `INSERT INTO referral (panel_id, reference, from_agency_id, on_behalf_of, summary, crime_references, offenders, vehicles, status, ocg_id, decline_reason, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::varchar, $10, $11, CASE WHEN $9::varchar IN ('ACCEPTED','DECLINED') THEN now() END)`,
      [
        panelId,
        formatReference('R', i + 1),
        from,
        onBehalf,
        summary,
        refs,
        JSON.stringify(offenders),
        vehicles,
        status,
        g === null ? null : ocgIds[g],
        reason,
      ],
    );
  }
  await m.query(`UPDATE panel SET next_referral_number = $2 WHERE id = $1`, [panelId, referrals.length + 1]);
}
