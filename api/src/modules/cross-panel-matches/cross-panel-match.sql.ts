import type { CrossPanelMatchKind, CrossPanelMatchStatus, OcgStatus } from '@sentinel/shared';

/** A side's status, from its row `m` (see CROSS_PANEL_MATCH_STATUSES). */
const STATUS = `CASE WHEN m.closed_at IS NOT NULL THEN 'CLOSED'
  WHEN m.declined_at IS NOT NULL OR m.other_declined_at IS NOT NULL THEN 'DECLINED'
  WHEN m.agreed_at IS NOT NULL AND m.other_agreed_at IS NOT NULL THEN 'SHARED'
  WHEN m.agreed_at IS NOT NULL THEN 'AWAITING_OTHER'
  WHEN m.other_agreed_at IS NOT NULL THEN 'AWAITING_US' ELSE 'NEW' END`;

/** The list's order: what waits for this panel first, then the newest. */
const STATUS_RANK = `CASE ${STATUS} WHEN 'AWAITING_US' THEN 0 WHEN 'NEW' THEN 1 WHEN 'AWAITING_OTHER' THEN 2 WHEN 'SHARED' THEN 3 WHEN 'DECLINED' THEN 4 ELSE 5 END`;

export interface MatchRow {
  id: string;
  panel_id: string;
  kind: CrossPanelMatchKind;
  status: CrossPanelMatchStatus;
  record_id: string;
  other_panel_id: string;
  other_record_id: string;
  found_at: Date;
  closed_at: Date | null;
  agreed_at: Date | null;
  agreed_by_name: string | null;
  declined_at: Date | null;
  declined_by_name: string | null;
  other_agreed_at: Date | null;
  other_declined_at: Date | null;
  version: number;
  /** This panel's record, read in its own scope: its reference (a vehicle's plate) and its name. */
  reference: string | null;
  surname: string | null;
  forenames: string | null;
  group_name: string | null;
}

/** Sides of matches with this panel's record beside each, in the caller's scope; `where` on `m`. */
const SIDES = (where: string, rest = '') => `
  SELECT m.id, m.panel_id, m.kind, ${STATUS} AS status, m.record_id, m.other_panel_id, m.other_record_id, m.found_at, m.closed_at,
         m.agreed_at, ab.name AS agreed_by_name, m.declined_at, db.name AS declined_by_name, m.other_agreed_at, m.other_declined_at, m.version,
         coalesce(n.reference, v.registration, o.reference) AS reference, n.surname, n.forenames, o.name AS group_name
    FROM cross_panel_match m
    LEFT JOIN nominal n ON m.kind = 'NOMINAL' AND n.id = m.record_id AND n.panel_id = m.panel_id
    LEFT JOIN vehicle v ON m.kind = 'VEHICLE' AND v.id = m.record_id AND v.panel_id = m.panel_id
    LEFT JOIN ocg o ON m.kind = 'OCG' AND o.id = m.record_id AND o.panel_id = m.panel_id
    LEFT JOIN app_user ab ON ab.id = m.agreed_by
    LEFT JOIN app_user db ON db.id = m.declined_by
   WHERE ${where} ${rest}`;

export const MATCH_PAGE_SQL = SIDES('m.panel_id = :panelId', `ORDER BY ${STATUS_RANK}, m.found_at DESC, m.id LIMIT :limit OFFSET :offset`);

export const MATCH_COUNT_SQL = `SELECT count(*)::int AS total,
       count(*) FILTER (WHERE m.closed_at IS NULL AND m.declined_at IS NULL AND m.other_declined_at IS NULL AND m.agreed_at IS NULL)::int AS awaiting
  FROM cross_panel_match m WHERE m.panel_id = :panelId`;

export const MATCH_BY_ID_SQL = SIDES('m.id = :id AND m.panel_id = ANY(:panelIds)');

export const LOCK_SIDE_SQL = `SELECT m.id, m.panel_id, ${STATUS} AS status, m.agreed_at, m.declined_at, m.version
  FROM cross_panel_match m WHERE m.id = $1 AND m.panel_id = ANY($2::uuid[]) FOR UPDATE`;

export interface ContactRow {
  id: string;
  name: string;
  force_name: string;
  chairs: { name: string; email: string }[];
}

/** Other panels' names and their chairs, read in a scope of those panels alone. */
export const CONTACTS_SQL = `SELECT p.id, p.name, p.force_name,
       coalesce((SELECT json_agg(json_build_object('name', u.name, 'email', u.email) ORDER BY lower(u.name), u.id)
                   FROM membership mb JOIN app_user u ON u.id = mb.user_id
                  WHERE mb.panel_id = p.id AND mb.role = 'CHAIR' AND u.disabled_at IS NULL), '[]') AS chairs
  FROM panel p WHERE p.id = ANY(:panelIds)`;

export interface SharedRecordRow {
  reference: string;
  surname: string | null;
  forenames: string | null;
  aliases: string[] | null;
  date_of_birth: string | null;
  registration: string | null;
  make: string | null;
  model: string | null;
  colour: string | null;
  name: string | null;
  status: OcgStatus | null;
  tier: string | null;
  score_total: number | null;
}

/** The other panel's one record, read in a scope of that panel alone. */
export const SHARED_RECORD_SQL: Record<CrossPanelMatchKind, string> = {
  NOMINAL: `SELECT reference, surname, forenames, aliases, date_of_birth::text AS date_of_birth FROM nominal WHERE id = :id AND panel_id = :panelId`,
  VEHICLE: `SELECT registration AS reference, registration, make, model, colour FROM vehicle WHERE id = :id AND panel_id = :panelId`,
  OCG: `SELECT reference, name, status, tier, score_total FROM ocg WHERE id = :id AND panel_id = :panelId`,
};

/** The entity type a record of each kind is logged under (as its own module logs it). */
export const ENTITY_TYPE: Record<CrossPanelMatchKind, string> = { NOMINAL: 'Nominal', VEHICLE: 'Vehicle', OCG: 'Ocg' };
