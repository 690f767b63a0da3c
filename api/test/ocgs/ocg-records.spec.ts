import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_OCG = 'mutation($i: CreateOcgInput!) { createOcg(input: $i) { id reference version status } }';
const CREATE_NOMINAL = 'mutation($i: CreateNominalInput!) { createNominal(input: $i) { id reference displayName } }';
const OCG_PAGE = `query($id: ID!) { ocg(id: $id) {
  reference name tier scoreTotal lroName
  nominals { role nominal { reference displayName surname forenames aliases dateOfBirth personalDataWithheld withheldReason isChild } }
  vehicles { registration make } places { label highHarm }
  scoreHistory { total tier confidence }
} }`;

describe('OCG records and who sees the people in them', () => {
  let t: TestApp;
  let p: PanelFixture;
  let police: string;
  let ocgId: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const ocg = await t.gql<{ createOcg: { id: string; reference: string } }>(
      CREATE_OCG,
      {
        i: {
          panelId: p.panelId,
          name: 'Operation Larch',
          status: 'ACTIVE',
          crimeTypes: ['DRUGS_SUPPLY', 'COUNTY_LINES_CCE'],
          areas: ['Eastfield'],
          lroUserId: p.users.POLICE_MEMBER.userId,
        },
      },
      { session: police },
    );
    expect(ocg.errors).toBeUndefined();
    ocgId = ocg.data!.createOcg.id;
    expect(ocg.data!.createOcg.reference).toBe('OCG-0001');
    const nominal = await t.gql(
      CREATE_NOMINAL,
      { i: { panelId: p.panelId, surname: 'Smith', forenames: 'John', aliases: ['Smudge'], dateOfBirth: '1990-04-01', ocgId, role: 'PRINCIPAL' } },
      { session: police },
    );
    expect(nominal.errors).toBeUndefined();
    await t.gql(
      'mutation($i: RecordVehicleInput!) { recordVehicle(input: $i) { id } }',
      { i: { panelId: p.panelId, registration: 'ab12 cde', make: 'BMW', ocgId } },
      { session: police },
    );
    await t.gql(
      'mutation($i: RecordPlaceInput!) { recordPlace(input: $i) { id } }',
      { i: { panelId: p.panelId, label: '12 Mill Lane, Eastfield', kind: 'PREMISES', highHarm: true, ocgId } },
      { session: police },
    );
    const scored = await t.gql(
      'mutation($i: ScoreOcgInput!) { scoreOcg(input: $i) { scoreTotal tier version } }',
      {
        i: {
          ocgId,
          confidence: 'HIGH',
          parts: { harmPhysical: 4, harmCommunity: 3, harmGeographic: 3, harmVulnerability: 5, likelihood: 4, capability: 3, capacity: 2 },
        },
      },
      { session: police },
    );
    expect(scored.data).toEqual({ scoreOcg: { scoreTotal: 65, tier: 'Tier 1', version: 2 } });
  });
  afterAll(() => t.close());

  const consultations = async (userId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM consultation_subject WHERE action = 'CONSULT' AND actor_user_id = $1`, [userId]))[0]
      .n as number;

  it('rejects the unauthenticated', async () => {
    expect((await t.gql(OCG_PAGE, { id: ocgId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' groups exactly like missing ones", async () => {
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    const foreign = await t.gql(OCG_PAGE, { id: ocgId }, { session: outsider });
    const missing = await t.gql(OCG_PAGE, { id: '00000000-0000-4000-8000-000000000000' }, { session: outsider });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
  });

  it('shows a partner whose agreement covers personal data the whole group, and logs the consultation', async () => {
    const hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const before = await consultations(p.users.PARTNER_MEMBER.userId);
    const res = await t.gql<{ ocg: Record<string, unknown> }>(OCG_PAGE, { id: ocgId }, { session: hmrc });
    expect(res.errors).toBeUndefined();
    expect(res.data?.ocg).toMatchObject({
      reference: 'OCG-0001',
      tier: 'Tier 1',
      scoreTotal: 65,
      lroName: expect.stringContaining('POLICE_MEMBER'),
      nominals: [
        {
          role: 'PRINCIPAL',
          nominal: {
            reference: 'N-0001',
            displayName: 'John SMITH',
            surname: 'Smith',
            aliases: ['Smudge'],
            dateOfBirth: '1990-04-01',
            personalDataWithheld: false,
          },
        },
      ],
      vehicles: [{ registration: 'AB12 CDE', make: 'BMW' }],
      places: [{ label: '12 Mill Lane, Eastfield', highHarm: true }],
      scoreHistory: [{ total: 65, tier: 'Tier 1', confidence: 'HIGH' }],
    });
    expect(await consultations(p.users.PARTNER_MEMBER.userId)).toBe(before + 1);
  });

  it('shows a partner whose agreement has expired the group without the people, with the reason', async () => {
    await t.dataSource.query(`UPDATE agency SET isa_expires_on = '2024-01-01', isa_signed_on = '2023-01-01' WHERE id = $1`, [p.agencies.HMRC]);
    try {
      const hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
      const before = await consultations(p.users.PARTNER_MEMBER.userId);
      const res = await t.gql<{ ocg: { name: string; vehicles: unknown[]; nominals: { nominal: Record<string, unknown> }[] } }>(
        OCG_PAGE,
        { id: ocgId },
        { session: hmrc },
      );
      expect(res.data?.ocg.name).toBe('Operation Larch');
      expect(res.data?.ocg.vehicles).toHaveLength(1);
      expect(res.data?.ocg.nominals[0].nominal).toMatchObject({
        reference: 'N-0001',
        displayName: 'N-0001 (details withheld)',
        surname: null,
        forenames: null,
        aliases: null,
        dateOfBirth: null,
        personalDataWithheld: true,
        withheldReason: expect.stringMatching(/information-sharing agreement/),
      });
      expect(JSON.stringify(res.data)).not.toMatch(/Smith|Smudge|1990/);
      expect(await consultations(p.users.PARTNER_MEMBER.userId)).toBe(before);
    } finally {
      await t.dataSource.query(`UPDATE agency SET isa_expires_on = '2030-01-01', isa_signed_on = '2025-01-01' WHERE id = $1`, [p.agencies.HMRC]);
    }
  });

  it('shows an observer the group but no names, and refuses them any change', async () => {
    const observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    const res = await t.gql<{ ocg: { nominals: { nominal: { personalDataWithheld: boolean } }[] } }>(OCG_PAGE, { id: ocgId }, { session: observer });
    expect(res.data?.ocg.nominals[0].nominal.personalDataWithheld).toBe(true);
    const create = await t.gql(
      CREATE_OCG,
      { i: { panelId: p.panelId, name: 'Not allowed', status: 'EMERGING', crimeTypes: [], areas: [] } },
      { session: observer },
    );
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('withholds a home address and its position without personal-data cover, and logs the one shown with it', async () => {
    const q = await createPanel(t.dataSource);
    const chair = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
    const group = await t.gql<{ createOcg: { id: string } }>(
      CREATE_OCG,
      { i: { panelId: q.panelId, name: 'Operation Ash', status: 'ACTIVE', crimeTypes: [], areas: [] } },
      { session: chair },
    );
    const recorded = await t.gql<{ recordPlace: { id: string } }>(
      'mutation($i: RecordPlaceInput!) { recordPlace(input: $i) { id } }',
      { i: { panelId: q.panelId, label: '7 Birch Close, Eastfield', kind: 'HOME', area: 'Eastfield', ocgId: group.data!.createOcg.id } },
      { session: chair },
    );
    const placeId = recorded.data!.recordPlace.id;
    await t.dataSource.query(`UPDATE place SET latitude = 54.66, longitude = -1.47 WHERE id = $1`, [placeId]);
    const PLACE = `query($id: ID!) { place(id: $id) { label area latitude longitude personalDataWithheld withheldReason } }`;
    const ask = (session: string) => t.gql<{ place: Record<string, unknown> }>(PLACE, { id: placeId }, { session });

    const observer = await t.signIn(q.users.OBSERVER.email, TEST_PASSWORD);
    const hidden = await ask(observer);
    expect(hidden.data?.place).toEqual({
      label: 'Home address in Eastfield',
      area: 'Eastfield',
      latitude: null,
      longitude: null,
      personalDataWithheld: true,
      withheldReason: expect.stringMatching(/information-sharing agreement/),
    });
    const onGroup = await t.gql<{ ocg: { places: { label: string }[] } }>(
      `query($g: ID!) { ocg(id: $g) { places { label personalDataWithheld } } }`,
      { g: group.data!.createOcg.id },
      { session: observer },
    );
    expect(onGroup.data?.ocg.places).toEqual([{ label: 'Home address in Eastfield', personalDataWithheld: true }]);
    expect(JSON.stringify([hidden, onGroup])).not.toMatch(/Birch/);
    expect(await consultations(q.users.OBSERVER.userId)).toBe(0);

    const hmrc = await t.signIn(q.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    expect((await ask(hmrc)).data?.place).toMatchObject({
      label: '7 Birch Close, Eastfield',
      latitude: 54.66,
      longitude: -1.47,
      personalDataWithheld: false,
      withheldReason: null,
    });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM consultation_subject WHERE action = 'CONSULT' AND entity_type = 'Place' AND entity_id = $1 AND actor_user_id = $2`,
      [placeId, q.users.PARTNER_MEMBER.userId],
    );
    expect(n).toBe(1);
  });

  it('answers CONFLICT to a stale edit of a group and keeps the newer one', async () => {
    const update = (version: number, name: string) =>
      t.gql(
        'mutation($i: UpdateOcgInput!) { updateOcg(input: $i) { name version } }',
        { i: { id: ocgId, version, name, status: 'ACTIVE', crimeTypes: ['DRUGS_SUPPLY'], areas: ['Eastfield'] } },
        { session: police },
      );
    const { data } = await t.gql<{ ocg: { version: number } }>('query($id: ID!) { ocg(id: $id) { version } }', { id: ocgId }, { session: police });
    const v = data!.ocg.version;
    expect((await update(v, 'Operation Larch')).errors).toBeUndefined();
    const stale = await update(v, 'Operation Birch');
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/: Crime types, Lead responsible officer changed/);
    expect(stale.errors?.[0]?.extensions?.changedFields).toEqual(['crimeTypes', 'lroUserId']);
  });

  it('refuses a score outside the panel’s scale, naming the part, and writes nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM ocg_score WHERE ocg_id = $1`, [ocgId]))[0].n;
    const res = await t.gql(
      'mutation($i: ScoreOcgInput!) { scoreOcg(input: $i) { id } }',
      {
        i: {
          ocgId,
          confidence: 'LOW',
          parts: { harmPhysical: 6, harmCommunity: 1, harmGeographic: 1, harmVulnerability: 1, likelihood: 1, capability: 1, capacity: 1 },
        },
      },
      { session: police },
    );
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'parts.harmPhysical' });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM ocg_score WHERE ocg_id = $1`, [ocgId]))[0].n).toBe(before);
  });

  it('keeps one vehicle per plate in a panel, however it is written', async () => {
    const again = await t.gql<{ recordVehicle: { registration: string } }>(
      'mutation($i: RecordVehicleInput!) { recordVehicle(input: $i) { registration } }',
      { i: { panelId: p.panelId, registration: 'AB-12-CDE' } },
      { session: police },
    );
    expect(again.data?.recordVehicle.registration).toBe('AB12 CDE');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM vehicle WHERE panel_id = $1`, [p.panelId]))[0].n).toBe(1);
  });

  it('refuses a registration that is not in a UK shape, saying which shapes it takes, and records nothing', async () => {
    for (const registration of ['XX', 'AB12 CD!E', '12345']) {
      const res = await t.gql(
        'mutation($i: RecordVehicleInput!) { recordVehicle(input: $i) { id } }',
        { i: { panelId: p.panelId, registration, ocgId } },
        { session: police },
      );
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'registration' });
      expect(res.errors?.[0]?.message).toMatch(/is not a UK registration mark: enter one such as AB12 CDE .*ABZ 1234 \(Northern Ireland\)/);
    }
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM vehicle WHERE panel_id = $1`, [p.panelId]))[0].n).toBe(1);
    for (const registration of ['A123 BCD', 'ABC 123D', '1234 AB', 'ABZ 1234']) {
      const res = await t.gql(
        'mutation($i: RecordVehicleInput!) { recordVehicle(input: $i) { id } }',
        { i: { panelId: p.panelId, registration } },
        { session: police },
      );
      expect(res.errors).toBeUndefined();
    }
  });
});
