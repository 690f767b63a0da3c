/** The ways personal data leaves the server, as the s.62 log names them. */
export const DATA_CHANNELS = ['GRAPHQL', 'SUBSCRIPTION', 'DOCUMENT', 'EXPORT', 'MAIL'] as const;
export type DataChannelName = (typeof DATA_CHANNELS)[number];
export const DATA_CHANNEL_LABELS: Record<DataChannelName, string> = {
  GRAPHQL: 'On screen',
  SUBSCRIPTION: 'Live update',
  DOCUMENT: 'Document',
  EXPORT: 'Export',
  MAIL: 'Mail',
};

/** What a row of the s.62 log records: personal data shown to someone, or sent out (a file, a pack, a mail). */
export const CONSULTATION_ACTIONS = ['CONSULT', 'DISCLOSE'] as const;
export type ConsultationAction = (typeof CONSULTATION_ACTIONS)[number];
export const CONSULTATION_ACTION_LABELS: Record<ConsultationAction, string> = { CONSULT: 'Consultation', DISCLOSE: 'Disclosure' };

/** What a row of the audit trail records. */
export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'SIGN_IN', 'SIGN_OUT'] as const;
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ACTION_LABELS: Record<AuditActionName, string> = {
  CREATE: 'Created',
  UPDATE: 'Changed',
  DELETE: 'Removed',
  SIGN_IN: 'Signed in',
  SIGN_OUT: 'Signed out',
};

/** The path of a nominal's subject-access report (PDF), served by the API beside the other documents. */
export const subjectAccessPdfPath = (nominalId: string) => `/nominals/${nominalId}/subject-access.pdf`;
