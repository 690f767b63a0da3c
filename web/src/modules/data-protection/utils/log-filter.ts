import type { AuditActionName, ConsultationAction, DataChannelName } from '@sentinel/shared';

export type LogKind = 'CONSULTATION' | 'AUDIT';

/** What the log is filtered by, as the form holds it ('' for any). */
export type LogFilterValues = {
  log: LogKind;
  nominalId: string;
  userId: string;
  agencyId: string;
  channel: DataChannelName | '';
  action: ConsultationAction | AuditActionName | '';
  from: string;
  to: string;
};

export const EMPTY_LOG_FILTER: LogFilterValues = {
  log: 'CONSULTATION',
  nominalId: '',
  userId: '',
  agencyId: '',
  channel: '',
  action: '',
  from: '',
  to: '',
};

export function isLogFiltered(f: LogFilterValues): boolean {
  return Boolean(f.nominalId || f.userId || f.agencyId || f.channel || f.action || f.from || f.to);
}

function common(f: LogFilterValues) {
  return { nominalId: f.nominalId || null, userId: f.userId || null, agencyId: f.agencyId || null, from: f.from || null, to: f.to || null };
}

/** The s.62 log query's filter variables: '' as null. */
export function consultationVariables(f: LogFilterValues) {
  return { ...common(f), channel: f.channel || null, action: (f.action || null) as ConsultationAction | null };
}

/** The audit trail query's filter variables (it has no channel). */
export function auditVariables(f: LogFilterValues) {
  return { ...common(f), action: (f.action || null) as AuditActionName | null };
}
