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
} as const;

export const SESSION_TIMEOUTS = {
  inactivityMinutes: 30,
  absoluteHours: 10,
} as const;

export const SIGN_IN_THROTTLE = {
  maxFailures: 10,
  windowMinutes: 15,
} as const;

export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';
