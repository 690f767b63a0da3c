import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LIMITS, type ErrorCode } from '@sentinel/shared';

/**
 * What a root field costs on its own, before what is asked inside it: set as `complexity` in the field's
 * options (`@Query(() => T, { complexity: FIELD_COST.report })`). These fields do work that grows with the
 * panel, not with the fields the query names, so their weight is what bounds a request.
 */
export const FIELD_COST = {
  /** A ranked search across the panel's records. */
  search: 50,
  /** A whole-panel picture: link chart, threat picture, places map, outcome report, assessments. */
  report: 200,
  /** A file built from a whole list or printed by the browser engine (exports, imports, PDFs). */
  file: 500,
} as const;

/** An error about the request itself: answered with HTTP 400 and never reaches a resolver. */
export function requestError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}), http: { status: 400 } } });
}

/** The weight a field was given with FIELD_COST, or 0 for an ordinary field. */
export function fieldWeight(field: GraphQLField<unknown, unknown> | undefined): number {
  const complexity = field?.extensions?.complexity;
  return typeof complexity === 'number' ? complexity : 0;
}

/**
 * Refuses an operation whose shape asks for too much at once: too many reports or files, root fields, aliases or
 * fields in all. Runs after validation (so fragments are known and acyclic) and before any resolver; the walk
 * stops at the bound, so a document built to multiply fields through fragments costs no more than the bound.
 */
export function checkShape(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): GraphQLError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const roots = rootFields(operation.selectionSet, fragments);
  const rootType = schema.getRootType(operation.operation);
  const heavy = roots.filter((f) => fieldWeight(rootType?.getFields()[f.name.value]) >= FIELD_COST.report).map((f) => f.name.value);
  if (heavy.length > LIMITS.heavyFieldsMax) {
    const names = [...new Set(heavy)].join(', ');
    return requestError(
      'QUERY_TOO_LARGE',
      `This request asks for ${heavy.length} reports or files at once (${names}); at most ${LIMITS.heavyFieldsMax} may be asked for in one request. Send them one at a time.`,
    );
  }
  if (roots.length > LIMITS.rootFieldsMax) {
    return requestError(
      'QUERY_TOO_LARGE',
      `This request has ${roots.length} top-level fields; at most ${LIMITS.rootFieldsMax} are allowed. Split it into smaller requests.`,
    );
  }

  let nodes = 0;
  let aliases = 0;
  let steps = 0;
  const pending: SelectionSetNode[] = [operation.selectionSet];
  while (pending.length) {
    for (const selection of pending.pop()!.selections) {
      // Spreads count too, so that fragments nesting only spreads cannot make the walk long.
      if (++steps > LIMITS.queryNodesMax * 4) return tooManyFields();
      if (selection.kind === Kind.FIELD) {
        if (++nodes > LIMITS.queryNodesMax) return tooManyFields();
        if (selection.alias && ++aliases > LIMITS.queryAliasesMax) {
          return requestError('QUERY_TOO_LARGE', `This request uses more than ${LIMITS.queryAliasesMax} aliases. Split it into smaller requests.`);
        }
        if (selection.selectionSet) pending.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return null;
}

function tooManyFields(): GraphQLError {
  return requestError(
    'QUERY_TOO_LARGE',
    `This request asks for more than ${LIMITS.queryNodesMax} fields. Ask for fewer fields, or split it into smaller requests.`,
  );
}

/** The operation's top-level fields, through any fragments at the top level. */
function rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const pending = [set];
  let steps = 0;
  while (pending.length && steps < LIMITS.queryNodesMax) {
    for (const selection of pending.pop()!.selections) {
      steps += 1;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}
