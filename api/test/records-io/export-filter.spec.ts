import { OCG_STATUSES } from '@sentinel/shared';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addNominal, addOcg, linkNominal } from '../search/seed.js';
import { disclosuresSince, everyPage, fileReferences, lastConsultationId, type ExportFile } from './export-support.js';

const OCGS = `query($panelId: ID!, $filter: OcgFilter, $sort: OcgSort!, $limit: Int!, $offset: Int!) {
  ocgs(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) { totalCount nodes { id reference } } }`;
const EXPORT_OCGS = `mutation($panelId: ID!, $format: ExportFormat!, $filter: OcgFilter, $sort: OcgSort) {
  exportOcgs(panelId: $panelId, format: $format, filter: $filter, sort: $sort) { filename contentType base64 rowCount } }`;
const NOMINALS = `query($panelId: ID!, $filter: NominalFilter, $limit: Int!, $offset: Int!) {
  nominals(panelId: $panelId, filter: $filter, limit: $limit, offset: $offset) { totalCount nodes { id reference } } }`;
const EXPORT_NOMINALS = `mutation($panelId: ID!, $format: ExportFormat!, $filter: NominalFilter) {
  exportNominals(panelId: $panelId, format: $format, filter: $filter) { filename contentType base64 rowCount personalDataWithheld } }`;

type Node = { id: string; reference: string };
type Viewer = { name: string; session: string; userId: string; agencyId: string; namesWithheld: boolean };
type Case = [label: string, filter: Record<string, unknown>, sort?: string];

describe('group and nominal exports hold exactly what their lists show for the same filter', () => {
  let t: TestApp;
  let p: PanelFixture;
  const ids: Record<string, string> = {};
  const viewers: Viewer[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    const ds = t.dataSource;
    const police = p.users.POLICE_MEMBER.userId;
    const coordinator = p.users.COORDINATOR.userId;
    ids.larch = await addOcg(ds, p.panelId, 'OCG-0001', 'Operation Larch', {
      status: 'ACTIVE',
      tier: 'Tier 1',
      areas: ['Sunderland'],
      crimeTypes: ['DRUGS_SUPPLY'],
      scoreTotal: 80,
      lroUserId: police,
    });
    ids.birch = await addOcg(ds, p.panelId, 'OCG-0002', 'Birch Street Crew', {
      status: 'EMERGING',
      tier: 'Tier 2',
      areas: ['Gateshead'],
      crimeTypes: ['MONEY_LAUNDERING'],
      scoreTotal: 40,
    });
    ids.oak = await addOcg(ds, p.panelId, 'OCG-0003', 'The Oak Firm', {
      status: 'DORMANT',
      tier: 'Tier 1',
      areas: ['Sunderland', 'Washington'],
      crimeTypes: ['DRUGS_SUPPLY'],
      lroUserId: coordinator,
    });
    ids.ash = await addOcg(ds, p.panelId, 'OCG-0004', 'Ash Lane Group', {
      status: 'DISMANTLED',
      tier: 'Tier 3',
      areas: ['Gateshead'],
      scoreTotal: 20,
      lroUserId: police,
    });
    ids.elm = await addOcg(ds, p.panelId, 'OCG-0005', 'Operation Elm', {
      status: 'ARCHIVED',
      tier: 'Tier 1',
      areas: ['Sunderland'],
      crimeTypes: ['DRUGS_SUPPLY'],
      scoreTotal: 90,
      lroUserId: police,
    });
    ids.pine = await addOcg(ds, p.panelId, 'OCG-0006', 'Pine Road Larchers', {
      status: 'ACTIVE',
      tier: 'Tier 2',
      areas: ['Washington'],
      scoreTotal: 55,
      lroUserId: coordinator,
    });
    ids.smith = await addNominal(ds, p.panelId, 'N-0001', 'John', 'Smith', ['Smudge'], '1990-04-01');
    ids.smyth = await addNominal(ds, p.panelId, 'N-0002', 'Jon', 'Smyth');
    ids.brown = await addNominal(ds, p.panelId, 'N-0003', 'Amy', 'Brown', ['Larch']);
    ids.okafor = await addNominal(ds, p.panelId, 'N-0004', 'Chidi', 'Okafor');
    await linkNominal(ds, ids.larch, ids.smith, 'PRINCIPAL');
    await linkNominal(ds, ids.larch, ids.brown, 'ASSOCIATE');
    await linkNominal(ds, ids.oak, ids.smyth, 'PERIPHERAL');
    await addOcg(ds, (await createPanel(ds)).panelId, 'OCG-0007', 'Another panel’s Larch');
    // Trading Standards' agreement does not cover personal data: its partner sees groups and nominals' references, never names.
    const [u] = await ds.query(
      `INSERT INTO app_user (email, name, agency_id, password_hash)
       SELECT 'uncovered.' || $1 || '@example.test', 'Uncovered partner', $2, password_hash FROM app_user WHERE id = $3 RETURNING id, email`,
      [p.panelId, p.agencies['Trading Standards'], p.users.PARTNER_MEMBER.userId],
    );
    await ds.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'PARTNER_MEMBER')`, [p.panelId, u.id]);
    const accounts: [string, { userId: string; email: string; agencyId: string }, boolean][] = [
      ['police member', p.users.POLICE_MEMBER, false],
      ['covered partner', p.users.PARTNER_MEMBER, false],
      ['uncovered partner', { userId: u.id, email: u.email, agencyId: p.agencies['Trading Standards'] }, true],
    ];
    for (const [name, u, namesWithheld] of accounts) {
      viewers.push({ name, session: await t.signIn(u.email, TEST_PASSWORD), userId: u.userId, agencyId: u.agencyId, namesWithheld });
    }
  });
  afterAll(() => t.close());

  const ocgCases = (): Case[] => [
    ['no filter (archived hidden)', {}],
    ['no filter, by name', {}, 'NAME'],
    ['no filter, by reference', {}, 'REFERENCE'],
    ['no filter, recently updated', {}, 'RECENTLY_UPDATED'],
    ...OCG_STATUSES.map((s): Case => [`status ${s}`, { statuses: [s] }]),
    ['every status, archived included', { statuses: [...OCG_STATUSES] }],
    ['tier', { tier: 'Tier 1' }],
    ['tier of archived groups', { tier: 'Tier 1', statuses: ['ARCHIVED'] }],
    ['area', { area: 'Sunderland' }],
    ['lead officer', { lroUserId: p.users.POLICE_MEMBER.userId }],
    ['crime type', { crimeType: 'DRUGS_SUPPLY' }],
    ['search', { search: 'larch' }],
    ['search by reference', { search: 'ocg-0002' }],
    [
      'everything at once',
      { statuses: ['ACTIVE', 'DORMANT', 'ARCHIVED'], tier: 'Tier 1', area: 'Sunderland', crimeType: 'DRUGS_SUPPLY', search: 'operation' },
      'NAME',
    ],
  ];

  const nominalCases = (): Case[] => [
    ['no filter', {}],
    ['reference', { reference: 'n-0002' }],
    ['a group', { ocgId: ids.larch }],
    ['search by name', { search: 'smith' }],
    ['search by alias', { search: 'larch' }],
    ['search by reference', { search: '0004' }],
    ['search within a group', { search: 'brown', ocgId: ids.larch }],
  ];

  async function expectSameRows(
    viewer: Viewer,
    label: string,
    listed: Node[],
    exported: (format: 'CSV' | 'XLSX') => Promise<ExportFile>,
    entityType: string,
    disclosedIfAny: boolean,
  ): Promise<void> {
    for (const format of ['CSV', 'XLSX'] as const) {
      const before = await lastConsultationId(t.dataSource);
      const file = await exported(format);
      expect([viewer.name, label, format, await fileReferences(file, format)]).toEqual([viewer.name, label, format, listed.map((n) => n.reference)]);
      expect(file.rowCount).toBe(listed.length);
      const expected = disclosedIfAny
        ? listed
            .map((n) => n.id)
            .sort()
            .map((id) => ({ entity_type: entityType, entity_id: id, disclosed_to_agency_id: viewer.agencyId, channel: 'EXPORT' }))
        : [];
      expect([viewer.name, label, format, await disclosuresSince(t.dataSource, viewer.userId, before)]).toEqual([
        viewer.name,
        label,
        format,
        expected,
      ]);
    }
  }

  it('groups: every filter, sort and format, for each viewer, with the disclosures of exactly those groups', async () => {
    for (const viewer of viewers) {
      const every = await everyPage<Node>(
        t,
        viewer.session,
        OCGS,
        'ocgs',
        { panelId: p.panelId, filter: { statuses: [...OCG_STATUSES] }, sort: 'REFERENCE' },
        4,
      );
      expect(every).toHaveLength(6);
      for (const [label, filter, sort = 'SCORE'] of ocgCases()) {
        const listed = await everyPage<Node>(t, viewer.session, OCGS, 'ocgs', { panelId: p.panelId, filter, sort }, 2);
        // "Larch" is also a nominal's alias: a viewer without cover reads "Operation [name withheld]", and the
        // name they do not see finds nothing for them, in the list and in the file alike.
        if (label === 'search' && viewer.namesWithheld) {
          expect(listed).toEqual([]);
        } else if (Object.keys(filter).length && label !== 'every status, archived included') {
          // A filter that narrows nothing would let an export that ignores it pass unseen.
          expect([label, listed.length > 0 && listed.length < every.length]).toEqual([label, true]);
        }
        await expectSameRows(
          viewer,
          label,
          listed,
          async (format) => {
            const res = await t.gql<{ exportOcgs: ExportFile }>(
              EXPORT_OCGS,
              { panelId: p.panelId, format, filter, sort },
              { session: viewer.session },
            );
            expect(res.errors).toBeUndefined();
            return res.data!.exportOcgs;
          },
          'Ocg',
          true,
        );
      }
    }
  });

  it('nominals: every filter and format, for each viewer; names neither searched nor disclosed where they are withheld', async () => {
    for (const viewer of viewers) {
      for (const [label, filter] of nominalCases()) {
        const listed = await everyPage<Node>(t, viewer.session, NOMINALS, 'nominals', { panelId: p.panelId, filter }, 2);
        if (Object.keys(filter).length && !(viewer.namesWithheld && /name|alias|within/.test(label))) {
          expect([label, listed.length > 0 && listed.length < 4]).toEqual([label, true]);
        }
        await expectSameRows(
          viewer,
          label,
          listed,
          async (format) => {
            const res = await t.gql<{ exportNominals: ExportFile & { personalDataWithheld: boolean } }>(
              EXPORT_NOMINALS,
              { panelId: p.panelId, format, filter },
              { session: viewer.session },
            );
            expect(res.errors).toBeUndefined();
            expect(res.data!.exportNominals.personalDataWithheld).toBe(viewer.namesWithheld);
            return res.data!.exportNominals;
          },
          'Nominal',
          !viewer.namesWithheld,
        );
      }
    }
    const uncovered = viewers.find((v) => v.namesWithheld)!;
    const byName = await everyPage<Node>(t, uncovered.session, NOMINALS, 'nominals', { panelId: p.panelId, filter: { search: 'smith' } }, 2);
    expect(byName).toEqual([]);
  });

  it('refuses a filter that is not valid, naming its field', async () => {
    const [police] = viewers;
    const res = await t.gql(EXPORT_OCGS, { panelId: p.panelId, format: 'CSV', filter: { lroUserId: 'not-an-id' } }, { session: police.session });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.lroUserId' });
  });
});
