import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** One root field as the fuzz calls it: a document whose every argument is a variable. */
export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  args: readonly GraphQLArgument[];
  document: string;
}

/** Leaf fields asked for per object, and object fields opened per object, so no document nears the cost limit. */
const LEAVES = 10;
const OBJECTS = 3;

const isPage = (t: GraphQLNamedType) => isObjectType(t) && t.name.endsWith('Page') && 'nodes' in t.getFields();
const hasRequiredArgs = (f: GraphQLField<unknown, unknown>) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** A small selection: leaf fields, and at the first level a few object fields with their leaves (pages opened to their nodes). */
function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (isAbstractType(type)) {
    const parts = schema.getPossibleTypes(type).map((t) => `... on ${t.name} ${selection(schema, t, depth)}`);
    return `{ __typename ${parts.join(' ')} }`;
  }
  if (!isObjectType(type)) return '{ __typename }';
  const fields = Object.values(type.getFields()).filter((f) => !hasRequiredArgs(f));
  const leaves = fields
    .filter((f) => isLeafType(getNamedType(f.type)))
    .slice(0, LEAVES)
    .map((f) => f.name);
  const objects =
    depth > 0
      ? []
      : fields
          .filter((f) => !isLeafType(getNamedType(f.type)))
          .slice(0, OBJECTS)
          .map((f) => {
            const named = getNamedType(f.type);
            const limit = f.args.some((a) => a.name === 'limit') ? '(limit: 2)' : '';
            return `${f.name}${limit} ${selection(schema, named, isPage(named) ? depth : depth + 1)}`;
          });
  return `{ __typename ${[...leaves, ...objects].join(' ')} }`;
}

/** A variable's declared type: an argument with a default is declared nullable, so leaving it out keeps the default. */
function variableType(arg: GraphQLArgument): string {
  const type: GraphQLInputType = arg.defaultValue !== undefined ? getNullableType(arg.type) : arg.type;
  return String(type);
}

export function operations(schema: GraphQLSchema, kind: 'query' | 'mutation', exclude: ReadonlySet<string>): Operation[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {})
    .filter((f) => !exclude.has(f.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => {
      const named = getNamedType(f.type);
      const declared = f.args.map((a) => `$${a.name}: ${variableType(a)}`).join(', ');
      const passed = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${kind} Fuzz${declared ? `(${declared})` : ''} { ${f.name}${passed ? `(${passed})` : ''} ${selection(schema, named, 0)} }`;
      return { kind, name: f.name, args: f.args, document };
    });
}
