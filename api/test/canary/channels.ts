import { addDays, londonToday } from '@sentinel/shared';
import type { SearchProbe } from './seed-records.js';
import type { World } from './seed.js';

/**
 * The table of root query fields: for each, the arguments it is driven with, real ids of the canary records of
 * both panels, and search texts equal to canaries. A root field of the schema missing here fails the suite
 * (queries.spec.ts), so a new field cannot go untried.
 */
export interface ArgSet {
  label: string;
  args: Record<string, unknown>;
  /** For searches: the record the text names, which must not be found by whoever may not read it. */
  probe?: SearchProbe;
}

type Table = Record<string, (w: World) => ArgSet[]>;

/** Above the number of rows of any list in the world, so every seeded record is on the first page. */
const PAGE = 16;
const OCG_STATUSES = ['EMERGING', 'ACTIVE', 'DORMANT', 'DISMANTLED', 'ARCHIVED'];
const TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'BLOCKED', 'COMPLETED', 'NOT_DONE'];

/** Both panels: each viewer's own and the other one. */
const panels =
  (extra: Record<string, unknown> = {}) =>
  (w: World): ArgSet[] => [
    { label: 'panel A', args: { panelId: w.panelA, ...extra } },
    { label: 'panel B', args: { panelId: w.panelB, ...extra } },
  ];

/** Every record of one kind, of both panels (or those named). */
const each =
  (kind: keyof World['ids'], arg: string, only?: string[]) =>
  (w: World): ArgSet[] =>
    Object.entries(w.ids[kind])
      .filter(([key]) => !only || only.includes(key))
      .map(([key, id]) => ({ label: `${String(kind)} ${key}`, args: { [arg]: id } }));

const probes =
  (kind: SearchProbe['kind'] | SearchProbe['kind'][], args: (p: SearchProbe, w: World) => Record<string, unknown>) =>
  (w: World): ArgSet[] =>
    w.probes
      .filter((p) => ([] as string[]).concat(kind).includes(p.kind))
      .map((p) => ({ label: `search "${p.text}" (${p.kind} of panel ${p.panel})`, args: args(p, w), probe: p }));

const panelOf = (p: SearchProbe, w: World) => (p.panel === 'A' ? w.panelA : w.panelB);
const join =
  (...parts: ((w: World) => ArgSet[])[]) =>
  (w: World) =>
    parts.flatMap((p) => p(w));
const today = () => londonToday();
/** A panel's log read for each nominal of either panel: nothing of B may come back through A's door. */
const byNominal = (w: World): ArgSet[] =>
  Object.entries(w.ids.nominal).map(([key, id]) => ({ label: `panel A, nominal ${key}`, args: { panelId: w.panelA, nominalId: id } }));

export const QUERY_TABLE: Table = {
  adminUsers: () => [{ label: 'all', args: {} }],
  administeredPanels: () => [{ label: 'all', args: {} }],
  administeredRegions: () => [{ label: 'all', args: {} }],
  hitCheck: each('meeting', 'meetingId'),
  recordReviewsDue: panels({ limit: PAGE }),
  // Each group and nominal of either panel, asked for through each panel: nothing of B through A's door.
  recordReviewDue: (w) =>
    [w.panelA, w.panelB].flatMap((panelId, i) =>
      [...Object.entries(w.ids.ocg).map(([k, id]) => [`ocg ${k}`, id]), ...Object.entries(w.ids.nominal).map(([k, id]) => [`nominal ${k}`, id])].map(
        ([key, id]) => ({
          label: `panel ${i === 0 ? 'A' : 'B'}, ${key}`,
          args: { panelId, id },
        }),
      ),
    ),
  recordReviews: panels({ limit: PAGE }),
  hitCheckDetails: (w) => Object.entries(w.ids.hitCheckSubject).map(([key, id]) => ({ label: `subject ${key}`, args: { subjectId: id } })),
  administeredRegion: (w) => [{ label: 'the region', args: { id: w.regionId } }],
  regions: () => [{ label: 'mine', args: {} }],
  region: (w) => [{ label: 'the region', args: { id: w.regionId } }],
  regionOutcomeReport: (w) => [{ label: 'the region', args: { regionId: w.regionId, from: addDays(today(), -365), to: today() } }],
  regionThreatPicture: (w) => [{ label: 'the region', args: { regionId: w.regionId, from: addDays(today(), -365), to: today() } }],
  agencies: panels({ limit: PAGE }),
  // Each side of both hits (one agreed by both panels, one not), asked by everyone: details only where agreed.
  crossPanelMatch: each('match', 'id'),
  crossPanelMatchDetails: each('match', 'id'),
  crossPanelMatches: panels({ limit: PAGE }),
  // One agency of each kind of agreement, and one of the other panel; the lists name them all.
  agency: each('agency', 'id', ['POLICE', 'HMRC', 'HOUSING', 'PROBATION', 'POLICE_B']),
  agenda: each('meeting', 'meetingId'),
  agendaPackInfo: each('meeting', 'meetingId'),
  assessment: each('assessment', 'id'),
  assessments: panels(),
  // The data protection officer's reading of each panel's logs, and their finding of a nominal by a canary name.
  auditChainStatus: panels(),
  auditTrail: join(panels({ limit: PAGE }), byNominal),
  attendanceFigures: panels({ from: `${addDays(today(), -120)}T00:00:00Z`, to: `${addDays(today(), 120)}T00:00:00Z` }),
  consultationLog: join(panels({ limit: PAGE }), byNominal),
  dataProtectionNominals: join(
    probes('nominal', (p, w) => ({ panelId: panelOf(p, w), search: p.text, limit: PAGE })),
    // The names of B typed into A's finder (and the reverse): the officer of A must not find B's nominal.
    probes('nominal', (p, w) => ({ panelId: p.panel === 'A' ? w.panelB : w.panelA, search: p.text, limit: PAGE })),
    // By reference, every nominal of both panels: each panel numbers its own from N-0001.
    (w) =>
      panels()(w).flatMap((s) => ['N-0001', 'N-0002'].map((ref) => ({ label: `${s.label}, ${ref}`, args: { ...s.args, search: ref, limit: PAGE } }))),
  ),
  disruption: each('disruption', 'id'),
  disruptions: panels({ limit: PAGE }),
  emergingThreat: each('threat', 'id'),
  emergingThreats: panels({ limit: PAGE }),
  highHarmMap: panels(),
  intelligence: (w) => [
    { label: 'group A.main', args: { panelId: w.panelA, subjectKind: 'OCG', subjectId: w.ids.ocg['A.main'], limit: PAGE } },
    { label: 'nominal A.main', args: { panelId: w.panelA, subjectKind: 'NOMINAL', subjectId: w.ids.nominal['A.main'], limit: PAGE } },
    { label: 'home A.home', args: { panelId: w.panelA, subjectKind: 'PLACE', subjectId: w.ids.place['A.home'], limit: PAGE } },
    { label: 'group B.main', args: { panelId: w.panelB, subjectKind: 'OCG', subjectId: w.ids.ocg['B.main'], limit: PAGE } },
    // Panel A named, a group of panel B as the subject: nothing of B may come back through A's door.
    { label: 'panel A, group B.main', args: { panelId: w.panelA, subjectKind: 'OCG', subjectId: w.ids.ocg['B.main'], limit: PAGE } },
  ],
  intelligenceEntry: each('intelligence', 'id'),
  linkChart: (w) => [
    ...panels({ includeArchived: true })(w),
    { label: 'around group A.main', args: { panelId: w.panelA, ocgId: w.ids.ocg['A.main'], depth: 3, includeArchived: true } },
    { label: 'panel A around group B.main', args: { panelId: w.panelA, ocgId: w.ids.ocg['B.main'], depth: 3 } },
  ],
  liveMeeting: each('meeting', 'meetingId'),
  meeting: each('meeting', 'id'),
  meetingInvite: each('meeting', 'meetingId'),
  meetingMinutes: each('meeting', 'meetingId'),
  meetingSeries: panels(),
  meetings: panels({ limit: PAGE }),
  // A police member, a partner, the disabled member and the other panel's chair; the lists name them all.
  member: each('membership', 'id', ['police', 'hmrc', 'dwp2', 'chairB']),
  members: panels({ limit: PAGE, includeDisabled: true }),
  membershipReview: panels(),
  nextMeeting: panels(),
  nominal: each('nominal', 'id'),
  nominals: panels({ limit: PAGE }),
  // Free text naming the panels' main nominals, asked of each panel: names come back only to those who may read them.
  nominalsNamedIn: (w) => [
    { label: 'panel A, naming A.main', args: { panelId: w.panelA, text: w.ids.mention.A } },
    { label: 'panel A, naming B.main', args: { panelId: w.panelA, text: w.ids.mention.B } },
    { label: 'panel B, naming B.main', args: { panelId: w.panelB, text: w.ids.mention.B } },
  ],
  ocg: each('ocg', 'id'),
  ocgPlan: each('ocg', 'ocgId'),
  ocgs: join(
    panels({ limit: PAGE, statuses: OCG_STATUSES }),
    probes('ocg', (p, w) => ({ panelId: panelOf(p, w), search: p.text, statuses: OCG_STATUSES, limit: PAGE })),
  ),
  outcomeReport: panels({ from: addDays(today(), -365), to: today() }),
  panel: (w) => [
    { label: 'panel A', args: { id: w.panelA } },
    { label: 'panel B', args: { id: w.panelB } },
  ],
  panels: () => [{ label: 'mine', args: {} }],
  panelMail: panels({ limit: PAGE }),
  place: each('place', 'id'),
  previousMinutes: each('meeting', 'meetingId'),
  projector: panels(),
  referral: each('referral', 'id'),
  referrals: join(
    panels({ limit: PAGE }),
    probes('referral', (p, w) => ({ panelId: panelOf(p, w), search: p.text, limit: PAGE })),
  ),
  search: join(
    probes(['ocg', 'nominal', 'place'], (p, w) => ({ panelId: panelOf(p, w), text: p.text, limit: 25 })),
    // The same texts typed into the other panel: a record of B must not be found from A, nor the reverse.
    probes(['nominal'], (p, w) => ({ panelId: p.panel === 'A' ? w.panelB : w.panelA, text: p.text, limit: 25 })),
  ),
  seriesInvite: panels(),
  sharedNominals: panels(),
  task: each('task', 'id'),
  taskBoard: panels(),
  tasks: join(
    panels({ limit: PAGE, statuses: TASK_STATUSES }),
    probes('task', (p, w) => ({ panelId: panelOf(p, w), search: p.text, statuses: TASK_STATUSES, limit: PAGE })),
  ),
  threatPicture: panels(),
  // The administrator's register of single sign-on providers and the sign-in page's list: no panel's records.
  identityProviders: () => [{ label: 'all', args: {} }],
  signInProviders: () => [{ label: 'all', args: {} }],
  // A link's page asks whether its link is open: a yes or no about a token, never a record.
  accountLinkOpen: () => [{ label: 'unknown token', args: { input: { kind: 'INVITATION', token: 'x'.repeat(43) } } }],
  vehicle: each('vehicle', 'id'),
  viewer: () => [{ label: 'self', args: {} }],
};

/**
 * Every root mutation, and how the suite covers it. 'export': driven in every format as every viewer
 * (exports.spec.ts). 'probe': driven as every viewer against records of the other panel and, for partners, of
 * other agencies, which must answer like missing records, canary-free (mutations.spec.ts): cheap, and it catches
 * a mutation that answers with a record before checking who asks, or echoes it in an error. 'trigger': used to
 * make the events and mail the other specs read, whose answers are searched too. 'session': about the caller only.
 * 'account': setting a password by a mailed link, and asking for one: driven as every viewer with every person's
 * address and with links of no one (mutations.spec.ts), their answers the same for all and canary-free.
 * 'system': the system administrator's settings of no panel (single sign-on providers, regions), which carry no
 * record of a panel and refuse everyone else (api/test/auth/oidc.spec.ts, api/test/regions/regions.spec.ts).
 */
export type MutationUse = 'export' | 'probe' | 'trigger' | 'session' | 'account' | 'system';

export const MUTATION_TABLE: Record<string, MutationUse> = {
  createPanel: 'probe',
  exportNominals: 'export',
  exportOcgs: 'export',
  exportOutcomeReport: 'export',
  exportTasks: 'export',
  acceptReferral: 'probe',
  answerHitCheck: 'probe',
  reviewRecord: 'probe',
  circulateHitCheck: 'probe',
  acknowledgeConfidentiality: 'probe',
  addAgendaItem: 'probe',
  addAgendaRecord: 'probe',
  addMember: 'probe',
  addTaskUpdate: 'probe',
  agreeCrossPanelMatch: 'probe',
  allocateTask: 'probe',
  annotateAssessment: 'probe',
  approveMinutes: 'probe',
  buildAgenda: 'probe',
  cancelMeeting: 'probe',
  changeMemberRole: 'probe',
  closeMeeting: 'probe',
  confirmMemberAccess: 'probe',
  correctMinutes: 'probe',
  createAgency: 'probe',
  createNominal: 'probe',
  createObjective: 'probe',
  createOcg: 'probe',
  createReferral: 'probe',
  declineCrossPanelMatch: 'probe',
  declineReferral: 'probe',
  deleteObjective: 'probe',
  draftMinutes: 'probe',
  editMinutes: 'probe',
  editTask: 'probe',
  generateAssessment: 'probe',
  linkPlace: 'probe',
  linkVehicle: 'probe',
  markAttendance: 'probe',
  moveAgendaItem: 'probe',
  moveMeeting: 'probe',
  openMeeting: 'probe',
  publishAgenda: 'probe',
  publishAssessment: 'probe',
  raiseEmergingThreat: 'probe',
  raiseTaskAtItem: 'probe',
  recordDisruption: 'probe',
  recordIntelligence: 'probe',
  recordItemMinutes: 'probe',
  recordPlace: 'probe',
  recordThreatOutcome: 'probe',
  recordVehicle: 'probe',
  removeAgendaItem: 'probe',
  removeAgendaRecord: 'probe',
  replyToMeeting: 'probe',
  reviseAssessment: 'probe',
  scoreOcg: 'probe',
  setCurrentItem: 'probe',
  setMeetingSeries: 'probe',
  sendInvitationAgain: 'probe',
  setMemberDisabled: 'probe',
  resetMemberSecondFactor: 'probe',
  setNominalRole: 'probe',
  setPanelDisabled: 'probe',
  startReferralAssessment: 'probe',
  updateAgency: 'probe',
  updateAgendaItem: 'probe',
  updateDisruption: 'probe',
  updateEmergingThreat: 'probe',
  updateNominal: 'probe',
  updateObjective: 'probe',
  updateOcg: 'probe',
  updatePanelScoring: 'probe',
  updatePlace: 'probe',
  acceptInvitation: 'account',
  requestPasswordReset: 'account',
  resetPassword: 'account',
  createIdentityProvider: 'system',
  createRegion: 'system',
  updateRegion: 'system',
  addRegionAnalyst: 'system',
  removeRegionAnalyst: 'system',
  setIdentityProviderEnabled: 'system',
  updateIdentityProvider: 'system',
  changePassword: 'session',
  confirmSecondFactorEnrolment: 'session',
  regenerateRecoveryCodes: 'session',
  startSecondFactorEnrolment: 'session',
  verifySecondFactor: 'session',
  setReminderPreference: 'session',
  signIn: 'session',
  signOut: 'session',
};

/**
 * Every GET route of the HTTP app other than GraphQL, and how it is fetched: a meeting's documents for the
 * meetings of both panels (`ids`: all of them unless named); /health carries no record, so no canary can be
 * in it, and it is fetched to show so. The PDF of the pack is printed from the page /pack answers, which is
 * fetched for every meeting; the PDF (a second or so of Chromium each) is fetched for the meetings packs are
 * for: the next one, the draft and the other panel's. An assessment's PDF is fetched for every assessment seeded
 * (both panels' published versions and panel A's draft revision).
 */
export const ROUTE_TABLE: Record<string, { kind: 'html' | 'pdf' | 'docx' | 'none'; of?: 'meeting' | 'assessment' | 'nominal'; ids?: string[] }> = {
  '/meetings/:id/pack': { kind: 'html' },
  '/meetings/:id/pack.pdf': { kind: 'pdf', ids: ['A.next', 'A.draft', 'B.next'] },
  '/meetings/:id/minutes.pdf': { kind: 'pdf', ids: ['A.past', 'A.next', 'B.past'] },
  '/meetings/:id/minutes.docx': { kind: 'docx' },
  '/assessments/:id/assessment.pdf': { kind: 'pdf', of: 'assessment' },
  // A nominal's subject-access report, for the data protection officer of its panel alone.
  '/nominals/:id/subject-access.pdf': { kind: 'pdf', of: 'nominal' },
  '/health': { kind: 'none' },
  '/health/live': { kind: 'none' },
  '/health/ready': { kind: 'none' },
  // Single sign-on's redirects: they answer with a redirect and no body, to the provider or to the sign-in page.
  '/auth/oidc/:providerId/start': { kind: 'none' },
  '/auth/oidc/callback': { kind: 'none' },
};
