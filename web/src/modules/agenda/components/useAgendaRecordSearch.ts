import { useQuery } from '@apollo/client/react';
import type { AgendaRecordKind } from '../../../gql/graphql';
import { OPEN_TASK_STATUSES } from '../../tasks/utils/task-status';
import { AgendaOcgCandidatesQuery } from '../graphql/agenda-ocg-candidates.query';
import { AgendaReferralCandidatesQuery } from '../graphql/agenda-referral-candidates.query';
import { AgendaTaskCandidatesQuery } from '../graphql/agenda-task-candidates.query';
import { AgendaThreatCandidatesQuery } from '../graphql/agenda-threat-candidates.query';
import { CANDIDATE_SHOW_LIMIT, summaryStart, type AgendaCandidate } from '../utils/agenda-record-search';

export type AgendaRecordSearch = { kind: AgendaRecordKind; text: string };

type Result = {
  matches: AgendaCandidate[];
  /** How many match in all: more than are shown when above CANDIDATE_SHOW_LIMIT. */
  total: number;
  loading: boolean;
  error?: Error;
};

// The API finds the records for every kind (one query, only for the kind chosen) and sends the first few.
export function useAgendaRecordSearch(panelId: string, search: AgendaRecordSearch | null): Result {
  const kind = search?.kind;
  const variables = { panelId, search: search?.text ?? '', limit: CANDIDATE_SHOW_LIMIT };
  const ocgs = useQuery(AgendaOcgCandidatesQuery, { variables, skip: kind !== 'OCG', fetchPolicy: 'network-only' });
  const tasks = useQuery(AgendaTaskCandidatesQuery, {
    variables: { ...variables, statuses: [...OPEN_TASK_STATUSES] },
    skip: kind !== 'TASK',
    fetchPolicy: 'network-only',
  });
  const referrals = useQuery(AgendaReferralCandidatesQuery, { variables, skip: kind !== 'REFERRAL', fetchPolicy: 'network-only' });
  const threats = useQuery(AgendaThreatCandidatesQuery, { variables, skip: kind !== 'EMERGING_THREAT', fetchPolicy: 'network-only' });

  if (kind === 'OCG') {
    const page = ocgs.data?.ocgs;
    const matches = (page?.nodes ?? []).map((g) => ({ kind, id: g.id, reference: g.reference, title: g.name }));
    return { matches, total: page?.totalCount ?? 0, loading: ocgs.loading, error: ocgs.error };
  }
  if (kind === 'TASK') {
    const page = tasks.data?.tasks;
    const matches = (page?.nodes ?? []).map((t) => ({ kind, id: t.id, reference: t.reference, title: t.title }));
    return { matches, total: page?.totalCount ?? 0, loading: tasks.loading, error: tasks.error };
  }
  if (kind === 'REFERRAL') {
    const page = referrals.data?.referrals;
    const matches = (page?.nodes ?? []).map((r) => ({ kind, id: r.id, reference: r.reference, title: summaryStart(r.summary) }));
    return { matches, total: page?.totalCount ?? 0, loading: referrals.loading, error: referrals.error };
  }
  if (kind === 'EMERGING_THREAT') {
    const page = threats.data?.emergingThreats;
    const matches = (page?.nodes ?? []).map((t) => ({ kind, id: t.id, reference: null, title: t.title }));
    return { matches, total: page?.totalCount ?? 0, loading: threats.loading, error: threats.error };
  }
  return { matches: [], total: 0, loading: false };
}
