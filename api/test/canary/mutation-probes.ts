import { londonToday } from '@sentinel/shared';

/**
 * How each record-addressing mutation is aimed at a record its caller may not touch: the kind of record it takes
 * and its arguments, with the record's real id and version (so the call gets past version checks to the access
 * check) and, where it needs them, other records of the same panel. Arguments are otherwise valid, so a mutation
 * that forgot to check who asks would go through, and its answer would carry the record's canaries.
 */
export type TargetKind =
  | 'panel'
  | 'task'
  | 'referral'
  | 'meeting'
  | 'item'
  | 'minutes'
  | 'assessment'
  | 'membership'
  | 'agency'
  | 'ocg'
  | 'nominal'
  | 'place'
  | 'vehicle'
  | 'objective'
  | 'disruption'
  | 'threat'
  | 'hitCheck'
  | 'match';

/** A record aimed at, with what the arguments need from its panel. */
export interface Target {
  id: string;
  version: number;
  panelId: string;
  /** Records of the same panel: an agency, a group, a nominal, a user, an item, a threat, a meeting. */
  near: { agency: string; ocg: string; nominal: string; user: string; item: string; threat: string; meeting: string };
}

export interface Probe {
  target: TargetKind;
  vars: (x: Target) => Record<string, unknown>;
}

const today = () => londonToday();
const inDays = (days: number, hour: number) =>
  new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + days, hour)).toISOString();
/** Long enough for every text field's minimum, so validation lets the call through to the access check. */
const TEXT = 'Probe of a record out of reach';
const disruption = (x: Target) => ({
  description: TEXT,
  impact: 'MINOR',
  occurredOn: today(),
  rationale: TEXT,
  strand: 'PURSUE',
  tacticHeading: 'BUSINESS',
  agencyId: x.near.agency,
});

export const PROBES: Record<string, Probe> = {
  acceptReferral: { target: 'referral', vars: (x) => ({ input: { id: x.id, version: x.version, newOcgName: TEXT } }) },
  acknowledgeConfidentiality: { target: 'meeting', vars: (x) => ({ meetingId: x.id }) },
  addAgendaItem: { target: 'meeting', vars: (x) => ({ input: { meetingId: x.id, title: TEXT } }) },
  addAgendaRecord: { target: 'item', vars: (x) => ({ input: { itemId: x.id, recordId: x.near.ocg, recordKind: 'OCG' } }) },
  addMember: {
    target: 'panel',
    vars: (x) => ({ input: { panelId: x.id, agencyId: x.near.agency, email: `probe.${x.id.slice(0, 8)}@example.test`, name: TEXT, role: 'CHAIR' } }),
  },
  addTaskUpdate: { target: 'task', vars: (x) => ({ input: { taskId: x.id, text: TEXT } }) },
  agreeCrossPanelMatch: { target: 'match', vars: (x) => ({ input: { id: x.id, version: x.version } }) },
  allocateTask: { target: 'panel', vars: (x) => ({ input: { panelId: x.id, agencyId: x.near.agency, title: TEXT, nominalId: x.near.nominal } }) },
  // A section no seeded note touches: a note on it is saved on any edit version, so the call goes as deep as it can.
  // The check's own id stands for a subject too: a call that got past the check's access would be refused on it.
  answerHitCheck: { target: 'hitCheck', vars: (x) => ({ input: { checkId: x.id, answers: [{ subjectId: x.id, hit: true, detail: TEXT }] } }) },
  // Disposal, the deepest a review goes: the record is due, so a call past the access check would erase it.
  reviewRecord: {
    target: 'nominal',
    vars: (x) => ({ input: { kind: 'NOMINAL', id: x.id, version: x.version, decision: 'DISPOSE', rationale: TEXT } }),
  },
  annotateAssessment: { target: 'assessment', vars: (x) => ({ input: { id: x.id, section: 'crimeTypes', text: TEXT, editVersion: 1 } }) },
  approveMinutes: { target: 'minutes', vars: (x) => ({ minutesId: x.id, version: x.version }) },
  buildAgenda: { target: 'meeting', vars: (x) => ({ meetingId: x.id, rebuild: true }) },
  cancelMeeting: { target: 'meeting', vars: (x) => ({ id: x.id, version: x.version }) },
  changeMemberRole: { target: 'membership', vars: (x) => ({ input: { id: x.id, role: 'CHAIR', version: x.version } }) },
  circulateHitCheck: { target: 'meeting', vars: (x) => ({ meetingId: x.id }) },
  closeMeeting: { target: 'meeting', vars: (x) => ({ meetingId: x.id }) },
  confirmMemberAccess: { target: 'membership', vars: (x) => ({ input: { panelId: x.panelId, membershipIds: [x.id] } }) },
  correctMinutes: { target: 'meeting', vars: (x) => ({ input: { meetingId: x.id, reason: TEXT, items: [] } }) },
  createAgency: {
    target: 'panel',
    vars: (x) => ({ input: { panelId: x.id, name: `Probe ${x.id.slice(0, 8)}`, kind: 'OTHER', isaCoversPersonalData: true, tacticHeadings: [] } }),
  },
  createNominal: { target: 'panel', vars: (x) => ({ input: { panelId: x.id, surname: TEXT, ocgId: x.near.ocg, role: 'ASSOCIATE' } }) },
  createObjective: {
    target: 'ocg',
    vars: (x) => ({ input: { ocgId: x.id, objective: TEXT, ownerAgencyId: x.near.agency, strand: 'PURSUE', tacticHeadings: ['BUSINESS'] } }),
  },
  createOcg: { target: 'panel', vars: (x) => ({ input: { panelId: x.id, name: TEXT, areas: [], crimeTypes: [], status: 'EMERGING' } }) },
  createPanel: {
    target: 'panel',
    vars: (x) => ({
      input: {
        code: `P-${x.id.slice(0, 6).toUpperCase()}`,
        name: TEXT,
        forceName: TEXT,
        chair: { name: TEXT, email: `probe.chair.${x.id.slice(0, 8)}@example.test`, agencyName: TEXT },
      },
    }),
  },
  createReferral: { target: 'panel', vars: (x) => ({ input: { panelId: x.id, summary: TEXT, crimeReferences: ['CR/1/26'] } }) },
  declineCrossPanelMatch: { target: 'match', vars: (x) => ({ input: { id: x.id, version: x.version } }) },
  declineReferral: { target: 'referral', vars: (x) => ({ input: { id: x.id, reason: TEXT, version: x.version } }) },
  deleteObjective: { target: 'objective', vars: (x) => ({ input: { id: x.id, version: x.version } }) },
  draftMinutes: { target: 'meeting', vars: (x) => ({ meetingId: x.id }) },
  editMinutes: {
    target: 'minutes',
    vars: (x) => ({ input: { minutesId: x.id, version: x.version, items: [{ itemId: x.near.item, notes: TEXT }] } }),
  },
  editTask: { target: 'task', vars: (x) => ({ input: { id: x.id, version: x.version, agencyId: x.near.agency, title: TEXT } }) },
  generateAssessment: { target: 'panel', vars: (x) => ({ panelId: x.id }) },
  linkPlace: { target: 'place', vars: (x) => ({ input: { id: x.id, ocgId: x.near.ocg, linked: true } }) },
  linkVehicle: { target: 'vehicle', vars: (x) => ({ input: { id: x.id, nominalId: x.near.nominal, linked: true } }) },
  markAttendance: { target: 'meeting', vars: (x) => ({ input: { meetingId: x.id, userId: x.near.user, presence: 'IN_PERSON' } }) },
  moveAgendaItem: { target: 'item', vars: (x) => ({ id: x.id, toPosition: 1 }) },
  moveMeeting: {
    target: 'meeting',
    vars: (x) => ({ input: { id: x.id, version: x.version, mode: 'IN_PERSON', location: TEXT, startsAt: inDays(30, 10), endsAt: inDays(30, 12) } }),
  },
  openMeeting: { target: 'meeting', vars: (x) => ({ meetingId: x.id }) },
  publishAgenda: { target: 'meeting', vars: (x) => ({ meetingId: x.id, version: x.version }) },
  publishAssessment: { target: 'assessment', vars: (x) => ({ id: x.id, version: x.version }) },
  raiseEmergingThreat: { target: 'panel', vars: (x) => ({ input: { panelId: x.id, title: TEXT, description: TEXT } }) },
  raiseTaskAtItem: { target: 'item', vars: (x) => ({ input: { itemId: x.id, agencyId: x.near.agency, title: TEXT } }) },
  recordDisruption: { target: 'ocg', vars: (x) => ({ input: { ocgId: x.id, ...disruption(x), nominalIds: [x.near.nominal] } }) },
  recordIntelligence: {
    target: 'ocg',
    vars: (x) => ({
      input: {
        panelId: x.panelId,
        subjectKind: 'OCG',
        subjectId: x.id,
        recordedOn: today(),
        text: TEXT,
        sourceGrade: 'S1',
        intelligenceGrade: 'A',
        handling: 'P',
      },
    }),
  },
  recordItemMinutes: { target: 'item', vars: (x) => ({ input: { itemId: x.id, version: x.version, notes: TEXT } }) },
  recordPlace: { target: 'panel', vars: (x) => ({ input: { panelId: x.id, kind: 'HOME', label: TEXT, nominalId: x.near.nominal } }) },
  recordThreatOutcome: { target: 'meeting', vars: (x) => ({ meetingId: x.id, threatId: x.near.threat, outcome: 'DISCUSSED', note: TEXT }) },
  recordVehicle: { target: 'panel', vars: (x) => ({ input: { panelId: x.id, registration: 'PR05 BEE', ocgId: x.near.ocg } }) },
  removeAgendaItem: { target: 'item', vars: (x) => ({ id: x.id, version: x.version }) },
  removeAgendaRecord: { target: 'item', vars: (x) => ({ input: { itemId: x.id, recordId: x.near.ocg, recordKind: 'OCG' } }) },
  replyToMeeting: { target: 'meeting', vars: (x) => ({ input: { meetingId: x.id, reply: 'ATTENDING' } }) },
  reviseAssessment: { target: 'assessment', vars: (x) => ({ id: x.id }) },
  scoreOcg: {
    target: 'ocg',
    vars: (x) => ({
      input: {
        ocgId: x.id,
        confidence: 'LOW',
        parts: { capability: 1, capacity: 1, harmCommunity: 1, harmGeographic: 1, harmPhysical: 1, harmVulnerability: 1, likelihood: 1 },
      },
    }),
  },
  setCurrentItem: { target: 'item', vars: (x) => ({ meetingId: x.near.meeting, itemId: x.id }) },
  setMeetingSeries: {
    target: 'panel',
    vars: (x) => ({ input: { panelId: x.id, rule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', startTime: '10:00', startsOn: today() } }),
  },
  resetMemberSecondFactor: { target: 'membership', vars: (x) => ({ input: { id: x.id } }) },
  sendInvitationAgain: { target: 'membership', vars: (x) => ({ id: x.id }) },
  setMemberDisabled: { target: 'membership', vars: (x) => ({ input: { id: x.id, disabled: true, version: x.version } }) },
  setNominalRole: { target: 'nominal', vars: (x) => ({ input: { nominalId: x.id, ocgId: x.near.ocg, role: 'ASSOCIATE' } }) },
  setPanelDisabled: { target: 'panel', vars: (x) => ({ input: { id: x.id, disabled: true, version: x.version } }) },
  startReferralAssessment: { target: 'referral', vars: (x) => ({ input: { id: x.id, version: x.version } }) },
  updateAgency: {
    target: 'agency',
    vars: (x) => ({
      input: { id: x.id, version: x.version, name: `Probe ${x.id.slice(0, 8)}`, kind: 'OTHER', isaCoversPersonalData: true, tacticHeadings: [] },
    }),
  },
  updateAgendaItem: { target: 'item', vars: (x) => ({ input: { id: x.id, version: x.version, title: TEXT, restrictedTo: [] } }) },
  updateDisruption: { target: 'disruption', vars: (x) => ({ input: { id: x.id, version: x.version, ...disruption(x) } }) },
  updateEmergingThreat: { target: 'threat', vars: (x) => ({ input: { id: x.id, version: x.version, title: TEXT, description: TEXT } }) },
  updateNominal: { target: 'nominal', vars: (x) => ({ input: { id: x.id, version: x.version, surname: TEXT } }) },
  updateObjective: {
    target: 'objective',
    vars: (x) => ({ input: { id: x.id, version: x.version, objective: TEXT, ownerAgencyId: x.near.agency, strand: 'PURSUE', tacticHeadings: [] } }),
  },
  updateOcg: { target: 'ocg', vars: (x) => ({ input: { id: x.id, version: x.version, name: TEXT, areas: [], crimeTypes: [], status: 'ACTIVE' } }) },
  updatePanelScoring: {
    target: 'panel',
    vars: (x) => ({
      input: {
        panelId: x.id,
        version: x.version,
        scaleMax: 5,
        tiers: [
          { name: 'High', minTotal: 60 },
          { name: 'Low', minTotal: 0 },
        ],
      },
    }),
  },
  updatePlace: { target: 'place', vars: (x) => ({ input: { id: x.id, version: x.version, label: TEXT, kind: 'BUSINESS' } }) },
};

/** The table each kind of record lives in, for its version. */
export const TABLES: Record<TargetKind, string> = {
  panel: 'panel',
  task: 'task',
  referral: 'referral',
  meeting: 'meeting',
  item: 'agenda_item',
  minutes: 'meeting_minutes',
  assessment: 'assessment',
  membership: 'membership',
  agency: 'agency',
  ocg: 'ocg',
  nominal: 'nominal',
  place: 'place',
  vehicle: 'vehicle',
  objective: 'ocg_objective',
  disruption: 'disruption',
  threat: 'emerging_threat',
  hitCheck: 'hit_check',
  match: 'cross_panel_match',
};
