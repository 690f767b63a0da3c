import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';

/**
 * Argument values for any input type of the schema, of three sorts: shaped as a client would send them (so a
 * request gets past the first checks and into the services), the same with one value made hostile, and hostile
 * throughout. Hostile values: NUL characters, lone surrogates, huge strings, impossible dates, denormal and
 * out-of-range numbers, wrong enum values, nulls, huge lists, deep unicode. Names steer the shape: `dueOn` gets
 * dates, `version` small integers, `ocgId` the ids of the seeded groups.
 */

/** Existing ids by kind ('ocg', 'task', 'meeting', ...), and every id of the world under 'any'. */
export type IdPools = Record<string, string[]>;

export const HOSTILE_STRINGS = [
  '\u0000',
  'before\u0000after',
  '\ud800',
  'x\udc00y',
  '\udbff\udbff',
  '',
  '   ',
  'x'.repeat(5_000),
  'NaN',
  'Infinity',
  '-1',
  '1e-320',
  'null',
  "'; DROP TABLE task; --",
  '%_\\',
  '<script>alert(1)</script>',
  '\u202egnp.exe',
  'e' + '\u0301'.repeat(500),
  '👨‍👩‍👧‍👦'.repeat(20),
  'Ωmega ≈ ç √ ∫ 你好 مرحبا',
  '2026-02-30',
  '{"a":1}',
] as const;

const HOSTILE_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '0000-01-01',
  '9999-12-31',
  '20260101',
  '2026-2-3',
  '1800-01-01',
  '31/12/2026',
];
const VALID_DATES = ['2026-03-15', '2025-11-30', '1990-05-01', '2024-02-29', '2027-01-01'];
const HOSTILE_INSTANTS = [
  '2026-02-30T10:00:00Z',
  '2026-06-01T25:00:00Z',
  '0000-01-01T00:00:00Z',
  '275760-09-13T00:00:00Z',
  '2026-06-01',
  '2026-06-01T10:00:00+99:00',
  'yesterday',
];
const VALID_INSTANTS = ['2026-06-01T10:00:00Z', '2026-09-15T18:30:00+01:00', '2027-01-20T09:00:00.000Z'];
const HOSTILE_FLOATS = [1e-320, 5e-324, -0, 1e308, 0.1 + 0.2, 1e-7, -1, 1e15, 123456.789123];
const HOSTILE_INTS = [-1, 0, -2147483648, 2147483647, 100_001, 1_000_000];

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const weighted = <T>(...pairs: [number, fc.Arbitrary<T>][]) => fc.oneof(...pairs.map(([weight, arbitrary]) => ({ weight, arbitrary })));
/** A shaped value alone, or mixed with hostile ones. */
const mixed = <T>(shaped: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>, chaos: boolean) => (chaos ? weighted([3, shaped], [2, hostile]) : shaped);

const hostileString = pick(HOSTILE_STRINGS);
const anyUnicode = fc.string({ unit: 'binary', maxLength: 40 });
const words = fc.lorem({ maxCount: 6 }).filter((w) => w.length >= 3);
const withNul = fc.tuple(words, words).map(([a, b]) => `${a}\u0000${b}`);
const withSurrogate = fc.tuple(words, pick(['\ud800', '\udfff', '\udbc0'])).map(([a, s]) => `${a}${s}`);
const hostileText: fc.Arbitrary<string> = weighted([2, anyUnicode], [3, hostileString], [1, withNul], [1, withSurrogate]);
const hostileDate = weighted([3, pick(HOSTILE_DATES)], [1, hostileText]);
const hostileInstant = weighted([3, pick(HOSTILE_INSTANTS)], [1, hostileText]);
const hostileInt = pick(HOSTILE_INTS);
const hostileFloat = pick(HOSTILE_FLOATS);
const hostileId = pick(['', 'not-an-id', '00000000-0000-0000-0000-000000000000', '\u0000', '\ud800', 'x'.repeat(300)]);

/** A CSV file as the import takes it (base64), whose cells are free text, dates and references. */
function csvArb(chaos: boolean): fc.Arbitrary<string> {
  const cell = weighted([3, mixed(words, hostileText, chaos)], [1, pick(VALID_DATES)], [1, pick(['OCG-0101', 'N-0101', 'AB12CDE', 'PRINCIPAL'])]);
  return fc
    .tuple(
      pick([
        'Reference,Name,Status,Date mapped',
        'Surname,Forenames,Aliases,Date of birth,OCG reference,Role',
        'Registration,Make,Model,Colour,OCG reference',
        'OCG reference,Nominal reference,Role,Registration',
      ]),
      fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
    )
    .map(([header, rows]) => {
      const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
      return Buffer.from([header, ...rows.map((r) => r.map(quote).join(','))].join('\r\n'), 'utf8').toString('base64');
    });
}
const BROKEN_FILES = ['', 'not base64 at all', 'UEsDBAoAAAAAAA==', Buffer.from('\u0000\u0000\u0000').toString('base64')];

/** Which pool of ids a name points at: `ocgId` -> ocg, `minutesId` -> minutes; a bare `id` -> the parent's kind. */
const ID_KINDS: [RegExp, string][] = [
  [/objective/i, 'objective'],
  [/minutes/i, 'minutes'],
  [/series/i, 'series'],
  [/item/i, 'item'],
  [/meeting/i, 'meeting'],
  [/threat/i, 'threat'],
  [/disruption/i, 'disruption'],
  [/intelligence/i, 'intelligence'],
  [/referral/i, 'referral'],
  [/assessment/i, 'assessment'],
  [/task/i, 'task'],
  [/nominal/i, 'nominal'],
  [/vehicle/i, 'vehicle'],
  [/place/i, 'place'],
  [/subject|ocg|record/i, 'ocg'],
  [/member|membership/i, 'membership'],
  [/user|owner|lro/i, 'user'],
  [/agency|agencies/i, 'agency'],
  [/panel/i, 'panel'],
];

function idKind(name: string, parent: string): string {
  const target = name === 'id' || name === 'ids' ? parent : name;
  return ID_KINDS.find(([re]) => re.test(target))?.[1] ?? 'any';
}

/**
 * Scalars by the name of the field or argument that holds them. `chaos` mixes hostile values into every one;
 * otherwise each is shaped as a client would send it.
 */
class Scalars {
  constructor(
    private readonly pools: IdPools,
    private readonly chaos: boolean,
  ) {}

  of(scalar: string, name: string, parent: string): fc.Arbitrary<unknown> {
    switch (scalar) {
      case 'ID':
        return this.id(name, parent);
      case 'Int':
        return mixed(this.int(name), hostileInt, this.chaos);
      case 'Float':
        return mixed(pick([0, 1.25, 4.5, 12500.5, 3]), hostileFloat, this.chaos);
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return mixed(pick(VALID_INSTANTS), hostileInstant, this.chaos);
      default:
        return this.string(name, parent);
    }
  }

  id(name: string, parent: string): fc.Arbitrary<string> {
    const own = this.pools[idKind(name, parent)];
    const shaped = weighted([8, pick(own?.length ? own : this.pools.any)], [1, pick(this.pools.any)], [1, fc.uuid()]);
    return mixed(shaped, hostileId, this.chaos);
  }

  private int(name: string): fc.Arbitrary<number> {
    if (/version/i.test(name)) return fc.integer({ min: 1, max: 4 });
    if (name === 'limit') return fc.integer({ min: 1, max: 25 });
    if (name === 'offset') return fc.integer({ min: 0, max: 3 });
    return weighted([6, fc.integer({ min: 0, max: 10 })], [1, fc.integer({ min: 11, max: 500 })]);
  }

  private string(name: string, parent: string): fc.Arbitrary<string> {
    const c = this.chaos;
    if (/(On|Date|^from$|^to$|periodTo)$/.test(name) || /dateOf/i.test(name)) return mixed(pick(VALID_DATES), hostileDate, c);
    if (name === 'month') return mixed(pick(['2026-03', '2025-11']), hostileDate, c);
    if (/At$/.test(name)) return mixed(pick(VALID_INSTANTS), hostileInstant, c);
    if (/email/i.test(name))
      return mixed(
        words.map((w) => `${w.replace(/\W/g, '') || 'x'}.fuzz@example.test`),
        hostileText,
        c,
      );
    if (/time$/i.test(name)) return mixed(pick(['18:30', '09:00', '00:00']), weighted([2, pick(['25:99', '9', '-1:00'])], [1, hostileText]), c);
    if (name === 'fileBase64') return mixed(csvArb(c), pick(BROKEN_FILES), c);
    if (/fileName/i.test(name)) return mixed(pick(['records.csv', 'records.xlsx']), hostileText, c);
    if (name === 'rule')
      return mixed(
        pick(['FREQ=MONTHLY;BYDAY=1TU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE']),
        weighted([1, pick(['FREQ=SECONDLY', 'FREQ=MONTHLY;COUNT=0', 'FREQ=DAILY;UNTIL=99991231'])], [1, hostileText]),
        c,
      );
    if (/url/i.test(name))
      return mixed(pick(['https://teams.microsoft.com/l/meetup-join/abc']), weighted([1, pick(['javascript:alert(1)'])], [1, hostileText]), c);
    if (/Ids?$/.test(name)) return this.id(name, parent);
    return mixed(words, hostileText, c);
  }
}

/** What a hostile leaf becomes, by the kind of value it replaces. */
const hostileLeaf = fc.record({ text: hostileText, date: hostileDate, int: hostileInt, float: hostileFloat, id: hostileId });

/** Replaces the `n`th leaf (counting depth first) of a generated value with a hostile one of its kind. */
function replaceLeaf(value: unknown, n: number, h: { text: string; date: string; int: number; float: number; id: string }): unknown {
  const leaves: { holder: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((item, i) => (item !== null && typeof item === 'object' ? walk(item) : leaves.push({ holder: v, key: i })));
    else if (v && typeof v === 'object')
      for (const [k, item] of Object.entries(v)) {
        if (item !== null && typeof item === 'object') walk(item);
        else leaves.push({ holder: v as Record<string, unknown>, key: k });
      }
  };
  const copy = structuredClone(value);
  walk(copy);
  if (!leaves.length) return copy;
  const { holder, key } = leaves[n % leaves.length];
  const old = (holder as Record<string | number, unknown>)[key];
  const replacement =
    typeof old === 'number'
      ? Number.isInteger(old)
        ? h.int
        : h.float
      : typeof old === 'string' && /^\d{4}-\d{2}-\d{2}/.test(old)
        ? h.date
        : typeof old === 'string' && /^[0-9a-f-]{36}$/.test(old)
          ? h.id
          : h.text;
  (holder as Record<string | number, unknown>)[key] = replacement;
  return copy;
}

export class ArgumentArbitraries {
  private readonly shaped: InputValues;
  private readonly chaos: InputValues;

  constructor(pools: IdPools) {
    this.shaped = new InputValues(new Scalars(pools, false), false);
    this.chaos = new InputValues(new Scalars(pools, true), true);
  }

  /**
   * The variables of a root field: shaped as a client would send them (to reach the services), the same with one
   * value made hostile (to reach them with it), or hostile throughout (nulls, wrong enums, huge lists too).
   */
  forArgs(args: readonly GraphQLArgument[], parent: string): fc.Arbitrary<Record<string, unknown>> {
    const shaped = this.shaped.record(args, parent);
    return weighted(
      [3, shaped],
      [5, fc.tuple(shaped, fc.nat(), hostileLeaf).map(([v, n, h]) => replaceLeaf(v, n, h) as Record<string, unknown>)],
      [2, this.chaos.record(args, parent)],
    );
  }
}

class InputValues {
  private readonly inputs = new Map<string, fc.Arbitrary<Record<string, unknown>>>();

  constructor(
    private readonly scalars: Scalars,
    private readonly chaos: boolean,
  ) {}

  record(fields: readonly (GraphQLArgument | GraphQLInputField)[], parent: string): fc.Arbitrary<Record<string, unknown>> {
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const f of fields) {
      shape[f.name] = this.value(f.type, f.name, parent);
      if (isNonNullType(f.type) && f.defaultValue === undefined) required.push(f.name);
    }
    return fc.record(shape, { requiredKeys: required });
  }

  private value(type: GraphQLInputType, name: string, parent: string): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) {
      const inner = this.inner(type.ofType, name, parent);
      return this.chaos ? weighted([30, inner], [1, fc.constant(null)]) : inner;
    }
    return weighted([this.chaos ? 6 : 12, this.inner(getNullableType(type), name, parent)], [1, fc.constant(null)]);
  }

  private inner(type: GraphQLInputType, name: string, parent: string): fc.Arbitrary<unknown> {
    if (isListType(type)) {
      const item = this.value(type.ofType, name, parent);
      return this.chaos
        ? weighted([6, fc.array(item, { maxLength: 3 })], [1, fc.array(item, { minLength: 30, maxLength: 120 })])
        : fc.array(item, { maxLength: 2 });
    }
    if (isEnumType(type)) {
      // A PDF is printed by a browser: seconds per request, and no different in what it accepts.
      const all = type.getValues().map((v) => v.value as string);
      const values = all.length > 1 ? all.filter((v) => v !== 'PDF') : all;
      return this.chaos ? weighted([8, pick(values)], [1, pick(['NOT_A_VALUE', values[0].toLowerCase(), '', '\u0000'])]) : pick(values);
    }
    if (isInputObjectType(type)) {
      let arb = this.inputs.get(type.name);
      if (!arb) {
        arb = this.record(Object.values(type.getFields()), type.name);
        this.inputs.set(type.name, arb);
      }
      return arb;
    }
    if (isScalarType(type)) return this.scalars.of(type.name, name, parent);
    return fc.constant(null);
  }
}
