import { useQuery } from '@apollo/client/react';
import type { AgendaRecordKind } from '../../../gql/graphql';
import { OPEN_TASK_STATUSES } from '../../tasks/utils/task-status';
import { AgendaOcgCandidatesQuery } from '../graphql/agenda-ocg-candidates.query';
import { AgendaReferralCandidatesQuery } from '../graphql/agenda-referral-candidates.query';
import { AgendaTaskCandidatesQuery } from '../graphql/agenda-task-candidates.query';
import { AgendaThreatCandidatesQuery } from '../graphql/agenda-threat-candidates.query';
import { CANDIDATE_FETCH_LIMIT, CANDIDATE_SHOW_LIMIT, matchCandidates, summaryStart, type AgendaCandidate } from '../utils/agenda-record-search';

export type AgendaRecordSearch = { kind: AgendaRecordKind; text: string };

type Result = {
  matches: AgendaCandidate[];
  /** More matched than are shown. */
  more: boolean;
  /** The browser matched only the first CANDIDATE_FETCH_LIMIT records of the kind, and there are more. */
  partial: boolean;
  loading: boolean;
  error?: Error;
};

// Groups are searched by the API; tasks, referrals and emerging threats have no text filter there, so the
// first hundred are fetched (one query each, only for the kind chosen) and matched here.
export function useAgendaRecordSearch(panelId: string, search: AgendaRecordSearch | null): Result {
  const kind = search?.kind;
  const text = search?.text ?? '';
  const ocgs = useQuery(AgendaOcgCandidatesQuery, {
    variables: { panelId, search: text, limit: CANDIDATE_SHOW_LIMIT },
    skip: kind !== 'OCG',
    fetchPolicy: 'network-only',
  });
  const tasks = useQuery(AgendaTaskCandidatesQuery, {
    variables: { panelId, statuses: [...OPEN_TASK_STATUSES], limit: CANDIDATE_FETCH_LIMIT },
    skip: kind !== 'TASK',
    fetchPolicy: 'network-only',
  });
  const referrals = useQuery(AgendaReferralCandidatesQuery, { variables: { panelId, limit: CANDIDATE_FETCH_LIMIT }, skip: kind !== 'REFERRAL', fetchPolicy: 'network-only' });
  const threats = useQuery(AgendaThreatCandidatesQuery, { variables: { panelId, limit: CANDIDATE_FETCH_LIMIT }, skip: kind !== 'EMERGING_THREAT', fetchPolicy: 'network-only' });

  if (kind === 'OCG') {
    const page = ocgs.data?.ocgs;
    const matches = (page?.nodes ?? []).map((g) => ({ kind, id: g.id, reference: g.reference, title: g.name }));
    return { matches, more: (page?.totalCount ?? 0) > matches.length, partial: false, loading: ocgs.loading, error: ocgs.error };
  }
  const fetched = ((): { rows: AgendaCandidate[]; total: number; loading: boolean; error?: Error } => {
    if (kind === 'TASK') {
      const page = tasks.data?.tasks;
      return { rows: (page?.nodes ?? []).map((t) => ({ kind, id: t.id, reference: t.reference, title: t.title })), total: page?.totalCount ?? 0, loading: tasks.loading, error: tasks.error };
    }
    if (kind === 'REFERRAL') {
      const page = referrals.data?.referrals;
      const rows = (page?.nodes ?? []).map((r) => ({ kind, id: r.id, reference: r.reference, title: summaryStart(r.summary), matchOn: `${r.reference} ${r.summary}` }));
      return { rows, total: page?.totalCount ?? 0, loading: referrals.loading, error: referrals.error };
    }
    if (kind === 'EMERGING_THREAT') {
      const page = threats.data?.emergingThreats;
      return { rows: (page?.nodes ?? []).map((t) => ({ kind, id: t.id, reference: null, title: t.title })), total: page?.totalCount ?? 0, loading: threats.loading, error: threats.error };
    }
    return { rows: [], total: 0, loading: false };
  })();
  const all = matchCandidates(text, fetched.rows);
  return {
    matches: all.slice(0, CANDIDATE_SHOW_LIMIT),
    more: all.length > CANDIDATE_SHOW_LIMIT,
    partial: fetched.total > fetched.rows.length,
    loading: fetched.loading,
    error: fetched.error,
  };
}
