import { randomInt, randomUUID } from 'node:crypto';
import pg from 'pg';
import { testDatabaseUrls } from '../support/migrated.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MATCH_FIELDS = `id panelId kind status recordId recordReference recordName otherPanelName otherPanelForce otherContacts { name email }
  foundAt closedAt agreedAt agreedByName declinedAt declinedByName otherAgreed otherDeclined version`;
const LIST = `query($panelId: ID!) { crossPanelMatches(panelId: $panelId, limit: 50) { totalCount awaitingDecision nodes { ${MATCH_FIELDS} } } }`;
const ONE = `query($id: ID!) { crossPanelMatch(id: $id) { ${MATCH_FIELDS} } }`;
const DETAILS = `query($id: ID!) { crossPanelMatchDetails(id: $id) { matchId kind otherPanelName reference
  nominal { surname forenames aliases dateOfBirth } vehicle { registration make model colour } group { name status tier scoreTotal } } }`;
const AGREE = `mutation($i: ResolveCrossPanelMatchInput!) { agreeCrossPanelMatch(input: $i) { ${MATCH_FIELDS} } }`;
const DECLINE = `mutation($i: ResolveCrossPanelMatchInput!) { declineCrossPanelMatch(input: $i) { ${MATCH_FIELDS} } }`;
const CREATE_NOMINAL = `mutation($i: CreateNominalInput!) { createNominal(input: $i) { id version } }`;
const UPDATE_NOMINAL = `mutation($i: UpdateNominalInput!) { updateNominal(input: $i) { id version } }`;
const RECORD_VEHICLE = `mutation($i: RecordVehicleInput!) { recordVehicle(input: $i) { id } }`;

interface Match {
  id: string;
  panelId: string;
  kind: string;
  status: string;
  recordId: string;
  recordReference: string;
  recordName: string;
  otherPanelName: string;
  otherContacts: { name: string; email: string }[];
  otherAgreed: boolean;
  version: number;
}

/** A date of birth no other test file writes: the matches found on it are this file's alone. */
function uniqueDob(): string {
  const d = new Date(Date.UTC(1901 + randomInt(50), randomInt(12), 1 + randomInt(28)));
  return d.toISOString().slice(0, 10);
}

describe('cross-panel matches: a hit names only the other panel and whom to call; details pass when both chairs agree', () => {
  const counter = new SqlCounter();
  let t: TestApp;
  let a: PanelFixture;
  let b: PanelFixture;
  let c: PanelFixture;
  const sessions: Record<string, string> = {};
  const tag = randomUUID().slice(0, 8);
  const dob = uniqueDob();
  const [y, mo, d] = dob.split('-');

  const gql = <T>(query: string, variables: Record<string, unknown>, session?: string) => t.gql<T>(query, variables, { session });
  const ok = async <T>(query: string, variables: Record<string, unknown>, session: string): Promise<T> => {
    const res = await gql<T>(query, variables, session);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const matchesOf = async (panel: PanelFixture, session: string) =>
    (await ok<{ crossPanelMatches: { totalCount: number; awaitingDecision: number; nodes: Match[] } }>(LIST, { panelId: panel.panelId }, session))
      .crossPanelMatches;
  const sideFor = async (panel: PanelFixture, session: string, recordId: string) =>
    (await matchesOf(panel, session)).nodes.find((m) => m.recordId === recordId);

  let nominalA: string;
  let nominalB: string;

  beforeAll(async () => {
    t = await startTestApp({}, counter);
    [a, b, c] = [await createPanel(t.dataSource), await createPanel(t.dataSource), await createPanel(t.dataSource)];
    for (const [key, p, role] of [
      ['chairA', a, 'CHAIR'],
      ['coordinatorA', a, 'COORDINATOR'],
      ['policeA', a, 'POLICE_MEMBER'],
      ['partnerA', a, 'PARTNER_MEMBER'],
      ['observerA', a, 'OBSERVER'],
      ['chairB', b, 'CHAIR'],
      ['chairC', c, 'CHAIR'],
    ] as const) {
      sessions[key] = await t.signIn(p.users[role].email, TEST_PASSWORD);
    }
    [{ id: nominalA }] = await t.dataSource.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames, aliases, date_of_birth) VALUES ($1, 'N-0001', 'Stephenson', $2, ARRAY[$3], $4) RETURNING id`,
      [a.panelId, `Aloysius${tag}`, `Alias${tag}A`, dob],
    );
  });
  afterAll(() => t?.close());

  it('rejects the unauthenticated', async () => {
    for (const [query, variables] of [
      [LIST, { panelId: a.panelId }],
      [ONE, { id: randomUUID() }],
      [DETAILS, { id: randomUUID() }],
      [AGREE, { i: { id: randomUUID(), version: 1 } }],
      [DECLINE, { i: { id: randomUUID(), version: 1 } }],
    ] as const) {
      const res = await gql(query, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    }
  });

  it('keeps hits from police members, partners and observers, and another panel’s hits from its neighbours', async () => {
    for (const key of ['policeA', 'partnerA', 'observerA']) {
      const res = await gql(LIST, { panelId: a.panelId }, sessions[key]);
      expect([key, res.errors?.[0]?.extensions?.code]).toEqual([key, 'FORBIDDEN']);
    }
    const res = await gql(LIST, { panelId: a.panelId }, sessions.chairB);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows both chairs a hit after a sound-alike nominal with the same date of birth is recorded in the other panel, with no details', async () => {
    const before = await matchesOf(a, sessions.chairA);
    expect(before.nodes.filter((m) => m.recordId === nominalA)).toEqual([]);
    const created = await ok<{ createNominal: { id: string } }>(
      CREATE_NOMINAL,
      { i: { panelId: b.panelId, surname: 'Stevenson', forenames: `Bartholomew${tag}`, aliases: [`Alias${tag}B`], dateOfBirth: dob } },
      sessions.chairB,
    );
    nominalB = created.createNominal.id;

    const listA = await ok<unknown>(LIST, { panelId: a.panelId }, sessions.chairA);
    const listB = await ok<unknown>(LIST, { panelId: b.panelId }, sessions.chairB);
    const sideA = (listA as { crossPanelMatches: { nodes: Match[] } }).crossPanelMatches.nodes.find((m) => m.recordId === nominalA)!;
    const sideB = (listB as { crossPanelMatches: { nodes: Match[] } }).crossPanelMatches.nodes.find((m) => m.recordId === nominalB)!;
    const [{ name: panelNameB }] = await t.dataSource.query(`SELECT name FROM panel WHERE id = $1`, [b.panelId]);
    expect(sideA).toMatchObject({ kind: 'NOMINAL', status: 'NEW', panelId: a.panelId, recordReference: 'N-0001', otherPanelName: panelNameB });
    expect(sideA.recordName).toBe(`Aloysius${tag} STEPHENSON`);
    expect(sideA.otherContacts).toEqual([{ name: expect.stringMatching(/^CHAIR /), email: b.users.CHAIR.email }]);
    expect(sideB).toMatchObject({ kind: 'NOMINAL', status: 'NEW', panelId: b.panelId });
    expect(sideB.otherContacts).toEqual([{ name: expect.stringMatching(/^CHAIR /), email: a.users.CHAIR.email }]);
    // Neither answer names the other record: not its names, aliases, date of birth or id.
    const textA = JSON.stringify(listA);
    const textB = JSON.stringify(listB);
    for (const leaked of ['Stevenson', `Bartholomew${tag}`, `Alias${tag}B`, dob, `${d}/${mo}/${y}`, nominalB]) expect(textA).not.toContain(leaked);
    for (const leaked of ['Stephenson', `Aloysius${tag}`, `Alias${tag}A`, dob, nominalA]) expect(textB).not.toContain(leaked);
    // The coordinator sees the hit too, and no one in a third panel does.
    expect(await sideFor(a, sessions.coordinatorA, nominalA)).toMatchObject({ id: sideA.id });
    expect((await matchesOf(c, sessions.chairC)).nodes.filter((m) => [nominalA, nominalB].includes(m.recordId))).toEqual([]);
    const foreign = await gql(ONE, { id: sideB.id }, sessions.chairA);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows nothing more when one side agrees, and the details to both once both agree, each reading a logged disclosure', async () => {
    const sideA = (await sideFor(a, sessions.chairA, nominalA))!;
    const agreed = await ok<{ agreeCrossPanelMatch: Match }>(AGREE, { i: { id: sideA.id, version: sideA.version } }, sessions.chairA);
    expect(agreed.agreeCrossPanelMatch).toMatchObject({ status: 'AWAITING_OTHER', agreedByName: expect.stringMatching(/^CHAIR /) });
    const sideB = (await sideFor(b, sessions.chairB, nominalB))!;
    expect(sideB).toMatchObject({ status: 'AWAITING_US', otherAgreed: true });
    for (const [id, session] of [
      [sideA.id, sessions.chairA],
      [sideB.id, sessions.chairB],
    ]) {
      const res = await gql(DETAILS, { id }, session);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res)).not.toMatch(/Stevenson|Stephenson|Aloysius|Bartholomew/);
    }
    // A stale answer conflicts; the other side's agreement is not the API's to write.
    const stale = await gql(AGREE, { i: { id: sideA.id, version: sideA.version } }, sessions.chairA);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const auditRows = await t.dataSource.query(`SELECT action, changes FROM audit_event WHERE entity_type = 'CrossPanelMatch' AND entity_id = $1`, [
      sideA.id,
    ]);
    expect(auditRows).toEqual([{ action: 'UPDATE', changes: { status: ['NEW', 'AGREED'], version: [1, 2] } }]);

    await ok(AGREE, { i: { id: sideB.id, version: sideB.version } }, sessions.chairB);
    expect(await sideFor(a, sessions.chairA, nominalA)).toMatchObject({ status: 'SHARED' });
    const seenByA = await ok<{ crossPanelMatchDetails: unknown }>(DETAILS, { id: sideA.id }, sessions.chairA);
    expect(seenByA.crossPanelMatchDetails).toEqual({
      matchId: sideA.id,
      kind: 'NOMINAL',
      otherPanelName: expect.any(String),
      reference: expect.stringMatching(/^N-/),
      nominal: { surname: 'Stevenson', forenames: `Bartholomew${tag}`, aliases: [`Alias${tag}B`], dateOfBirth: dob },
      vehicle: null,
      group: null,
    });
    const seenByB = await ok<{ crossPanelMatchDetails: { nominal: { surname: string } } }>(DETAILS, { id: sideB.id }, sessions.chairB);
    expect(seenByB.crossPanelMatchDetails.nominal.surname).toBe('Stephenson');
    // Each reading is a disclosure in the other panel's log, to the reader's agency.
    const logged = await t.dataSource.query(
      `SELECT panel_id, action, channel, actor_user_id, disclosed_to_agency_id, subjects FROM consultation WHERE action = 'DISCLOSE' AND panel_id = ANY($1)`,
      [[a.panelId, b.panelId]],
    );
    expect(logged).toEqual(
      expect.arrayContaining([
        {
          panel_id: b.panelId,
          action: 'DISCLOSE',
          channel: 'GRAPHQL',
          actor_user_id: a.users.CHAIR.userId,
          disclosed_to_agency_id: a.users.CHAIR.agencyId,
          subjects: [`Nominal:${nominalB}`],
        },
        {
          panel_id: a.panelId,
          action: 'DISCLOSE',
          channel: 'GRAPHQL',
          actor_user_id: b.users.CHAIR.userId,
          disclosed_to_agency_id: b.users.CHAIR.agencyId,
          subjects: [`Nominal:${nominalA}`],
        },
      ]),
    );
    expect(logged).toHaveLength(2);
    // Still nothing for the others of the panel.
    for (const key of ['policeA', 'partnerA']) {
      const res = await gql(DETAILS, { id: sideA.id }, sessions[key]);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res)).not.toContain('Stevenson');
    }
  });

  it('closes the hit on both sides when a change breaks the match, and shows no more details', async () => {
    const [{ version }] = await t.dataSource.query(`SELECT version FROM nominal WHERE id = $1`, [nominalB]);
    await ok(
      UPDATE_NOMINAL,
      { i: { id: nominalB, version, surname: 'Stevenson', forenames: `Bartholomew${tag}`, aliases: [`Alias${tag}B`], dateOfBirth: '1900-01-02' } },
      sessions.chairB,
    );
    const sideA = (await sideFor(a, sessions.chairA, nominalA))!;
    expect(sideA.status).toBe('CLOSED');
    expect((await sideFor(b, sessions.chairB, nominalB))!.status).toBe('CLOSED');
    const res = await gql(DETAILS, { id: sideA.id }, sessions.chairA);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Matching again opens a new hit, to be agreed afresh.
    const [{ version: v2 }] = await t.dataSource.query(`SELECT version FROM nominal WHERE id = $1`, [nominalB]);
    await ok(
      UPDATE_NOMINAL,
      { i: { id: nominalB, version: v2, surname: 'Stevenson', forenames: `Bartholomew${tag}`, aliases: [`Alias${tag}B`], dateOfBirth: dob } },
      sessions.chairB,
    );
    const sides = (await matchesOf(a, sessions.chairA)).nodes.filter((m) => m.recordId === nominalA);
    expect(sides.map((m) => m.status)).toEqual(['NEW', 'CLOSED']);
  });

  it('lets either side decline: nothing passes either way, and it cannot then be agreed', async () => {
    const sideA = (await matchesOf(a, sessions.chairA)).nodes.find((m) => m.recordId === nominalA && m.status === 'NEW')!;
    const declined = await ok<{ declineCrossPanelMatch: Match }>(DECLINE, { i: { id: sideA.id, version: sideA.version } }, sessions.chairA);
    expect(declined.declineCrossPanelMatch.status).toBe('DECLINED');
    const sideB = (await matchesOf(b, sessions.chairB)).nodes.find((m) => m.recordId === nominalB && m.status !== 'CLOSED')!;
    expect(sideB.status).toBe('DECLINED');
    const res = await gql(AGREE, { i: { id: sideB.id, version: sideB.version } }, sessions.chairB);
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const forbidden = await gql(DECLINE, { i: { id: sideA.id, version: sideA.version + 1 } }, sessions.policeA);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('matches a vehicle by its plate however it is written, and closes the hit when the vehicle is removed', async () => {
    const letters = 'ABCDEFGHJKLMNPRSTUVWXY';
    const pick = () => letters[randomInt(letters.length)];
    const plate = `${pick()}${pick()}${10 + randomInt(80)} ${pick()}${pick()}${pick()}`;
    const made = await ok<{ recordVehicle: { id: string } }>(
      RECORD_VEHICLE,
      { i: { panelId: a.panelId, registration: plate.toLowerCase().replace(' ', '-'), make: 'Audi', model: 'A3', colour: 'Grey' } },
      sessions.chairA,
    );
    const folded = plate.replace(' ', '');
    const [{ id: vehicleC }] = await t.dataSource.query(
      `INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded, make, colour) VALUES ($1, $2, $3, $4, 'Audi', $5) RETURNING id`,
      [
        c.panelId,
        plate,
        folded,
        (await t.dataSource.query(`SELECT vrm_folded FROM vehicle WHERE id = $1`, [made.recordVehicle.id]))[0].vrm_folded,
        `Red${tag}`,
      ],
    );
    const sideC = (await sideFor(c, sessions.chairC, vehicleC))!;
    expect(sideC).toMatchObject({
      kind: 'VEHICLE',
      status: 'NEW',
      recordReference: plate,
      otherContacts: [{ email: a.users.CHAIR.email, name: expect.any(String) }],
    });
    const sideA = (await sideFor(a, sessions.chairA, made.recordVehicle.id))!;
    expect(JSON.stringify(sideA)).not.toContain(`Red${tag}`);
    await ok(AGREE, { i: { id: sideA.id, version: sideA.version } }, sessions.chairA);
    await ok(AGREE, { i: { id: sideC.id, version: sideC.version } }, sessions.chairC);
    const details = await ok<{ crossPanelMatchDetails: { vehicle: unknown } }>(DETAILS, { id: sideA.id }, sessions.chairA);
    expect(details.crossPanelMatchDetails.vehicle).toEqual({ registration: plate, make: 'Audi', model: null, colour: `Red${tag}` });
    await t.dataSource.query(`DELETE FROM vehicle WHERE id = $1`, [vehicleC]);
    expect((await sideFor(a, sessions.chairA, made.recordVehicle.id))!.status).toBe('CLOSED');
    expect((await sideFor(c, sessions.chairC, vehicleC))!).toMatchObject({ status: 'CLOSED', recordName: 'This record has been removed' });
  });

  it('matches a group by its name without "the", "OCG" or punctuation', async () => {
    const [{ id: groupA }] = await t.dataSource.query(
      `INSERT INTO ocg (panel_id, reference, name, tier, score_total) VALUES ($1, 'OCG-0901', $2, 'Tier 1', 71) RETURNING id`,
      [a.panelId, `The Marsh-${tag} OCG`],
    );
    const [{ id: groupC }] = await t.dataSource.query(`INSERT INTO ocg (panel_id, reference, name) VALUES ($1, 'OCG-0902', $2) RETURNING id`, [
      c.panelId,
      `marsh ${tag.toUpperCase()} group`,
    ]);
    expect(await sideFor(a, sessions.chairA, groupA)).toMatchObject({ kind: 'OCG', recordName: `The Marsh-${tag} OCG`, recordReference: 'OCG-0901' });
    expect(await sideFor(c, sessions.chairC, groupC)).toMatchObject({ kind: 'OCG', status: 'NEW' });
    const [keys] = await t.dataSource.query(`SELECT ocg_match_keys('The Group') AS none, ocg_match_keys('Group 7') AS digits`);
    expect(keys).toEqual({ none: [], digits: [] });
  });

  it('keeps each panel’s keys and sides to its own scope, and gives the API no way to write the other side or a key', async () => {
    const app = new pg.Client({ connectionString: (await testDatabaseUrls()).app });
    await app.connect();
    try {
      await app.query(`SELECT set_config('sentinel.scope', $1, false)`, [`{${a.panelId}}`]);
      const seen = await app.query(`SELECT DISTINCT panel_id FROM cross_panel_match UNION SELECT DISTINCT panel_id FROM cross_panel_key`);
      expect(seen.rows).toEqual([{ panel_id: a.panelId }]);
      await expect(app.query(`UPDATE cross_panel_match SET other_agreed_at = now() WHERE panel_id = $1`, [a.panelId])).rejects.toThrow(
        /permission denied/,
      );
      await expect(
        app.query(`INSERT INTO cross_panel_key (panel_id, kind, record_id, key) VALUES ($1, 'VEHICLE', $2, 'X')`, [a.panelId, randomUUID()]),
      ).rejects.toThrow(/permission denied/);
      await expect(app.query(`SELECT cross_panel_match_record('VEHICLE', $1, $2, '{X}')`, [randomUUID(), a.panelId])).rejects.toThrow(
        /permission denied/,
      );
      // Its own side's agreement is written only where its panel's scope reaches.
      const moved = await app.query(`UPDATE cross_panel_match SET agreed_at = now(), agreed_by = $2 WHERE panel_id = $1`, [
        b.panelId,
        b.users.CHAIR.userId,
      ]);
      expect(moved.rowCount).toBe(0);
    } finally {
      await app.end();
    }
  });

  it('costs the same statements to record a nominal whether 1 or 20 records of other panels share its key, and to list 1 or 20 hits', async () => {
    const one = uniqueDob();
    const many = uniqueDob();
    await t.dataSource.query(`INSERT INTO nominal (panel_id, reference, surname, date_of_birth) VALUES ($1, 'N-0900', 'Walsh', $2)`, [
      c.panelId,
      one,
    ]);
    await t.dataSource.query(
      `INSERT INTO nominal (panel_id, reference, surname, date_of_birth) SELECT $1, 'N-1' || g, 'Welsh', $2 FROM generate_series(1, 20) g`,
      [c.panelId, many],
    );
    const create = async (dateOfBirth: string) => {
      counter.count = 0;
      const res = await ok<{ createNominal: { id: string } }>(
        CREATE_NOMINAL,
        { i: { panelId: b.panelId, surname: 'Walsh', dateOfBirth } },
        sessions.chairB,
      );
      return { statements: counter.count, id: res.createNominal.id };
    };
    const withOne = await create(one);
    const withMany = await create(many);
    expect(withMany.statements).toBe(withOne.statements);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM cross_panel_match WHERE panel_id = $1 AND record_id = ANY($2)`, [
      b.panelId,
      [withOne.id, withMany.id],
    ]);
    expect(n).toBe(21);
    const listCost = async (panel: PanelFixture, session: string) => {
      counter.count = 0;
      const page = await matchesOf(panel, session);
      return { statements: counter.count, rows: page.nodes.length };
    };
    const fewB = await listCost(a, sessions.chairA);
    const manyC = await listCost(c, sessions.chairC);
    expect(manyC.rows).toBeGreaterThanOrEqual(20);
    expect(manyC.statements).toBe(fewB.statements);
  });
});
