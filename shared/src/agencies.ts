export const AGENCY_KINDS = [
  'POLICE_UNIT',
  'LOCAL_AUTHORITY_SERVICE',
  'GOVERNMENT_DEPARTMENT',
  'REGULATOR',
  'EMERGENCY_SERVICE',
  'PRISON_AND_PROBATION',
  'VOLUNTARY_SECTOR',
  'OTHER',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  POLICE_UNIT: 'Police unit',
  LOCAL_AUTHORITY_SERVICE: 'Local authority service',
  GOVERNMENT_DEPARTMENT: 'Government department',
  REGULATOR: 'Regulator',
  EMERGENCY_SERVICE: 'Emergency service',
  PRISON_AND_PROBATION: 'Prison and probation',
  VOLUNTARY_SECTOR: 'Voluntary sector',
  OTHER: 'Other',
};

/** The six headings of the Home Office menu of disruption tactics. */
export const TACTIC_HEADINGS = ['LIFESTYLE', 'BEHAVIOUR', 'VEHICLES', 'TRAVEL', 'BUSINESS', 'CRIME'] as const;
export type TacticHeading = (typeof TACTIC_HEADINGS)[number];

export const TACTIC_HEADING_LABELS: Record<TacticHeading, string> = {
  LIFESTYLE: 'Lifestyle',
  BEHAVIOUR: 'Behaviour',
  VEHICLES: 'Vehicles',
  TRAVEL: 'Travel',
  BUSINESS: 'Business',
  CRIME: 'Crime',
};

/** Days before expiry at which an information-sharing agreement is flagged for renewal. */
export const ISA_RENEWAL_WARNING_DAYS = 30;

export type IsaStatus = 'NONE' | 'VALID' | 'EXPIRING' | 'EXPIRED';

/**
 * The state of an information-sharing agreement on a given day (dates are ISO yyyy-mm-dd, compared as
 * calendar days so that the answer does not depend on the time of day or the server's zone).
 */
export function isaStatus(expiresOn: string | null | undefined, today: string): IsaStatus {
  if (!expiresOn) return 'NONE';
  if (expiresOn < today) return 'EXPIRED';
  const warnFrom = addDays(today, ISA_RENEWAL_WARNING_DAYS);
  return expiresOn <= warnFrom ? 'EXPIRING' : 'VALID';
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Building a formatter is costly; one is kept and reused. */
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** The last date worked out, for its minute: London's offset from UTC is whole hours, so its days begin on a minute. */
let lastDay = { minute: NaN, date: '' };

/** Today's calendar date in the UK, as yyyy-mm-dd. */
export function londonToday(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastDay.minute) lastDay = { minute, date: LONDON_DATE.format(now) };
  return lastDay.date;
}
