/**
 * The filters of the panel's two logs, written once for the list and the subject-access report. Each is a WHERE
 * clause over positional parameters whose text never changes with the filter's values (a missing value is null and
 * matches everything), so each list is one planned statement.
 */

/** London days to instants: from the start of `from` to the end of `to`. */
const PERIOD = (at: string, from: string, to: string) =>
  `(${from}::date IS NULL OR ${at} >= (${from}::date)::timestamp AT TIME ZONE 'Europe/London')
   AND (${to}::date IS NULL OR ${at} < (${to}::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;

/**
 * The subjects that stand for a nominal in the s.62 log: the nominal, and the intelligence recorded about them (its
 * text carries their personal data). `$n` is the nominal's id; `$p` the panel's.
 */
export const NOMINAL_SUBJECTS = (n: string, p: string) =>
  `(SELECT array_agg(s) FROM (
      SELECT 'Nominal:' || ${n}::text AS s
      UNION ALL
      SELECT 'Intelligence:' || i.id::text FROM intelligence i
       WHERE i.panel_id = ${p} AND i.subject_kind = 'NOMINAL' AND i.subject_id = ${n}::uuid) x)`;

/**
 * The s.62 log of a panel: $1 panel, $2 nominal, $3 person, $4 agency (by or to), $5 channel, $6 action, $7 and $8
 * the period.
 */
export const CONSULTATION_WHERE = `c.panel_id = $1
  AND ($2::uuid IS NULL OR c.subjects && ${NOMINAL_SUBJECTS('$2', '$1')})
  AND ($3::uuid IS NULL OR c.actor_user_id = $3)
  AND ($4::uuid IS NULL OR c.actor_agency_id = $4 OR c.disclosed_to_agency_id = $4)
  AND ($5::text IS NULL OR c.channel = $5)
  AND ($6::text IS NULL OR c.action = $6)
  AND ${PERIOD('c.at', '$7', '$8')}`;

/** The audit trail of a panel: $1 panel, $2 nominal, $3 person, $4 agency, $5 action, $6 and $7 the period. */
export const AUDIT_WHERE = `e.panel_id = $1
  AND ($2::uuid IS NULL OR (e.entity_type = 'Nominal' AND e.entity_id = $2::text)
       OR (e.entity_type = 'Intelligence' AND e.entity_id = ANY (
             SELECT i.id::text FROM intelligence i WHERE i.panel_id = $1 AND i.subject_kind = 'NOMINAL' AND i.subject_id = $2::uuid)))
  AND ($3::uuid IS NULL OR e.actor_user_id = $3)
  AND ($4::uuid IS NULL OR e.actor_agency_id = $4)
  AND ($5::text IS NULL OR e.action = $5)
  AND ${PERIOD('e.at', '$6', '$7')}`;
