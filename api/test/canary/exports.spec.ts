import { getNamedType, isEnumType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { addDays, londonToday } from '@sentinel/shared';
import type { CanaryClient } from './client.js';
import { canarySuite, replicaStatements } from './suite.js';
import { MUTATION_TABLE } from './channels.js';
import { officeText, pdfText } from './files.js';
import { Ledger, pool } from './ledger.js';
import type { World } from './seed.js';
import { fitArgs, rootFields } from './selection.js';
import { VIEWERS, type Sessions, type ViewerDef } from './viewers.js';

/** The file an export answers, as text: CSV as it is, Excel through its XML, PDF through its text. */
function fileText(file: { contentType?: string; base64?: string } | undefined): string {
  if (!file?.base64) return '';
  const bytes = Buffer.from(file.base64, 'base64');
  const type = file.contentType ?? '';
  if (type.includes('pdf')) return pdfText(bytes);
  if (type.includes('spreadsheetml') || type.includes('officedocument')) return officeText(bytes);
  return bytes.toString('utf8');
}

interface ExportCall {
  field: string;
  label: string;
  args: Record<string, unknown>;
}

/**
 * Every export mutation (the root mutations answering a file), in every format its `format` argument lists, for
 * both panels, unfiltered and filtered by a search equal to a canary, as every viewer. The file's bytes are
 * decoded and searched, with the rest of the answer.
 */
describe('canary leak suite: exports', () => {
  let client: CanaryClient;
  let w: World;
  let sessions: Sessions;
  let schema: GraphQLSchema;
  let ledger: Ledger;
  const suite = canarySuite('exports');
  beforeAll(() => ({ client, w, sessions, schema, ledger } = suite));

  const exportFields = () => Object.values(schema.getMutationType()!.getFields()).filter((f) => getNamedType(f.type).name === 'ExportFile');

  it('drives every mutation that answers a file, and the table names every root mutation', () => {
    const fields = rootFields(schema, 'mutation');
    expect(fields.filter((f) => !MUTATION_TABLE[f])).toEqual([]);
    expect(Object.keys(MUTATION_TABLE).filter((f) => !fields.includes(f))).toEqual([]);
    const files = exportFields()
      .map((f) => f.name)
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect(files).toEqual(
      Object.keys(MUTATION_TABLE)
        .filter((f) => MUTATION_TABLE[f] === 'export')
        .sort(),
    );
  });

  function calls(): ExportCall[] {
    const out: ExportCall[] = [];
    const search: Record<string, string> = {
      exportTasks: w.probes.find((p) => p.kind === 'task' && p.panel === 'A' && p.text.length)!.text,
      exportOcgs: w.probes.find((p) => p.kind === 'ocg' && p.panel === 'A')!.text,
      exportNominals: w.probes.find((p) => p.kind === 'nominal' && p.panel === 'A')!.text,
    };
    for (const f of exportFields()) {
      const formatArg = f.args.find((a) => a.name === 'format')!;
      const formats = (getNamedType(formatArg.type) as unknown as { getValues(): { name: string }[] }).getValues().map((v) => v.name);
      expect(isEnumType(getNamedType(formatArg.type))).toBe(true);
      for (const [panel, panelId] of [
        ['A', w.panelA],
        ['B', w.panelB],
      ] as const) {
        for (const format of formats) {
          const base: Record<string, unknown> = { panelId, format };
          if (f.args.some((a) => a.name === 'from')) Object.assign(base, { from: addDays(londonToday(), -365), to: londonToday() });
          out.push({ field: f.name, label: `panel ${panel} ${format}`, args: base });
          const text = search[f.name];
          if (text && panel === 'A' && accepts(f, 'search'))
            out.push({ field: f.name, label: `panel A ${format} search "${text}"`, args: { ...base, search: text } });
        }
      }
    }
    return out;
  }

  /** Whether the export takes this condition, as an argument or in its filter object. */
  function accepts(f: GraphQLField<unknown, unknown>, name: string): boolean {
    try {
      fitArgs(f, { [name]: 'x' });
      return true;
    } catch {
      return false;
    }
  }

  it('puts no canary a viewer may not read into any export file', async () => {
    const jobs: { v: ViewerDef; call: ExportCall }[] = calls().flatMap((call) => VIEWERS.map((v) => ({ v, call })));
    const replicaBefore = await replicaStatements();
    await pool(jobs, 3, async ({ v, call }) => {
      const field = schema.getMutationType()!.getFields()[call.field];
      const args = fitArgs(field, call.args);
      const defs = Object.keys(args)
        .map((name) => `$${name}: ${field.args.find((a) => a.name === name)!.type.toString()}`)
        .join(', ');
      const uses = Object.keys(args)
        .map((name) => `${name}: $${name}`)
        .join(', ');
      const doc = `mutation(${defs}) { ${call.field}(${uses}) { filename contentType base64 rowCount personalDataWithheld } }`;
      const res = await client.gql<Record<string, { contentType: string; base64: string }>>(doc, args, sessions.get(v.key));
      const file = res.data?.[call.field];
      const answer = JSON.stringify({ ...res, data: file ? { ...file, base64: undefined } : res.data });
      ledger.check(v.key, v.profile, `Mutation.${call.field}(${String(call.args.format)})`, call.label, `${answer}\n${fileText(file)}`);
    });
    suite.driven = true;
    expect(ledger.leakReport()).toEqual([]);
    // The files were read through the replica's connections (canary/suite.ts), each viewer in their own scope.
    expect(await replicaStatements()).toBeGreaterThan(replicaBefore);
  }, 240_000);

  it('shows each member the records they may read in the files (the search reads real files)', () => {
    expect(suite.driven).toBe(true);
    const token = (record: string, field: string) => w.book.all.find((c) => c.record === record && c.field === field)!.token;
    const expected: [ViewerDef['key'], string, string][] = [
      ['chair', 'Mutation.exportTasks(CSV)', token('task A.dwp', 'title')],
      ['chair', 'Mutation.exportTasks(XLSX)', token('task A.dwp', 'title')],
      ['hmrc', 'Mutation.exportTasks(CSV)', token('task A.hmrc', 'title')],
      ['housing', 'Mutation.exportOcgs(XLSX)', token('ocg A.main', 'name')],
      ['housing', 'Mutation.exportOcgs(CSV)', token('ocg A.main', 'name')],
      ['chair', 'Mutation.exportNominals(CSV)', token('nominal A.main', 'surname')],
      ['hmrc', 'Mutation.exportNominals(XLSX)', token('nominal A.main', 'surname')],
      ['chairB', 'Mutation.exportTasks(XLSX)', token('task B.main', 'title')],
      ['chairB', 'Mutation.exportNominals(CSV)', token('nominal B.main', 'surname')],
    ];
    const missing = expected.filter(([viewer, channel, tok]) => !ledger.seenBy(viewer, (c) => c === channel).has(tok));
    expect(missing).toEqual([]);
    // The outcome report names agencies and groups of the panel, in each of its formats.
    for (const format of ['CSV', 'XLSX', 'PDF'])
      expect(`${format}: ${ledger.seenBy('chair', `Mutation.exportOutcomeReport(${format})`).size > 0}`).toBe(`${format}: true`);
  });
});
