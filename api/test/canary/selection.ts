import {
  astFromValue,
  getNamedType,
  isAbstractType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { LIMITS } from '@sentinel/shared';

/**
 * Selection sets built from the live schema: every scalar and enum field, object fields to a bounded depth (a
 * page wrapper such as TaskPage does not count as a level, and a type already open on the path is not opened
 * again), every implementation of an interface. Fields with required arguments are skipped, and named (none
 * today: the nested lists take an optional `limit`, which is set small). A selection whose cost is over the
 * API's limit is split into several, so every field is asked for in some request and none is refused as too
 * expensive.
 */

export const MAX_DEPTH = 3;
/** The page size asked of nested paged fields (Ocg.disruptions, Task.updates, ...). The world has fewer rows. */
const NESTED_LIMIT = 5;
/** Room for the operation itself under the API's cost limit. */
const COST_BUDGET = LIMITS.queryCostMax - 20;

export interface Sel {
  /** A field name, or `... on Type` for an inline fragment. */
  name: string;
  args: string;
  /** Rows a paged field multiplies its children's cost by (its `limit`); 1 otherwise. */
  mult: number;
  children: Sel[] | null;
}

/** Fields left out because of a required argument no table supplies; queries.spec.ts fails on any. */
export const skippedFields = new Set<string>();

const isPage = (t: GraphQLNamedType) => isObjectType(t) && t.name.endsWith('Page') && 'nodes' in t.getFields();

function requiredArgs(f: { args: readonly GraphQLArgument[] }): GraphQLArgument[] {
  return f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
}

function fieldsOf(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, path: ReadonlySet<string>, max: number): Sel[] | null {
  if (isAbstractType(type)) {
    const fragments = schema
      .getPossibleTypes(type)
      .map((t) => ({ name: `... on ${t.name}`, args: '', mult: 1, children: objectFields(schema, t, depth, path, max) }))
      .filter((f) => f.children.length > 0);
    return [{ name: '__typename', args: '', mult: 1, children: null }, ...fragments];
  }
  if (isObjectType(type)) return objectFields(schema, type, depth, path, max);
  return null;
}

function objectFields(schema: GraphQLSchema, type: GraphQLObjectType, depth: number, path: ReadonlySet<string>, max: number): Sel[] {
  const out: Sel[] = [];
  for (const f of Object.values(type.getFields())) {
    if (requiredArgs(f).length) {
      skippedFields.add(`${type.name}.${f.name}`);
      continue;
    }
    const named = getNamedType(f.type);
    const limit = f.args.some((a) => a.name === 'limit');
    const args = limit ? `(limit: ${NESTED_LIMIT})` : '';
    const mult = limit ? NESTED_LIMIT : 1;
    if (isLeafType(named)) {
      out.push({ name: f.name, args, mult: 1, children: null });
      continue;
    }
    const next = isPage(named) ? depth : depth + 1;
    if (next > max || path.has(named.name)) continue;
    const children = fieldsOf(schema, named, next, new Set([...path, named.name]), max);
    if (children?.length) out.push({ name: f.name, args, mult, children });
  }
  return out;
}

export function cost(s: Sel): number {
  if (!s.children) return 1;
  const inner = s.children.reduce((sum, c) => sum + cost(c), 0);
  return s.name.startsWith('...') ? inner : 1 + s.mult * inner;
}

/** Splits a selection into several, each within `budget`, together asking for every field of the original. */
export function split(s: Sel, budget: number): Sel[] {
  if (!s.children || cost(s) <= budget) return [s];
  const overhead = s.name.startsWith('...') ? 0 : 1;
  const childBudget = Math.floor((budget - overhead) / s.mult);
  if (childBudget < 1) throw new Error(`cannot fit ${s.name} under a cost of ${budget}`);
  const pieces = s.children.flatMap((c) => split(c, childBudget));
  const bins: { used: number; items: Sel[] }[] = [];
  for (const piece of pieces) {
    const c = cost(piece);
    const bin = bins.find((b) => b.used + c <= childBudget);
    if (bin) {
      bin.used += c;
      bin.items.push(piece);
    } else bins.push({ used: c, items: [piece] });
  }
  return bins.map((b) => ({ ...s, children: b.items }));
}

function render(s: Sel): string {
  return s.children ? `${s.name}${s.args} { ${s.children.map(render).join(' ')} }` : `${s.name}${s.args}`;
}

/**
 * Arguments as the live schema takes them: a list's conditions (statuses, search...) go top-level or, where the
 * field takes one `filter` object (the object its export takes too), into that object.
 */
export function fitArgs(field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const filterArg = field.args.find((a) => a.name === 'filter');
  const filterType = filterArg ? getNamedType(filterArg.type) : null;
  const filterFields = filterType && isInputObjectType(filterType) ? filterType.getFields() : {};
  for (const [name, value] of Object.entries(values)) {
    if (field.args.some((a) => a.name === name)) out[name] = value;
    else if (name in filterFields) out.filter = { ...((out.filter as object) ?? {}), [name]: value };
    else throw new Error(`${field.name} takes no ${name}, neither as an argument nor in a filter`);
  }
  return out;
}

/** The argument values of a root field as GraphQL literals, typed by the schema. */
function argText(field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): string {
  const parts = Object.entries(values).map(([name, value]) => {
    const arg = field.args.find((a) => a.name === name);
    if (!arg) throw new Error(`${field.name} has no argument ${name}`);
    const ast = astFromValue(value, arg.type);
    if (!ast) throw new Error(`${field.name}(${name}) cannot take ${JSON.stringify(value)}`);
    return `${name}: ${print(ast)}`;
  });
  return parts.length ? `(${parts.join(', ')})` : '';
}

/**
 * The documents that together ask a root field for everything, with these arguments: one, or several when one
 * would cost more than the API allows. `operation` is 'query', 'mutation' or 'subscription'.
 */
export function documentsFor(
  schema: GraphQLSchema,
  operation: 'query' | 'mutation' | 'subscription',
  fieldName: string,
  values: Record<string, unknown>,
  maxDepth = MAX_DEPTH,
): string[] {
  const root = operation === 'query' ? schema.getQueryType() : operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const field = root?.getFields()[fieldName];
  if (!field) throw new Error(`no ${operation} field ${fieldName}`);
  const missing = requiredArgs(field).filter((a) => values[a.name] === undefined);
  if (missing.length) throw new Error(`${fieldName} needs ${missing.map((a) => a.name).join(', ')}`);
  const named = getNamedType(field.type);
  const limit = typeof values.limit === 'number' ? values.limit : 1;
  const top: Sel = {
    name: fieldName,
    args: argText(field, fitArgs(field, values)),
    mult: field.args.some((a) => a.name === 'limit') ? limit : 1,
    children: fieldsOf(schema, named, isPage(named) ? 0 : 1, new Set([named.name]), maxDepth),
  };
  const parts = split(top, COST_BUDGET);
  return parts.map((p) => `${operation} { ${render(p)} }`);
}

/** The root fields of one kind of operation, by name. */
export function rootFields(schema: GraphQLSchema, operation: 'query' | 'mutation' | 'subscription'): string[] {
  const root = operation === 'query' ? schema.getQueryType() : operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return Object.keys(root?.getFields() ?? {}).sort();
}
