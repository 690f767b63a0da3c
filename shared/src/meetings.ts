/** The words of meetings: the bi-monthly panel, its agenda, attendance and minutes. */

export type MeetingStatus = 'PLANNED' | 'AGENDA_PUBLISHED' | 'IN_PROGRESS' | 'MINUTES_DRAFT' | 'MINUTES_APPROVED' | 'CANCELLED';
export const MEETING_STATUSES: readonly MeetingStatus[] = [
  'PLANNED',
  'AGENDA_PUBLISHED',
  'IN_PROGRESS',
  'MINUTES_DRAFT',
  'MINUTES_APPROVED',
  'CANCELLED',
];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  PLANNED: 'Planned',
  AGENDA_PUBLISHED: 'Agenda published',
  IN_PROGRESS: 'In progress',
  MINUTES_DRAFT: 'Minutes in draft',
  MINUTES_APPROVED: 'Minutes approved',
  CANCELLED: 'Cancelled',
};
/** The order a meeting moves through; cancelling is possible until it starts. */
export const MEETING_FLOW: readonly MeetingStatus[] = ['PLANNED', 'AGENDA_PUBLISHED', 'IN_PROGRESS', 'MINUTES_DRAFT', 'MINUTES_APPROVED'];

export type MeetingMode = 'TEAMS' | 'IN_PERSON';
export const MEETING_MODES: readonly MeetingMode[] = ['TEAMS', 'IN_PERSON'];
export const MEETING_MODE_LABELS: Record<MeetingMode, string> = { TEAMS: 'Microsoft Teams', IN_PERSON: 'In person' };

export const DEFAULT_MEETING_MINUTES = 120;
export const MEETING_TIME_ZONE = 'Europe/London';

/** A Teams meeting link: https on teams.microsoft.com (or its live.com consumer twin), nothing else. */
export function isTeamsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && (url.hostname === 'teams.microsoft.com' || url.hostname === 'teams.live.com');
  } catch {
    return false;
  }
}

export type AgendaItemKind =
  | 'WELCOME_APOLOGIES'
  | 'PREVIOUS_MINUTES_ACTIONS'
  | 'THREAT_PICTURE'
  | 'OCG_REVIEW'
  | 'NEW_OCGS_REFERRALS'
  | 'PARTNER_UPDATES'
  | 'EMERGING_THREATS'
  | 'ANY_OTHER_BUSINESS'
  | 'NEXT_MEETING'
  | 'OTHER';
export const AGENDA_ITEM_KINDS: readonly AgendaItemKind[] = [
  'WELCOME_APOLOGIES',
  'PREVIOUS_MINUTES_ACTIONS',
  'THREAT_PICTURE',
  'OCG_REVIEW',
  'NEW_OCGS_REFERRALS',
  'PARTNER_UPDATES',
  'EMERGING_THREATS',
  'ANY_OTHER_BUSINESS',
  'NEXT_MEETING',
  'OTHER',
];

/** The panel's standing agenda: each item with the minutes it is usually given (120 in all). */
export const STANDING_AGENDA: readonly { kind: AgendaItemKind; title: string; minutes: number }[] = [
  { kind: 'WELCOME_APOLOGIES', title: 'Welcome, introductions and apologies', minutes: 5 },
  { kind: 'PREVIOUS_MINUTES_ACTIONS', title: 'Minutes and actions of the last meeting', minutes: 15 },
  { kind: 'THREAT_PICTURE', title: 'The threat picture', minutes: 15 },
  { kind: 'OCG_REVIEW', title: 'Organised crime groups for review', minutes: 35 },
  { kind: 'NEW_OCGS_REFERRALS', title: 'New groups and referrals', minutes: 15 },
  { kind: 'PARTNER_UPDATES', title: 'Partner updates', minutes: 15 },
  { kind: 'EMERGING_THREATS', title: 'Emerging threats and trends', minutes: 10 },
  { kind: 'ANY_OTHER_BUSINESS', title: 'Any other business', minutes: 5 },
  { kind: 'NEXT_MEETING', title: 'Date of the next meeting', minutes: 5 },
];

/** Why a record was put on the agenda by the seeding. */
export type SeedReason = 'OPEN_TASK' | 'OVERDUE_TASK' | 'NEW_OCG' | 'RESCORED_OCG' | 'STATUS_CHANGED_OCG' | 'REFERRAL_AWAITING' | 'EMERGING_THREAT';
export type AgendaRecordKind = 'TASK' | 'OCG' | 'REFERRAL' | 'EMERGING_THREAT';
export const AGENDA_RECORD_KINDS: readonly AgendaRecordKind[] = ['TASK', 'OCG', 'REFERRAL', 'EMERGING_THREAT'];

export type EmergingThreatStatus = 'RAISED' | 'ON_AGENDA' | 'DISCUSSED' | 'TASKED' | 'NO_ACTION';
export const EMERGING_THREAT_STATUSES: readonly EmergingThreatStatus[] = ['RAISED', 'ON_AGENDA', 'DISCUSSED', 'TASKED', 'NO_ACTION'];
export const EMERGING_THREAT_STATUS_LABELS: Record<EmergingThreatStatus, string> = {
  RAISED: 'Raised',
  ON_AGENDA: 'On the agenda',
  DISCUSSED: 'Discussed',
  TASKED: 'Tasked',
  NO_ACTION: 'No action needed',
};
export type EmergingThreatOutcome = 'DISCUSSED' | 'TASKED' | 'NO_ACTION';
export const EMERGING_THREAT_OUTCOMES: readonly EmergingThreatOutcome[] = ['DISCUSSED', 'TASKED', 'NO_ACTION'];
export const EMERGING_THREAT_OUTCOME_LABELS: Record<EmergingThreatOutcome, string> = {
  DISCUSSED: 'Discussed',
  TASKED: 'Tasked',
  NO_ACTION: 'No action needed',
};

export type AttendanceReply = 'ATTENDING' | 'APOLOGIES';
export const ATTENDANCE_REPLIES: readonly AttendanceReply[] = ['ATTENDING', 'APOLOGIES'];
export type Presence = 'IN_PERSON' | 'REMOTE' | 'ABSENT';
export const PRESENCES: readonly Presence[] = ['IN_PERSON', 'REMOTE', 'ABSENT'];
export const PRESENCE_LABELS: Record<Presence, string> = { IN_PERSON: 'Present in person', REMOTE: 'Present remotely', ABSENT: 'Absent' };

/** What each attendee acknowledges, themselves, before they read the pack or follow the meeting. */
export const CONFIDENTIALITY_STATEMENT =
  'What is shared at this panel is OFFICIAL-SENSITIVE. It is shared only to disrupt organised crime, under the information-sharing agreements in force. I will not pass it on outside my agency, and within my agency only to those who need it for that purpose. I will keep the agenda pack and my notes secure.';

/** One line of the register as the chair corrects it from the minutes: present, apologies, or absent. */
export type AttendanceMark = Presence | 'APOLOGIES';
export const ATTENDANCE_MARKS: readonly AttendanceMark[] = ['IN_PERSON', 'REMOTE', 'APOLOGIES', 'ABSENT'];
export const ATTENDANCE_MARK_LABELS: Record<AttendanceMark, string> = {
  IN_PERSON: 'Present in person',
  REMOTE: 'Present remotely',
  APOLOGIES: 'Apologies',
  ABSENT: 'Absent',
};

export type MinutesStatus = 'DRAFT' | 'APPROVED';

/**
 * Predicted start and end of each item, in minutes from the start of the meeting, and whether the agenda runs
 * past the slot. Pure, so the agenda builder can show it as the chair types.
 */
export function agendaTimings(minutes: readonly number[], slotMinutes: number): { start: number; end: number; overruns: boolean }[] {
  let at = 0;
  return minutes.map((m) => {
    const item = { start: at, end: at + m, overruns: at + m > slotMinutes };
    at += m;
    return item;
  });
}
