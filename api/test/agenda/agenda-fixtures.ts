import type { DataSource } from 'typeorm';
import type { PanelFixture } from '../support/fixtures.js';

/** A meeting written straight to the database, `daysFromNow` days away, two hours long. */
export async function createMeeting(
  ds: DataSource,
  p: PanelFixture,
  opts: { daysFromNow?: number; status?: string; title?: string; mode?: 'TEAMS' | 'IN_PERSON'; location?: string | null } = {},
): Promise<string> {
  const days = opts.daysFromNow ?? 14;
  const [m] = await ds.query(
    `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, location, status)
     VALUES ($1, $2, date_trunc('hour', now()) + make_interval(days => $3), date_trunc('hour', now()) + make_interval(days => $3) + interval '2 hours', $4, $5, $6)
     RETURNING id`,
    [
      p.panelId,
      opts.title ?? 'Panel meeting',
      days,
      opts.mode ?? 'IN_PERSON',
      opts.mode === 'TEAMS' ? null : (opts.location ?? 'Force HQ, Aykley Heads'),
      opts.status ?? 'PLANNED',
    ],
  );
  return m.id;
}

let counter = 0;
const ref = (prefix: string) => `${prefix}-${String(++counter).padStart(4, '0')}`;

/**
 * Due dates in tests stay off the reminder days (7 and 1 before, 1 after) where they can: the reminder scans of
 * other test files see every panel's tasks in the shared database.
 */
export async function createTask(
  ds: DataSource,
  p: PanelFixture,
  opts: { agency?: string; dueInDays?: number | null; status?: string; title?: string } = {},
): Promise<string> {
  const [t] = await ds.query(
    `INSERT INTO task (panel_id, reference, title, agency_id, due_on, status, not_done_cause)
     VALUES ($1, $2, $3, $4, CASE WHEN $5::int IS NULL THEN NULL ELSE current_date + $5::int END, $6::varchar, CASE WHEN $6::varchar = 'NOT_DONE' THEN 'AGENCY_DID_NOT_ACT' END) RETURNING id`,
    [p.panelId, ref('T'), opts.title ?? 'Check the accounts', opts.agency ?? p.agencies.HMRC, opts.dueInDays ?? null, opts.status ?? 'OPEN'],
  );
  return t.id;
}

/** A group created, and last changing status, `ageDays` ago. */
export async function createOcg(
  ds: DataSource,
  p: PanelFixture,
  opts: { ageDays?: number; statusChangedDaysAgo?: number; name?: string; score?: number | null } = {},
): Promise<string> {
  const age = opts.ageDays ?? 0;
  const [o] = await ds.query(
    `INSERT INTO ocg (panel_id, reference, name, status, created_at, status_changed_at, score_total, tier)
     VALUES ($1, $2, $3, 'ACTIVE', now() - make_interval(days => $4), now() - make_interval(days => $5), $6, $7) RETURNING id`,
    [p.panelId, ref('OCG'), opts.name ?? 'Group', age, opts.statusChangedDaysAgo ?? age, opts.score ?? null, opts.score ? 'Tier 1' : null],
  );
  return o.id;
}

export async function rescore(ds: DataSource, p: PanelFixture, ocgId: string, daysAgo = 0): Promise<void> {
  await ds.query(
    `INSERT INTO ocg_score (ocg_id, panel_id, harm_physical, harm_community, harm_geographic, harm_vulnerability, likelihood, capability, capacity, confidence, scale_max, total, tier, scored_at)
     VALUES ($1, $2, 3, 3, 3, 3, 3, 3, 3, 'HIGH', 5, 60, 'Tier 1', now() - make_interval(days => $3))`,
    [ocgId, p.panelId, daysAgo],
  );
}

export async function createReferral(ds: DataSource, p: PanelFixture, status = 'RECEIVED'): Promise<string> {
  const [r] = await ds.query(
    `INSERT INTO referral (panel_id, reference, from_agency_id, summary, crime_references, status, decline_reason)
     VALUES ($1, $2, $3, 'Shop thefts across the town centre', ARRAY['CR/1/26'], $4::varchar, CASE WHEN $4::varchar = 'DECLINED' THEN 'Not organised' END) RETURNING id`,
    [p.panelId, ref('R'), p.agencies.HMRC, status],
  );
  return r.id;
}

export async function createThreat(ds: DataSource, p: PanelFixture, status = 'RAISED'): Promise<string> {
  const [e] = await ds.query(
    `INSERT INTO emerging_threat (panel_id, title, description, status) VALUES ($1, 'Vape shops selling counterfeit goods', 'Seen in three towns', $2) RETURNING id`,
    [p.panelId, status],
  );
  return e.id;
}

export const AGENDA = `query($id: ID!) { agenda(meetingId: $id) {
  meetingId status meetingVersion totalMinutes slotMinutes overrunsBy
  items { id position kind title minutesAllocated predictedStart predictedEnd overruns presenterName restrictedToIds version
    restrictedTo { name }
    records { kind recordId reference title status reason
      ... on AgendaTaskRecord { dueOn isOverdue }
      ... on AgendaOcgRecord { tier score } } } } }`;

export interface AgendaRecordShape {
  kind: string;
  recordId: string;
  reference: string | null;
  title: string;
  status: string;
  reason: string | null;
  dueOn?: string | null;
  isOverdue?: boolean;
  tier?: string | null;
  score?: number | null;
}

export interface AgendaItemShape {
  id: string;
  position: number;
  kind: string;
  title: string;
  minutesAllocated: number;
  predictedStart: string;
  predictedEnd: string;
  overruns: boolean;
  presenterName: string | null;
  restrictedToIds: string[];
  version: number;
  records: AgendaRecordShape[];
}

export interface AgendaShape {
  meetingId: string;
  status: string;
  meetingVersion: number;
  totalMinutes: number;
  slotMinutes: number;
  overrunsBy: number;
  items: AgendaItemShape[];
}
