import { randomUUID } from 'node:crypto';
import writeXlsxFile from 'write-excel-file/node';
import Papa from 'papaparse';
import { IMPORT_KINDS, IMPORT_PATHS, IMPORT_SPECS, importTemplateCsv, registrationShapeMessage } from '@sentinel/shared';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { csv, refused, upload, type Upload } from './import-support.js';
import { addNominal, addOcg, addVehicle } from '../search/seed.js';

interface ImportError {
  row: number | null;
  field: string | null;
  column: string | null;
  message: string;
}
interface Preview {
  columns: string[];
  rowCount: number;
  valid: boolean;
  suggestedMapping: { column: string; field: string }[];
  mapping: { column: string; field: string }[];
  errors: ImportError[];
}
interface Result {
  imported: boolean;
  created: { ocgs: number; nominals: number; vehicles: number; links: number };
  errors: ImportError[];
}

describe('imports', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let other: PanelFixture;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    other = await createPanel(t.dataSource);
  });
  afterAll(() => t.close());

  /** A fresh panel per test, so counts and references start from nothing. */
  const panel = async () => {
    const p = await createPanel(t.dataSource);
    return { p, chair: await t.signIn(p.users.CHAIR.email, TEST_PASSWORD) };
  };
  const send = async <T>(path: string, session: string, u: Upload) => {
    const res = await upload(t, path, u, { session });
    expect([res.status, res.body.errors]).toEqual([200, undefined]);
    return res.body.data as T;
  };
  const refusal = (path: string, u: Upload, opts: Parameters<typeof upload>[3] = {}) => refused(t, path, u, opts);
  const count = async (table: string, panelId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE panel_id = $1`, [panelId]))[0].n as number;

  it('rejects the unauthenticated, and an upload not sent by our own pages', async () => {
    const u = { panelId: other.panelId, kind: 'OCGS', file: csv(['Name', 'A crew']) };
    for (const path of [IMPORT_PATHS.preview, IMPORT_PATHS.run]) {
      expect(await refusal(path, u)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    }
    const { p, chair } = await panel();
    const own = { ...u, panelId: p.panelId };
    // A form of another site can post multipart data with the cookie, but cannot add a header.
    expect(await refusal(IMPORT_PATHS.run, own, { session: chair, headers: {} })).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const foreignOrigin = { 'X-Requested-With': 'Sentinel', Origin: 'https://elsewhere.example' };
    expect(await refusal(IMPORT_PATHS.run, own, { session: chair, headers: foreignOrigin })).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await count('ocg', p.panelId)).toBe(0);
  });

  it("hides other panels' records exactly like missing ones", async () => {
    const { p, chair } = await panel();
    const vars = { kind: 'OCGS', file: csv(['Name', 'A crew']) };
    const foreign = await refusal(IMPORT_PATHS.run, { ...vars, panelId: other.panelId }, { session: chair });
    const missing = await refusal(IMPORT_PATHS.run, { ...vars, panelId: randomUUID() }, { session: chair });
    expect(foreign).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(foreign).toEqual(missing);
    expect(await count('ocg', other.panelId)).toBe(0);
    // A reference to another panel's OCG is not found either.
    await addOcg(t.dataSource, other.panelId, 'OCG-0009', 'Elsewhere');
    const preview = await send<Preview>(IMPORT_PATHS.preview, chair, {
      panelId: p.panelId,
      kind: 'NOMINALS',
      file: csv(['Surname,OCG reference,Role', 'Smith,OCG-0009,Principal']),
    });
    expect(preview.errors).toEqual([
      { row: 2, field: 'OCG_REFERENCE', column: 'OCG reference', message: 'No OCG with reference OCG-0009 is recorded on this panel' },
    ]);
  });

  it('offers a template per kind whose header the import matches whole, each field to its column', async () => {
    const { p, chair } = await panel();
    for (const kind of IMPORT_KINDS) {
      const template = importTemplateCsv(kind);
      // Read by a CSV parser, papaparse, independent of the template's own writer.
      const header = Papa.parse<string[]>(template.trim()).data[0];
      expect(header).toEqual(IMPORT_SPECS[kind].map((s) => s.label));
      const preview = await send<Preview>(IMPORT_PATHS.preview, chair, { panelId: p.panelId, kind, file: Buffer.from(template) });
      expect([kind, preview.suggestedMapping]).toEqual([kind, IMPORT_SPECS[kind].map((s) => ({ column: s.label, field: s.field }))]);
      expect(preview.rowCount).toBe(0);
    }
  });

  it('lists every problem of every row in a preview, names the row and field, and writes nothing', async () => {
    const { p, chair } = await panel();
    // Rows are numbered as the spreadsheet shows them: the marking is row 1, the header row 2.
    const file = csv([
      'OFFICIAL-SENSITIVE',
      'Reference,Group name,Status,Crime types,Areas,Date mapped',
      'OCG-0010,Riverside Crew,Active,Drugs supply; MONEY_LAUNDERING,Sunderland,01/02/2024',
      ',Hill Gang,Sleeping,Drugs,Durham,31/02/2024',
      'OCG-0010,,Emerging,,,',
    ]);
    const preview = await send<Preview>(IMPORT_PATHS.preview, chair, { panelId: p.panelId, kind: 'OCGS', file: file });
    expect(preview.columns).toEqual(['Reference', 'Group name', 'Status', 'Crime types', 'Areas', 'Date mapped']);
    expect(preview.rowCount).toBe(3);
    expect(preview.valid).toBe(false);
    expect(preview.errors.map((e) => [e.row, e.field, e.column])).toEqual([
      [4, 'STATUS', 'Status'],
      [4, 'CRIME_TYPES', 'Crime types'],
      [4, 'DATE_MAPPED', 'Date mapped'],
      [5, 'NAME', 'Group name'],
      [5, 'REFERENCE', 'Reference'],
    ]);
    expect(preview.errors[3].message).toBe('Enter the name');
    expect(preview.errors[4].message).toBe('Reference OCG-0010 is also on row 3');

    const run = await send<Result>(IMPORT_PATHS.run, chair, { panelId: p.panelId, kind: 'OCGS', file: file });
    expect(run.imported).toBe(false);
    expect(run.created).toEqual({ ocgs: 0, nominals: 0, vehicles: 0, links: 0 });
    expect(run.errors).toEqual(preview.errors);
    expect(await count('ocg', p.panelId)).toBe(0);
    const [{ next_ocg_number }] = await t.dataSource.query(`SELECT next_ocg_number FROM panel WHERE id = $1`, [p.panelId]);
    expect(next_ocg_number).toBe(1);
  });

  it('refuses, row by row, a registration that is not in a UK shape, with the message the form gives', async () => {
    const { p, chair } = await panel();
    const file = csv(['Registration,Make', 'AB12 CDE,Audi', 'XX,Ford', 'ZZ99 A!B,']);
    const preview = await send<Preview>(IMPORT_PATHS.preview, chair, { panelId: p.panelId, kind: 'VEHICLES', file });
    expect(preview.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [3, 'REGISTRATION', registrationShapeMessage('XX')],
      [4, 'REGISTRATION', registrationShapeMessage('ZZ99 A!B')],
    ]);
    expect(registrationShapeMessage('XX')).toMatch(/^“XX” is not a UK registration mark: enter one such as AB12 CDE/);
    const run = await send<Result>(IMPORT_PATHS.run, chair, { panelId: p.panelId, kind: 'VEHICLES', file });
    expect(run.imported).toBe(false);
    expect(await count('vehicle', p.panelId)).toBe(0);
  });

  it('imports a good file of OCGs, then nominals, vehicles and links, all rows each time, with audit rows', async () => {
    const { p, chair } = await panel();
    const go = (kind: string, lines: string[]) => send<Result>(IMPORT_PATHS.run, chair, { panelId: p.panelId, kind, file: csv(lines) });

    const ocgs = await go('OCGS', [
      'Reference,Name,Status,Crime types,Areas,Date mapped',
      'OCG-0005,Riverside Crew,Active,Drugs supply; MONEY_LAUNDERING,Sunderland; Washington,01/02/2024',
      ',Hill Gang,,,,2024-03-04',
      ',"=HYPERLINK(""x"")",Dormant,Fraud,,',
    ]);
    expect(ocgs).toEqual({ imported: true, created: { ocgs: 3, nominals: 0, vehicles: 0, links: 0 }, errors: [] });
    const groups = await t.dataSource.query(
      `SELECT reference, name, status, crime_types, areas, date_mapped::text AS date_mapped FROM ocg WHERE panel_id = $1 ORDER BY reference`,
      [p.panelId],
    );
    expect(groups).toEqual([
      {
        reference: 'OCG-0005',
        name: 'Riverside Crew',
        status: 'ACTIVE',
        crime_types: ['DRUGS_SUPPLY', 'MONEY_LAUNDERING'],
        areas: ['Sunderland', 'Washington'],
        date_mapped: '2024-02-01',
      },
      { reference: 'OCG-0006', name: 'Hill Gang', status: 'EMERGING', crime_types: [], areas: [], date_mapped: '2024-03-04' },
      { reference: 'OCG-0007', name: '=HYPERLINK("x")', status: 'DORMANT', crime_types: ['FRAUD'], areas: [], date_mapped: null },
    ]);

    const nominals = await go('NOMINALS', [
      'Surname,Forenames,Aliases,DOB,OCG,Role',
      'Smith,John,Smudge; Jonny,01/04/1990,OCG-0005,Principal',
      'Álvarez,José,,1985-12-31,ocg-0006,significant',
      'Brown,Amy,,,,',
    ]);
    expect(nominals.created).toEqual({ ocgs: 0, nominals: 3, vehicles: 0, links: 2 });
    const people = await t.dataSource.query(
      `SELECT reference, surname, aliases, date_of_birth::text AS dob, name_search FROM nominal WHERE panel_id = $1 ORDER BY reference`,
      [p.panelId],
    );
    expect(people).toEqual([
      { reference: 'N-0001', surname: 'Smith', aliases: ['Smudge', 'Jonny'], dob: '1990-04-01', name_search: 'john smith smudge jonny' },
      { reference: 'N-0002', surname: 'Álvarez', aliases: [], dob: '1985-12-31', name_search: 'jose alvarez' },
      { reference: 'N-0003', surname: 'Brown', aliases: [], dob: null, name_search: 'amy brown' },
    ]);
    const search = await t.gql<{ search: { hits: { id: string; title: string }[] } }>(
      `query($p: ID!) { search(panelId: $p, text: "Jon Smyth", kinds: [NOMINAL]) { hits { id title } } }`,
      { p: p.panelId },
      { session: chair },
    );
    expect(search.data?.search.hits[0].title).toBe('John SMITH');

    await addVehicle(t.dataSource, p.panelId, 'YX19 ABC');
    const vehicles = await go('VEHICLES', [
      'Reg,Make,Model,Colour,OCG reference,Nominal reference',
      'ab12 cde,Audi,A3,Black,OCG-0005,N-0001',
      'YX19ABC,,,,OCG-0006,',
    ]);
    expect(vehicles.created).toEqual({ ocgs: 0, nominals: 0, vehicles: 1, links: 3 });
    expect(await count('vehicle', p.panelId)).toBe(2);

    const links = await go('LINKS', [
      'OCG reference,Nominal reference,Role,Registration',
      'OCG-0007,N-0003,Associate,',
      'OCG-0005,N-0001,Principal,',
      ',N-0003,,YX19 ABC',
      'OCG-0006,N-0002,Associate,yx19abc',
    ]);
    // Unchanged links are left alone: N-0001 is already Principal, YX19 ABC already linked to OCG-0006.
    expect(links.created).toEqual({ ocgs: 0, nominals: 0, vehicles: 0, links: 4 });
    const roles = await t.dataSource.query(
      `SELECT o.reference AS ocg, n.reference AS nominal, l.role FROM ocg_nominal l JOIN ocg o ON o.id = l.ocg_id JOIN nominal n ON n.id = l.nominal_id
        WHERE o.panel_id = $1 ORDER BY 1, 2`,
      [p.panelId],
    );
    expect(roles).toEqual([
      { ocg: 'OCG-0005', nominal: 'N-0001', role: 'PRINCIPAL' },
      { ocg: 'OCG-0006', nominal: 'N-0002', role: 'ASSOCIATE' },
      { ocg: 'OCG-0007', nominal: 'N-0003', role: 'ASSOCIATE' },
    ]);
    const [roleChange] = await t.dataSource.query(
      `SELECT a.changes FROM audit_event a JOIN ocg o ON o.id::text = a.entity_id
        WHERE o.panel_id = $1 AND o.reference = 'OCG-0006' AND a.changes ? 'role of N-0002' ORDER BY a.id DESC LIMIT 1`,
      [p.panelId],
    );
    expect(roleChange.changes).toEqual({ 'role of N-0002': ['SIGNIFICANT', 'ASSOCIATE'] });

    const audit = await t.dataSource.query(
      `SELECT entity_type, action, count(*)::int AS n FROM audit_event WHERE panel_id = $1 AND actor_user_id = $2
        GROUP BY entity_type, action ORDER BY entity_type, action`,
      [p.panelId, p.users.CHAIR.userId],
    );
    expect(audit).toEqual([
      { entity_type: 'Nominal', action: 'CREATE', n: 3 },
      { entity_type: 'Nominal', action: 'UPDATE', n: 3 },
      { entity_type: 'Ocg', action: 'CREATE', n: 3 },
      { entity_type: 'Ocg', action: 'UPDATE', n: 6 },
      { entity_type: 'Vehicle', action: 'CREATE', n: 1 },
    ]);
    const [{ next_ocg_number, next_nominal_number }] = await t.dataSource.query(
      `SELECT next_ocg_number, next_nominal_number FROM panel WHERE id = $1`,
      [p.panelId],
    );
    expect([next_ocg_number, next_nominal_number]).toEqual([8, 4]);
  });

  it('reads an Excel workbook with a mapping chosen by the user, in a constant number of statements', async () => {
    const { p, chair } = await panel();
    await addNominal(t.dataSource, p.panelId, 'N-0001', 'Existing', 'Person');
    await t.dataSource.query(`UPDATE panel SET next_nominal_number = 2 WHERE id = $1`, [p.panelId]);
    const workbook = async (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => [`Family${i}`, `Given${i}`, new Date(Date.UTC(1980, 0, 1 + i))]);
      const buffer = await writeXlsxFile([['Col A', 'Col B', 'Col C'], ...rows], { dateFormat: 'dd/mm/yyyy' }).toBuffer();
      return buffer;
    };
    const mapping = [
      { column: 'Col A', field: 'SURNAME' },
      { column: 'Col B', field: 'FORENAMES' },
      { column: 'Col C', field: 'DATE_OF_BIRTH' },
    ];
    const preview = await send<Preview>(IMPORT_PATHS.preview, chair, {
      panelId: p.panelId,
      kind: 'NOMINALS',
      file: await workbook(2),
      fileName: 'people.xlsx',
    });
    expect(preview.suggestedMapping).toEqual([]);
    expect(preview.errors).toEqual([{ row: null, field: 'SURNAME', column: null, message: 'Choose the column that holds the surname' }]);
    const statements = async (n: number) => {
      sql.count = 0;
      const run = await send<Result>(IMPORT_PATHS.run, chair, {
        panelId: p.panelId,
        kind: 'NOMINALS',
        file: await workbook(n),
        fileName: 'people.xlsx',
        mapping,
      });
      expect(run.errors).toEqual([]);
      expect(run.created.nominals).toBe(n);
      return sql.count;
    };
    expect(await statements(3)).toBe(await statements(60));
    const first = await t.dataSource.query(`SELECT surname, date_of_birth::text AS dob FROM nominal WHERE panel_id = $1 AND reference = 'N-0002'`, [
      p.panelId,
    ]);
    expect(first).toEqual([{ surname: 'Family0', dob: '1980-01-01' }]);
  });

  it('imports an OCG export of another panel as it was, marking and neutralised formulae included', async () => {
    const { p: from, chair: fromChair } = await panel();
    await addOcg(t.dataSource, from.panelId, 'OCG-0003', '=HYPERLINK("http://evil.example")', { crimeTypes: ['FRAUD'], areas: ['Leeds'] });
    await addOcg(t.dataSource, from.panelId, 'OCG-0004', 'Quayside Firm', { status: 'DORMANT' });
    for (const format of ['CSV', 'XLSX']) {
      const { p: to, chair } = await panel();
      const exported = await t.gql<{ exportOcgs: { base64: string; filename: string } }>(
        'mutation($p: ID!, $f: ExportFormat!) { exportOcgs(panelId: $p, format: $f) { base64 filename } }',
        { p: from.panelId, f: format },
        { session: fromChair },
      );
      const { base64, filename } = exported.data!.exportOcgs;
      const run = await send<Result>(IMPORT_PATHS.run, chair, {
        panelId: to.panelId,
        kind: 'OCGS',
        file: Buffer.from(base64, 'base64'),
        fileName: filename,
      });
      expect(run.errors).toEqual([]);
      const rows = await t.dataSource.query(`SELECT reference, name, status, crime_types, areas FROM ocg WHERE panel_id = $1 ORDER BY reference`, [
        to.panelId,
      ]);
      expect(rows).toEqual([
        { reference: 'OCG-0003', name: '=HYPERLINK("http://evil.example")', status: 'ACTIVE', crime_types: ['FRAUD'], areas: ['Leeds'] },
        { reference: 'OCG-0004', name: 'Quayside Firm', status: 'DORMANT', crime_types: [], areas: [] },
      ]);
    }
  });

  it('refuses more than 5,000 rows, a file that is not CSV or Excel, and roles that do not import', async () => {
    const { p, chair } = await panel();
    const big = csv(['Name', ...Array.from({ length: 5001 }, (_, i) => `Crew ${i}`)]);
    expect(await refusal(IMPORT_PATHS.run, { panelId: p.panelId, kind: 'OCGS', file: big }, { session: chair })).toEqual({
      status: 413,
      code: 'IMPORT_TOO_LARGE',
      field: 'file',
      message: 'The file has more than 5,000 rows: split it into files of at most 5,000 rows',
    });
    const pdf = await refusal(
      IMPORT_PATHS.preview,
      { panelId: p.panelId, kind: 'OCGS', file: csv(['x']), fileName: 'notes.pdf' },
      { session: chair },
    );
    expect(pdf).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'file' });
    const badXlsx = await refusal(
      IMPORT_PATHS.preview,
      { panelId: p.panelId, kind: 'OCGS', file: csv(['Name', 'x']), fileName: 'x.xlsx' },
      { session: chair },
    );
    expect(badXlsx).toMatchObject({ status: 400, code: 'IMPORT_UNREADABLE', field: 'file' });
    const badKind = await refusal(IMPORT_PATHS.preview, { panelId: p.panelId, kind: 'PEOPLE', file: csv(['Name', 'x']) }, { session: chair });
    expect(badKind).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'kind' });
    for (const role of ['PARTNER_MEMBER', 'OBSERVER'] as const) {
      const session = await t.signIn(p.users[role].email, TEST_PASSWORD);
      const res = await refusal(IMPORT_PATHS.preview, { panelId: p.panelId, kind: 'OCGS', file: csv(['Name', 'A crew']) }, { session });
      expect(res).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
  });
});
