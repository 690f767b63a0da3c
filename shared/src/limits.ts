/** Bounds applied to every input; the API enforces them and the web uses them for hints. */
export const LIMITS = {
  nameLength: 200,
  emailLength: 254,
  referenceLength: 100,
  searchLength: 100,
  pageSizeMax: 100,
  pageSizeDefault: 25,
  offsetMax: 100_000,
  queryDepthMax: 10,
  queryCostMax: 2_000,
  /** Characters of one GraphQL document: the web's largest, fragments included, is a few thousand. */
  documentLengthMax: 20_000,
  /** Fields of one operation once its fragments are spread out. */
  queryNodesMax: 2_000,
  queryAliasesMax: 50,
  rootFieldsMax: 20,
  /** Root fields of one operation that build a whole-panel report or a file (see FIELD_COST in the API). */
  heavyFieldsMax: 2,
  /** Files and reports one person may have being built at once (PDFs, exports, imports), per API process. */
  expensiveWorkPerUser: 2,
} as const;

/**
 * Requests one person (or, signed out, one address) may make in a window, per kind. Generous: a person at work
 * never meets them; a script looping over the API does.
 */
export const RATE_LIMITS = {
  search: { limit: 120, windowSeconds: 60 },
  import: { limit: 120, windowSeconds: 60 },
  // A list's export is asked for once per filter and format; checking every filter takes a hundred or so.
  export: { limit: 200, windowSeconds: 60 },
} as const;
export type RateLimitKind = keyof typeof RATE_LIMITS;

export const SESSION_TIMEOUTS = {
  inactivityMinutes: 30,
  absoluteHours: 10,
} as const;

/**
 * Password guessing. An account is locked after `maxFailures` wrong passwords in the window, and the sign-in form
 * warns when `warnWhenLeft` or fewer tries remain. An address (a council's or a force's network, where hundreds sign
 * in from one address) is never locked: after `addressFreeFailures` failures in the window each further attempt
 * from it must wait twice as long as the last, up to `addressMaxDelaySeconds`.
 */
export const SIGN_IN_THROTTLE = {
  maxFailures: 10,
  windowMinutes: 15,
  warnWhenLeft: 3,
  addressFreeFailures: 30,
  addressMaxDelaySeconds: 60,
} as const;

/** How long an address must wait after its `failures`-th failure in the window before it may try again. */
export function addressDelaySeconds(failures: number): number {
  const over = failures - SIGN_IN_THROTTLE.addressFreeFailures;
  if (over < 0) return 0;
  return Math.min(2 ** over, SIGN_IN_THROTTLE.addressMaxDelaySeconds);
}

export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';

/**
 * The longest text a field takes, where it differs from LIMITS.nameLength. The API refuses more with a field
 * error; the forms count characters and refuse it first. Nothing is ever cut.
 */
export const TEXT_LIMITS = {
  taskDescription: 4000,
  taskUpdate: 4000,
  blockedReason: 1000,
  closingNote: 2000,
  ocgSummary: 4000,
  /** Each of a group's areas of operation. */
  ocgArea: 80,
  disruptionDescription: 2000,
  disruptionRationale: 2000,
  intelligence: 5000,
  intelligenceConditions: 1000,
  nominalSurname: 100,
  nominalForenames: 150,
  nominalAlias: 100,
  /** A place's address or area name, and the area it lies in. */
  placeLabel: 300,
  placeArea: 100,
  objective: 1000,
  scoreRationale: 2000,
  referralSummary: 4000,
  referralOffenderDescription: 1000,
  /** Each line of a referral's vehicles (a registration) and places (an address or area). */
  referralVehicle: 20,
  referralPlace: 200,
  crimeReference: 50,
  declineReason: 2000,
  threatDescription: 4000,
  threatArea: 100,
  threatOutcomeNote: 1000,
  /** An agenda item's notes or decisions, as the sanitised HTML the API keeps. */
  minutesText: 20_000,
  correctionReason: 1000,
  meetingLocation: 300,
  teamsUrl: 500,
  assessmentNote: 4000,
  vehicleMake: 60,
  vehicleModel: 60,
  vehicleColour: 40,
} as const;

/** What to fix when text is longer than its field takes; `label` is the field's label ("Title"). */
export function tooLongMessage(label: string, max: number): string {
  return `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`;
}

export function tooLongProblem(label: string, value: string | null | undefined, max: number): string | null {
  return value && value.length > max ? tooLongMessage(label, max) : null;
}
