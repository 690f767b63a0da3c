import type { DataSource } from 'typeorm';
import { foldRegistration, normaliseRegistration, searchableName } from '@sentinel/shared';
import {
  intelligenceC,
  intelligenceP,
  member,
  nominalName,
  personal,
  referral,
  referralPersonal,
  task,
  type CanaryBook,
  type Rule,
} from './canaries.js';
import type { People } from './seed-people.js';

/** Ids of the seeded records, by kind and then by a name such as 'A.dwp' or 'B.main'. */
export interface RecordIds {
  ocg: Record<string, string>;
  nominal: Record<string, string>;
  vehicle: Record<string, string>;
  place: Record<string, string>;
  intelligence: Record<string, string>;
  disruption: Record<string, string>;
  objective: Record<string, string>;
  referral: Record<string, string>;
  threat: Record<string, string>;
  task: Record<string, string>;
  /**
   * By panel: how free text names the panel's main nominal (surname, alias, home address), as writers do. Free text
   * of every kind carries it, so every channel must mask it for viewers without cover (known-names.ts).
   */
  mention: Record<string, string>;
}

/** Canaries that searches are typed with: a hit on the record behind one the viewer may not read is a leak too. */
export interface SearchProbe {
  kind: 'ocg' | 'nominal' | 'place' | 'referral' | 'task';
  panel: 'A' | 'B';
  text: string;
  recordId: string;
  rule: Rule;
}

type Q = (sql: string, params: unknown[]) => Promise<string>;

/**
 * The records of both panels: groups, nominals, vehicles, places, intelligence (handling P and C), the plan,
 * disruptions, referrals, emerging threats, and tasks of every agency with their updates.
 */
export async function seedRecords(ds: DataSource, book: CanaryBook, people: People): Promise<{ ids: RecordIds; probes: SearchProbe[] }> {
  const one: Q = async (sql, params) => (await ds.query(sql, params))[0]?.id;
  const ids: RecordIds = {
    ocg: {},
    nominal: {},
    vehicle: {},
    place: {},
    intelligence: {},
    disruption: {},
    objective: {},
    referral: {},
    threat: {},
    task: {},
    mention: {},
  };
  const probes: SearchProbe[] = [];
  const c = (record: string, field: string, rule: Rule) => book.mint(record, field, rule);
  const ag = people.agencies;
  const u = people.users;

  for (const panel of ['A', 'B'] as const) {
    const panelId = panel === 'A' ? people.panelA : people.panelB;
    const all = member(panel);
    const area = c(`area of panel ${panel}`, 'area', all);
    const ocg = async (key: string, status: string, ref: string) => {
      const name = c(`ocg ${panel}.${key}`, 'name', all);
      ids.ocg[`${panel}.${key}`] = await one(
        `INSERT INTO ocg (panel_id, reference, name, status, crime_types, areas, summary, lro_user_id, date_mapped, score_total, tier, scored_at,
                          next_review_on)
         VALUES ($1, $2, $3, $4, ARRAY['DRUGS_SUPPLY'], ARRAY[$5], $6, $7, current_date - 20, 64, 'Tier 1', now() - interval '5 days',
                 CASE WHEN $8 THEN current_date - 3 END) RETURNING id`,
        [
          panelId,
          ref,
          name,
          status,
          area,
          c(`ocg ${panel}.${key}`, 'summary', all),
          panel === 'A' ? u.chair.userId : u.chairB.userId,
          key === 'main',
        ],
      );
      if (key !== 'other') probes.push({ kind: 'ocg', panel, text: name.toLowerCase(), recordId: ids.ocg[`${panel}.${key}`], rule: all });
    };
    await ocg('main', 'ACTIVE', 'OCG-0001');
    await ocg('other', 'ACTIVE', 'OCG-0002');
    if (panel === 'A') await ocg('archived', 'ARCHIVED', 'OCG-0003');
    const main = ids.ocg[`${panel}.main`];
    await ds.query(
      `INSERT INTO ocg_score (ocg_id, panel_id, harm_physical, harm_community, harm_geographic, harm_vulnerability, likelihood, capability, capacity,
              confidence, scale_max, total, tier, rationale, scored_at)
       VALUES ($1, $2, 3, 3, 3, 3, 3, 3, 3, 'HIGH', 5, 64, 'Tier 1', $3, now() - interval '5 days')`,
      [main, panelId, c(`ocg ${panel}.main score`, 'rationale', all)],
    );

    const pd = personal(panel);
    // The data protection officer's finder shows a nominal's names and date of birth; it finds them by an alias
    // too, without showing it.
    const names = nominalName(panel);
    const dobs = panel === 'A' ? [worldDate(book.world, 0), worldDate(book.world, 1)] : [worldDate(book.world, 2)];
    for (const [i, dob] of dobs.entries()) {
      const key = `${panel}.${i === 0 ? 'main' : 'second'}`;
      const surname = c(`nominal ${key}`, 'surname', names);
      const forenames = c(`nominal ${key}`, 'forenames', names);
      const alias = c(`nominal ${key}`, 'aliases', pd);
      book.literal(dob, ukForms(dob), `nominal ${key}`, 'dateOfBirth', names);
      ids.nominal[key] = await one(
        // Due for review: the review queue shows the names.
        `INSERT INTO nominal (panel_id, reference, surname, forenames, aliases, date_of_birth, name_search, next_review_on)
         VALUES ($1, $2, $3, $4, ARRAY[$5], $6, $7, current_date - 3) RETURNING id`,
        [panelId, `N-000${i + 1}`, surname, forenames, alias, dob, searchableName(forenames, surname, [alias])],
      );
      if (i === 0) {
        probes.push({ kind: 'nominal', panel, text: surname.toLowerCase(), recordId: ids.nominal[key], rule: names });
        probes.push({ kind: 'nominal', panel, text: alias.toLowerCase(), recordId: ids.nominal[key], rule: names });
      }
      await ds.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, $3)`, [
        main,
        ids.nominal[key],
        i === 0 ? 'PRINCIPAL' : 'SIGNIFICANT',
      ]);
    }
    const nominal = ids.nominal[`${panel}.main`];
    // In two open groups: the shared-nominals list and the link chart mark them.
    await ds.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, 'ASSOCIATE')`, [ids.ocg[`${panel}.other`], nominal]);

    const registration = normaliseRegistration(`CN${panel === 'A' ? 17 : 18} ${book.world.slice(0, 3)}`);
    ids.vehicle[`${panel}.main`] = await one(
      `INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded, make, model, colour) VALUES ($1, $2, $2, $3, $4, $5, $6) RETURNING id`,
      [
        panelId,
        registration,
        foldRegistration(registration),
        c(`vehicle ${panel}`, 'make', all),
        c(`vehicle ${panel}`, 'model', all),
        c(`vehicle ${panel}`, 'colour', all),
      ],
    );
    await ds.query(`INSERT INTO ocg_vehicle (ocg_id, vehicle_id) VALUES ($1, $2)`, [main, ids.vehicle[`${panel}.main`]]);
    await ds.query(`INSERT INTO nominal_vehicle (nominal_id, vehicle_id) VALUES ($1, $2)`, [nominal, ids.vehicle[`${panel}.main`]]);

    // A home address is personal data: its label and position; its area is not.
    const lat = panel === 'A' ? '54.771234' : '54.661234';
    book.literal(lat, [], `place ${panel}.home`, 'latitude', pd);
    const homeLabel = c(`place ${panel}.home`, 'label', pd);
    ids.place[`${panel}.home`] = await one(
      `INSERT INTO place (panel_id, label, kind, area, high_harm, chb_phase, latitude, longitude) VALUES ($1, $2, 'HOME', $3, true, 'CLEAR', $4, -1.5712) RETURNING id`,
      [panelId, homeLabel, area, lat],
    );
    probes.push({ kind: 'place', panel, text: homeLabel.toLowerCase(), recordId: ids.place[`${panel}.home`], rule: pd });
    ids.place[`${panel}.business`] = await one(
      `INSERT INTO place (panel_id, label, kind, area, high_harm, chb_phase, latitude, longitude) VALUES ($1, $2, 'BUSINESS', $3, true, 'HOLD', 54.7753, -1.5849) RETURNING id`,
      [panelId, c(`place ${panel}.business`, 'label', all), area],
    );
    for (const place of [ids.place[`${panel}.home`], ids.place[`${panel}.business`]]) {
      await ds.query(`INSERT INTO ocg_place (ocg_id, place_id) VALUES ($1, $2)`, [main, place]);
    }
    await ds.query(`INSERT INTO nominal_place (nominal_id, place_id) VALUES ($1, $2)`, [nominal, ids.place[`${panel}.home`]]);
    const [named]: { surname: string; alias: string }[] = await ds.query(`SELECT surname, aliases[1] AS alias FROM nominal WHERE id = $1`, [nominal]);
    const mention = ` (seen with ${named.surname}, known as ${named.alias}, at ${homeLabel})`;
    ids.mention[panel] = mention;
    await ds.query(`UPDATE ocg SET name = name || $2, summary = summary || $2 WHERE id = ANY($1)`, [[main, ids.ocg[`${panel}.other`]], mention]);

    const intel = async (key: string, subjectKind: string, subjectId: string, by: string, handling: 'P' | 'C', recipients: string[], rule: Rule) => {
      ids.intelligence[`${panel}.${key}`] = await one(
        `INSERT INTO intelligence (panel_id, subject_kind, subject_id, recorded_on, submitting_agency_id, text, source_grade, intelligence_grade, handling, handling_conditions)
         VALUES ($1, $2, $3, current_date - 3, $4, $5, 'S2', 'B', $6, $7) RETURNING id`,
        [
          panelId,
          subjectKind,
          subjectId,
          ag[by],
          c(`intelligence ${panel}.${key}`, 'text', rule),
          handling,
          handling === 'C' ? c(`intelligence ${panel}.${key}`, 'handlingConditions', rule) : null,
        ],
      );
      for (const r of recipients)
        await ds.query(`INSERT INTO intelligence_recipient (intelligence_id, agency_id) VALUES ($1, $2)`, [
          ids.intelligence[`${panel}.${key}`],
          ag[r],
        ]);
    };
    if (panel === 'A') {
      await intel('ocgP', 'OCG', main, 'POLICE', 'P', [], intelligenceP('A'));
      await intel('ocgC-HMRC', 'OCG', main, 'HMRC', 'C', ['HMRC'], intelligenceC('A', ['HMRC']));
      await intel('ocgC-DWP', 'OCG', main, 'DWP', 'C', ['DWP'], intelligenceC('A', ['DWP']));
      await intel('nominalP', 'NOMINAL', nominal, 'POLICE', 'P', [], intelligenceP('A'));
      await intel('placeC-POLICE+HMRC', 'PLACE', ids.place['A.home'], 'POLICE', 'C', ['HMRC'], intelligenceC('A', ['POLICE', 'HMRC']));
    } else {
      await intel('ocgP', 'OCG', main, 'POLICE_B', 'P', [], intelligenceP('B'));
    }

    const owner = ag[panel === 'A' ? 'HMRC' : 'HMRC_B'];
    ids.objective[`${panel}.main`] = await one(
      `INSERT INTO ocg_objective (ocg_id, panel_id, strand, objective, owner_agency_id, tactic_headings) VALUES ($1, $2, 'PURSUE', $3, $4, ARRAY['BUSINESS']) RETURNING id`,
      [main, panelId, c(`objective ${panel}`, 'objective', all) + mention, owner],
    );
    ids.disruption[`${panel}.main`] = await one(
      `INSERT INTO disruption (panel_id, ocg_id, occurred_on, agency_id, strand, tactic_heading, description, impact, rationale, arrests, drugs_seized)
       VALUES ($1, $2, current_date - 4, $3, 'PURSUE', 'BUSINESS', $4, 'MAJOR', $5, 2, $6) RETURNING id`,
      [
        panelId,
        main,
        owner,
        c(`disruption ${panel}`, 'description', all) + mention,
        c(`disruption ${panel}`, 'rationale', all) + mention,
        JSON.stringify([{ type: c(`disruption ${panel}`, 'drugsSeized.type', all), kg: 1.5 }]),
      ],
    );
    await ds.query(`INSERT INTO disruption_nominal (disruption_id, nominal_id) VALUES ($1, $2)`, [ids.disruption[`${panel}.main`], nominal]);

    const referrals: [string, string, string][] =
      panel === 'A'
        ? [
            ['dwp', 'DWP', 'RECEIVED'],
            ['hmrc', 'HMRC', 'DECLINED'],
          ]
        : [['main', 'HMRC_B', 'RECEIVED']];
    for (const [key, from, status] of referrals) {
      const seen = referral(panel, from);
      const offenders = referralPersonal(panel, from);
      const dob = panel === 'A' ? (key === 'dwp' ? '1931-05-17' : '1937-09-21') : '1941-02-03';
      book.literal(dob, ukForms(dob), `referral ${panel}.${key}`, 'offenders.dateOfBirth', offenders);
      const summary = c(`referral ${panel}.${key}`, 'summary', seen);
      ids.referral[`${panel}.${key}`] = await one(
        `INSERT INTO referral (panel_id, reference, from_agency_id, on_behalf_of, summary, crime_references, offenders, vehicles, places, status, decline_reason)
         VALUES ($1, $2, $3, $4, $5, ARRAY[$6], $7, ARRAY[$8], ARRAY[$9], $10, $11) RETURNING id`,
        [
          panelId,
          `R-000${referrals.findIndex((r) => r[0] === key) + 1}`,
          ag[from],
          c(`referral ${panel}.${key}`, 'onBehalfOf', seen),
          `${summary} shop thefts`,
          c(`referral ${panel}.${key}`, 'crimeReferences', seen),
          JSON.stringify([
            {
              name: c(`referral ${panel}.${key}`, 'offenders.name', offenders),
              dateOfBirth: dob,
              description: c(`referral ${panel}.${key}`, 'offenders.description', offenders),
            },
          ]),
          c(`referral ${panel}.${key}`, 'vehicles', seen),
          c(`referral ${panel}.${key}`, 'places', seen),
          status,
          status === 'DECLINED' ? c(`referral ${panel}.${key}`, 'declineReason', seen) : null,
        ],
      );
      probes.push({ kind: 'referral', panel, text: summary.toLowerCase(), recordId: ids.referral[`${panel}.${key}`], rule: seen });
    }

    const raiser = panel === 'A' ? u.hmrc : u.chairB;
    ids.threat[`${panel}.main`] = await one(
      `INSERT INTO emerging_threat (panel_id, title, description, crime_type, area, raised_by, raised_by_agency_id) VALUES ($1, $2, $3, 'FRAUD', $4, $5, $6) RETURNING id`,
      [
        panelId,
        c(`emerging threat ${panel}`, 'title', all),
        c(`emerging threat ${panel}`, 'description', all) + mention,
        area,
        raiser.userId,
        ag[raiser.agencyKey],
      ],
    );

    const tasks: [string, string, string][] =
      panel === 'A'
        ? [
            ['police', 'POLICE', 'IN_PROGRESS'],
            ['hmrc', 'HMRC', 'OPEN'],
            ['dwp', 'DWP', 'BLOCKED'],
            ['housing', 'HOUSING', 'COMPLETED'],
            ['ts', 'TS', 'OPEN'],
          ]
        : [['main', 'POLICE_B', 'OPEN']];
    for (const [i, [key, agency, status]] of tasks.entries()) {
      const rule = task(panel, agency);
      const record = `task ${panel}.${key}`;
      const title = c(record, 'title', rule);
      ids.task[`${panel}.${key}`] = await one(
        `INSERT INTO task (panel_id, reference, title, description, agency_id, ocg_id, nominal_id, referral_id, due_on, status, blocked_reason, closing_note, closed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, current_date + 20 + $9::int, $10::varchar, $11, $12, CASE WHEN $10::varchar = 'COMPLETED' THEN now() - interval '2 days' END) RETURNING id`,
        [
          panelId,
          `A-000${i + 1}`,
          title + mention,
          c(record, 'description', rule) + mention,
          ag[agency],
          main,
          key === 'hmrc' || key === 'dwp' ? nominal : null,
          key === 'dwp' ? ids.referral['A.dwp'] : null,
          i * 3,
          status,
          status === 'BLOCKED' ? c(record, 'blockedReason', rule) + mention : null,
          status === 'COMPLETED' ? c(record, 'closingNote', rule) + mention : null,
        ],
      );
      probes.push({ kind: 'task', panel, text: title.toLowerCase(), recordId: ids.task[`${panel}.${key}`], rule });
      const author = Object.values(u).find((x) => x.agencyKey === agency);
      await ds.query(
        `INSERT INTO task_update (task_id, panel_id, kind, text, author_user_id, author_agency_id) VALUES ($1, $2, 'NOTE', $3, $4, $5)`,
        [ids.task[`${panel}.${key}`], panelId, c(record, 'updates.text', rule) + mention, author?.userId ?? null, ag[agency]],
      );
    }
  }
  return { ids, probes };
}

/**
 * A date of birth of this world alone: the canary worlds of a run share one database, and nominals of two worlds
 * with one date of birth (and sound-alike surnames, as all canaries are) would be a hit between their panels.
 */
export function worldDate(world: string, n: number): string {
  const seed = [...world].reduce((acc, ch) => acc * 31 + ch.charCodeAt(0), 7);
  const day = (seed * 5 + n) % 18_000;
  return new Date(Date.UTC(1905, 0, 1 + day)).toISOString().slice(0, 10);
}

/** A date as the channels print it: 29/03/1917, 29 March 1917 and, as documents do (dayLabel), 29 Mar 1917. */
export function ukForms(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  const month = (form: 'long' | 'short') => new Date(`${iso}T00:00:00Z`).toLocaleString('en-GB', { month: form, timeZone: 'UTC' });
  return [`${d}/${m}/${y}`, `${Number(d)} ${month('long')} ${y}`, `${Number(d)} ${month('short')} ${y}`];
}
