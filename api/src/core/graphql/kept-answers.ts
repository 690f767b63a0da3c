import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { isUUID } from 'class-validator';
import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { londonToday } from '@sentinel/shared';
import type { ConsultedRecord, RequestContext } from '../access/request-context.js';
import { rightsOf } from '../access/viewer-rights.js';
import type { PanelReadCache } from '../database/panel-read-cache.js';

/**
 * The fields a kept answer may hold, by type: each reads only tables whose changes move the panel's revision
 * (migrations CreatePanelRevision, ReviseGroupListTables; a test checks the statements they send), and depends on
 * nothing of the viewer but their rights and on no time but today's date. Every root field takes the panel it reads
 * as `panelId`.
 */
export const KEPT_FIELDS: Record<string, ReadonlySet<string>> = {
  Query: new Set(['ocgs']),
  OcgPage: new Set(['nodes', 'totalCount']),
  Ocg: new Set([
    'areas',
    'createdAt',
    'crimeTypes',
    'dateMapped',
    'gscMarking',
    'id',
    'lroName',
    'lroUserId',
    'name',
    'nextReviewOn',
    'nominals',
    'openTaskCount',
    'overdueTaskCount',
    'panelId',
    'reference',
    'scoreTotal',
    'scoredAt',
    'sroName',
    'sroUserId',
    'status',
    'statusChangedAt',
    'summary',
    'tier',
    'updatedAt',
    'vehicles',
    'version',
  ]),
  OcgMember: new Set(['nominal', 'role']),
  Nominal: new Set([
    'aliases',
    'dateOfBirth',
    'displayName',
    'forenames',
    'gscMarking',
    'id',
    'isChild',
    'isVulnerable',
    'nextReviewOn',
    'panelId',
    'personalDataWithheld',
    'reference',
    'riskToOfficers',
    'surname',
    'version',
    'withheldReason',
  ]),
  Vehicle: new Set(['colour', 'id', 'make', 'model', 'panelId', 'registration', 'version', 'vrm']),
};

interface Kept {
  result: FormattedExecutionResult;
  /** The personal data the answer shows, noted again for the s.62 log at every read of it. */
  consulted: [string, ConsultedRecord][];
}

/** A promise whose outcome the request that works the answer out settles. */
interface Pending {
  promise: Promise<Kept>;
  resolve(kept: Kept): void;
  reject(reason: Error): void;
}

/**
 * Keeps whole answers to the queries read most, over and over, by every member before a meeting (the group list),
 * while their panel's revision stands (PanelReadCache), one per viewer's rights, today's date, query and variables.
 * A read of a kept answer is checked and logged as any other: the request's session is read afresh, the query passes
 * the same validation and limits, and the personal data it shows is written to the s.62 log for this viewer and
 * request. The answer itself was worked out for a viewer with exactly the same rights under the same revision, so
 * its access checks hold; only answers without errors are kept. Concurrent reads of one answer share its working out.
 */
export function keptAnswersPlugin(cache: PanelReadCache): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let pending: Pending | null = null;
      return {
        async responseForOperation({ schema, document, operation, request, contextValue }) {
          const viewer = contextValue.viewer;
          if (!cache.enabled || !viewer || operation.operation !== 'query' || !request.query) return null;
          const panelId = keptPanel(schema, document, operation, request.variables ?? {});
          if (!panelId || !viewer.memberships.some((m) => m.panelId === panelId)) return null;
          const key = JSON.stringify([rightsOf(viewer), londonToday(), request.query, request.operationName ?? null, request.variables ?? {}]);
          const revision = await cache.revision(panelId);
          const mine = pendingAnswer();
          const { answer, computed } = cache.keep(
            panelId,
            `answer|${key}`,
            revision,
            () => mine.promise,
            (kept) => JSON.stringify(kept.result).length,
          );
          if (computed) {
            pending = mine;
            return null;
          }
          let kept: Kept;
          try {
            kept = await answer;
          } catch {
            // The request working it out ended in an error: this one works it out for itself.
            return null;
          }
          contextValue.consulted = new Map(kept.consulted);
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: kept.result },
          } satisfies GraphQLResponse;
        },
        async didEncounterErrors() {
          pending?.reject(new Error('Not kept: the answer had errors'));
        },
        // Before the consultation log's own hook, which writes the request's notes and clears them.
        async willSendResponse({ response, contextValue }) {
          if (!pending) return;
          const body = response.body;
          if (body.kind === 'single' && body.singleResult.data && !body.singleResult.errors?.length) {
            pending.resolve({ result: body.singleResult, consulted: [...(contextValue.consulted ?? [])] });
          } else {
            pending.reject(new Error('Not kept: the answer had errors'));
          }
        },
      };
    },
  };
}

function pendingAnswer(): Pending {
  let resolve!: (kept: Kept) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<Kept>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Whoever waits on it handles a failure; the cache's own watch must not make it an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

const panelOfDocument = new WeakMap<OperationDefinitionNode, ((variables: Record<string, unknown>) => string | null) | null>();

/** The panel a query that may be kept reads, or null when it may not be kept. Worked out once per parsed query. */
function keptPanel(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): string | null {
  let panelOf = panelOfDocument.get(operation);
  if (panelOf === undefined) {
    panelOf = keptShape(schema, document, operation);
    panelOfDocument.set(operation, panelOf);
  }
  return panelOf?.(variables) ?? null;
}

/** Whether every field the query selects may be kept; if so, how to find its one panel from the variables. */
function keptShape(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ((variables: Record<string, unknown>) => string | null) | null {
  const typeInfo = new TypeInfo(schema);
  let keepable = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (node.name.value === '__typename') return;
        if (!parent || !KEPT_FIELDS[parent.name]?.has(node.name.value)) keepable = false;
      },
    }),
  );
  if (!keepable || document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d !== operation)) return null;
  const panels = operation.selectionSet.selections.map((selection) => {
    if (selection.kind !== Kind.FIELD) return null;
    const arg = selection.arguments?.find((a) => a.name.value === 'panelId')?.value;
    if (arg?.kind === Kind.STRING) return () => arg.value;
    if (arg?.kind === Kind.VARIABLE) return (variables: Record<string, unknown>) => variables[arg.name.value];
    return null;
  });
  if (!panels.length || panels.some((p) => p === null)) return null;
  return (variables) => {
    const ids = new Set(panels.map((p) => p!(variables)));
    const [id] = ids;
    return ids.size === 1 && typeof id === 'string' && isUUID(id) ? id : null;
  };
}
