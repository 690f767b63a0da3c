import { ASSESSMENT_SECTIONS, assessmentNoteLabel } from './assessments.js';

/**
 * Each editable field of a record as its form labels it, by the entity name the audit trail uses. A CONFLICT
 * names the fields someone else changed in these words, and the web lays "your change" beside theirs under them.
 * A field named `part.id` is one part of a record (an item of the minutes) and takes the label of `part`.
 */
const MARKING = 'Government Security Classification marking';

export const FIELD_LABELS: Record<string, Record<string, string>> = {
  Task: {
    title: 'Title',
    description: 'Description',
    agencyId: 'Agency',
    ownerUserId: 'Owner',
    dueOn: 'Due date',
    priority: 'Priority',
    strand: '4P strand',
    gscMarking: MARKING,
    status: 'Status',
  },
  Ocg: {
    name: 'Name or operation name',
    status: 'Status',
    crimeTypes: 'Crime types',
    areas: 'Areas of operation',
    summary: 'Summary',
    lroUserId: 'Lead responsible officer',
    sroUserId: 'Senior responsible officer',
    dateMapped: 'Date mapped',
    nextReviewOn: 'Next review',
    gscMarking: MARKING,
  },
  Disruption: {
    occurredOn: 'Date of the disruption',
    agencyId: 'Agency that acted',
    nominalIds: 'Nominals',
    strand: '4P strand',
    tacticHeading: 'Menu-of-tactics heading',
    description: 'What was done',
    impact: 'Impact on the group',
    rationale: 'Rationale for the impact level',
    outcomes: 'Outcomes',
    gscMarking: MARKING,
  },
  Nominal: {
    surname: 'Surname',
    forenames: 'Forenames',
    aliases: 'Aliases',
    dateOfBirth: 'Date of birth',
    isVulnerable: 'Vulnerable or exploited',
    isChild: 'Child',
    riskToOfficers: 'Risk to officers',
    nextReviewOn: 'Next review',
    gscMarking: MARKING,
  },
  Agency: {
    name: 'Name',
    kind: 'Kind of agency',
    tacticHeadings: 'Tactic headings',
    isaReference: 'Agreement reference',
    isaSignedOn: 'Signed on',
    isaExpiresOn: 'Expires on',
    isaCoversPersonalData: 'Does the agreement cover personal data?',
  },
  IdentityProvider: {
    name: 'Name on the sign-in button',
    issuer: 'Issuer URL',
    clientId: 'Client ID',
    secretEnv: 'Secret’s environment variable',
    emailDomains: 'Email domains',
    tenantIds: 'Allowed tenant IDs',
    enabled: 'Status',
  },
  OcgObjective: {
    strand: '4P strand',
    objective: 'Objective',
    ownerAgencyId: 'Owner agency',
    tacticHeadings: 'Menu-of-tactics headings it covers',
  },
  Panel: {
    scaleMax: 'Score each part of a threat score from 1 to',
    tiers: 'Tiers',
  },
  Membership: {
    role: 'Role on this panel',
    disabled: 'Status',
  },
  EmergingThreat: {
    title: 'Title',
    description: 'Description',
    crimeType: 'Crime type',
    area: 'Area',
    status: 'Status',
  },
  Place: {
    label: 'Address or area',
    kind: 'Kind of place',
    area: 'Area',
    latitude: 'Latitude',
    longitude: 'Longitude',
    highHarm: 'Is this a high-harm place?',
    chbPhase: 'Clear-Hold-Build phase',
  },
  Referral: {
    status: 'Status',
    ocgId: 'Which group is this about?',
    declineReason: 'Reason for declining',
  },
  // The presenter is one field of the form (a member or an agency) kept as two: either change is "Presenter".
  AgendaItem: {
    title: 'Title',
    minutesAllocated: 'Minutes allocated',
    presenterUserId: 'Presenter',
    presenterAgencyId: 'Presenter',
    restrictedTo: 'Restricted to',
    notes: 'Notes',
    decisions: 'Decisions',
  },
  // One meeting, moved on its own: the form asks the date and the two times, the meeting keeps a start and an end.
  Meeting: {
    title: 'Title',
    startsAt: 'Date and start time',
    endsAt: 'End time',
    mode: 'How it is held',
    teamsUrl: 'Teams meeting link',
    location: 'Location',
    status: 'Status',
  },
  // The rule is chosen as a week of the month, a day and how often.
  MeetingSeries: {
    rule: 'Week of the month, day and how often',
    startsOn: 'First date',
    startTime: 'Start time',
    durationMinutes: 'Length in minutes',
    firstMode: 'First meeting',
    teamsUrl: 'Teams meeting link',
    location: 'Location',
  },
  // `items.<agenda item id>`: an item's notes and decisions; `attendance.<user id>`: a member's line of the register.
  MeetingMinutes: {
    items: 'Notes and decisions',
    attendance: 'Attendance',
    status: 'Status',
  },
  Assessment: Object.fromEntries(ASSESSMENT_SECTIONS.map((s) => [s, assessmentNoteLabel(s)])),
};

/** A field's label: its own, or for a part (`items.<id>`) that of its kind; a field with no label keeps its name. */
export function fieldLabel(entityType: string, field: string): string {
  const labels = FIELD_LABELS[entityType] ?? {};
  return labels[field] ?? labels[field.split('.')[0]] ?? field;
}

/** The fields' labels in the order given, each once (two stored fields may be one field of the form). */
export function fieldLabels(entityType: string, fields: readonly string[]): string[] {
  return [...new Set(fields.map((f) => fieldLabel(entityType, f)))];
}
