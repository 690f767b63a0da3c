import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Text longer than its field takes is refused with the words its form uses ("Objective must be 1,000 characters or
 * fewer"), naming the field, so the form's own check and the API's answer read the same; nothing is ever cut.
 */
const ID = '00000000-0000-4000-8000-000000000001';
const long = (n: number) => 'x'.repeat(n);

describe('text longer than its field takes', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const refusal = async (query: string, variables: Record<string, unknown>) => {
    const res = await t.gql(query, variables, { session: chair });
    expect(res.data ?? null).toBeNull();
    return { ...res.errors?.[0]?.extensions, message: res.errors?.[0]?.message };
  };
  const mutation = (name: string, type: string) => `mutation($i: ${type}!) { ${name}(input: $i) { __typename } }`;

  it('is refused on a group’s objective, score, areas and vehicles in the words of their forms', async () => {
    const objective = { ocgId: ID, strand: 'PURSUE', ownerAgencyId: p.agencies.HMRC, tacticHeadings: [] };
    expect(await refusal(mutation('createObjective', 'CreateObjectiveInput'), { i: { ...objective, objective: long(1001) } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'objective',
      message: 'Objective must be 1,000 characters or fewer',
    });
    const parts = { capability: 1, capacity: 1, harmCommunity: 1, harmGeographic: 1, harmPhysical: 1, harmVulnerability: 1, likelihood: 1 };
    const score = { ocgId: ID, confidence: 'LOW', parts, rationale: long(2001) };
    expect(await refusal('mutation($i: ScoreOcgInput!) { scoreOcg(input: $i) { id } }', { i: score })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'rationale',
      message: 'Rationale must be 2,000 characters or fewer',
    });
    const group = { panelId: p.panelId, name: 'Operation Birch', status: 'ACTIVE', crimeTypes: [], areas: ['Eastfield', long(81)] };
    expect(await refusal('mutation($i: CreateOcgInput!) { createOcg(input: $i) { id } }', { i: group })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'areas',
      message: 'Each area must be 80 characters or fewer',
    });
    const vehicle = { panelId: p.panelId, registration: 'AB12 CDE', make: long(61) };
    expect(await refusal('mutation($i: RecordVehicleInput!) { recordVehicle(input: $i) { id } }', { i: vehicle })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'make',
      message: 'Make must be 60 characters or fewer',
    });
  });

  it('is refused on a referral and its decision in the words of their forms, and no referral is made', async () => {
    const referrals = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE panel_id = $1`, [p.panelId]))[0].n;
    const before = await referrals();
    const CREATE = mutation('createReferral', 'CreateReferralInput');
    const referral = (over: Record<string, unknown>) => ({
      i: { panelId: p.panelId, summary: 'Shoplifting to order', crimeReferences: ['CR/1/26'], ...over },
    });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ summary: long(4001) }, 'summary', 'Summary must be 4,000 characters or fewer'],
      [{ onBehalfOf: long(201) }, 'onBehalfOf', 'On behalf of must be 200 characters or fewer'],
      [{ offenders: [{ name: 'Jo Bloggs', description: long(1001) }] }, 'offenders.0.description', 'Description must be 1,000 characters or fewer'],
      [{ vehicles: ['AB12 CDE', long(21)] }, 'vehicles', 'Each registration must be 20 characters or fewer'],
      [{ places: [long(201)] }, 'places', 'Each address or area must be 200 characters or fewer'],
      [{ crimeReferences: [long(51)] }, 'crimeReferences', 'Each crime reference number must be 50 characters or fewer'],
    ];
    for (const [over, field, message] of cases) {
      expect(await refusal(CREATE, referral(over))).toEqual({ code: 'BAD_USER_INPUT', field, message });
    }
    expect(await referrals()).toBe(before);
    expect(await refusal(mutation('declineReferral', 'DeclineReferralInput'), { i: { id: ID, version: 1, reason: long(2001) } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
      message: 'Reason for declining must be 2,000 characters or fewer',
    });
    expect(await refusal(mutation('acceptReferral', 'AcceptReferralInput'), { i: { id: ID, version: 1, newOcgName: long(201) } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'newOcgName',
      message: 'Name or operation name must be 200 characters or fewer',
    });
  });

  it('is refused on an agency and on the panel’s tiers, naming the tier as the form does', async () => {
    const agency = { panelId: p.panelId, name: 'Border Force', kind: 'OTHER', tacticHeadings: [], isaCoversPersonalData: false };
    const CREATE = mutation('createAgency', 'CreateAgencyInput');
    expect(await refusal(CREATE, { i: { ...agency, name: long(201) } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      message: 'Name must be 200 characters or fewer',
    });
    expect(await refusal(CREATE, { i: { ...agency, isaReference: long(101) } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'isaReference',
      message: 'Agreement reference must be 100 characters or fewer',
    });
    const tiers = (second: string) => [
      { name: 'High', minTotal: 60 },
      { name: second, minTotal: 0 },
    ];
    const SCORING = 'mutation($i: UpdatePanelScoringInput!) { updatePanelScoring(input: $i) { retieredGroupCount } }';
    const scoring = (second: string) => ({ i: { panelId: p.panelId, version: 1, scaleMax: 5, tiers: tiers(second) } });
    expect(await refusal(SCORING, scoring(long(41)))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'tiers.1.name',
      message: 'The name of tier 2 must be 40 characters or fewer',
    });
    expect(await refusal(SCORING, scoring('   '))).toEqual({ code: 'BAD_USER_INPUT', field: 'tiers.1.name', message: 'Enter a name for tier 2' });
  });

  it('is refused on threats, meetings, minutes and assessments in the words of their forms', async () => {
    const threat = { panelId: p.panelId, title: 'Nail bars', description: 'Three new nail bars, cash only' };
    const RAISE = mutation('raiseEmergingThreat', 'RaiseEmergingThreatInput');
    expect(await refusal(RAISE, { i: { ...threat, description: long(4001) } })).toMatchObject({
      field: 'description',
      message: 'Description must be 4,000 characters or fewer',
    });
    expect(await refusal(RAISE, { i: { ...threat, area: long(101) } })).toMatchObject({
      field: 'area',
      message: 'Area must be 100 characters or fewer',
    });
    const OUTCOME = `mutation($m: ID!, $t: ID!, $n: String) { recordThreatOutcome(meetingId: $m, threatId: $t, outcome: DISCUSSED, note: $n) { id } }`;
    expect(await refusal(OUTCOME, { m: ID, t: ID, n: long(1001) })).toMatchObject({
      field: 'note',
      message: 'Note must be 1,000 characters or fewer',
    });
    const series = { panelId: p.panelId, rule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', startsOn: '2027-01-01', startTime: '10:00' };
    const SERIES = mutation('setMeetingSeries', 'SetMeetingSeriesInput');
    expect(await refusal(SERIES, { i: { ...series, location: long(301) } })).toMatchObject({
      field: 'location',
      message: 'Location must be 300 characters or fewer',
    });
    expect(await refusal(SERIES, { i: { ...series, teamsUrl: `https://teams.microsoft.com/${long(480)}` } })).toMatchObject({
      field: 'teamsUrl',
      message: 'Teams meeting link must be 500 characters or fewer',
    });
    expect(
      await refusal(mutation('recordItemMinutes', 'RecordItemMinutesInput'), { i: { itemId: ID, version: 1, notes: long(20_001) } }),
    ).toMatchObject({
      field: 'notes',
      message: 'Notes must be 20,000 characters or fewer',
    });
    expect(await refusal(mutation('correctMinutes', 'CorrectMinutesInput'), { i: { meetingId: ID, reason: long(1001) } })).toMatchObject({
      field: 'reason',
      message: 'Reason for the correction must be 1,000 characters or fewer',
    });
    const note = { id: ID, editVersion: 1, section: 'trends', text: long(4001) };
    expect(await refusal(mutation('annotateAssessment', 'AnnotateAssessmentInput'), { i: note })).toMatchObject({
      field: 'text',
      message: 'Note must be 4,000 characters or fewer',
    });
  });
});
