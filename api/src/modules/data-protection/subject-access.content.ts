import type { DataSource } from 'typeorm';
import { NOMINAL_SUBJECTS } from './data-protection.sql.js';

export interface SubjectAccessNominal {
  id: string;
  panelId: string;
  panelName: string;
  reference: string;
  surname: string;
  forenames: string;
  aliases: string[];
  dateOfBirth: string | null;
  isVulnerable: boolean;
  isChild: boolean;
  riskToOfficers: boolean;
  nextReviewOn: string | null;
  gscMarking: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One row of the s.62 log naming the person, with every name resolved. */
export interface SubjectAccessLogRow {
  id: string;
  at: Date;
  action: 'CONSULT' | 'DISCLOSE';
  channel: string | null;
  actorName: string | null;
  actorAgencyName: string | null;
  disclosedToAgencyName: string | null;
  purpose: string | null;
  /** What of the person the row names: their record, intelligence about them, or both. */
  records: string;
}

/** Everything a panel holds about one nominal, and every consultation and disclosure of it. */
export interface SubjectAccessContent {
  nominal: SubjectAccessNominal;
  groups: { reference: string; name: string; role: string; addedAt: Date }[];
  vehicles: { registration: string; make: string | null; model: string | null; colour: string | null; addedAt: Date }[];
  places: { label: string; kind: string; area: string | null; addedAt: Date }[];
  intelligence: {
    id: string;
    recordedOn: string;
    agencyName: string | null;
    sourceGrade: string;
    intelligenceGrade: string;
    handling: string;
    handlingConditions: string | null;
    text: string;
  }[];
  disruptions: {
    occurredOn: string;
    groupReference: string;
    agencyName: string | null;
    strand: string;
    tacticHeading: string;
    description: string;
  }[];
  tasks: { reference: string; title: string; agencyName: string | null; status: string; dueOn: string | null }[];
  changes: { at: Date; action: string; entityType: string; actorName: string | null; fields: string[] }[];
  log: SubjectAccessLogRow[];
}

/** The nominal, if it is in one of the panels named; null otherwise (answered as not found). */
export async function readSubjectNominal(ds: DataSource, id: string, panelIds: readonly string[]): Promise<SubjectAccessNominal | null> {
  const [row] = await ds.query(
    `SELECT n.id, n.panel_id AS "panelId", p.name AS "panelName", n.reference, n.surname, n.forenames, n.aliases,
            to_char(n.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", n.is_vulnerable AS "isVulnerable", n.is_child AS "isChild",
            n.risk_to_officers AS "riskToOfficers", to_char(n.next_review_on, 'YYYY-MM-DD') AS "nextReviewOn",
            n.gsc_marking AS "gscMarking", n.created_at AS "createdAt", n.updated_at AS "updatedAt"
       FROM nominal n JOIN panel p ON p.id = n.panel_id
      WHERE n.id = $1 AND n.panel_id = ANY($2::uuid[])`,
    [id, panelIds],
  );
  return (row as SubjectAccessNominal | undefined) ?? null;
}

/**
 * Every record of the panel linked to the nominal and every row of the s.62 log naming them or the intelligence
 * about them: eight statements, whatever the number of rows.
 */
export async function readSubjectAccess(ds: DataSource, nominal: SubjectAccessNominal): Promise<SubjectAccessContent> {
  const args = [nominal.id, nominal.panelId];
  const [groups, vehicles, places, intelligence, disruptions, tasks, changes, log] = await Promise.all([
    ds.query(
      `SELECT o.reference, o.name, l.role, l.added_at AS "addedAt" FROM ocg_nominal l JOIN ocg o ON o.id = l.ocg_id
        WHERE l.nominal_id = $1::uuid AND o.panel_id = $2::uuid ORDER BY o.reference`,
      args,
    ),
    ds.query(
      `SELECT v.registration, v.make, v.model, v.colour, l.added_at AS "addedAt" FROM nominal_vehicle l JOIN vehicle v ON v.id = l.vehicle_id
        WHERE l.nominal_id = $1::uuid AND v.panel_id = $2::uuid ORDER BY v.registration`,
      args,
    ),
    ds.query(
      `SELECT p.label, p.kind, p.area, l.added_at AS "addedAt" FROM nominal_place l JOIN place p ON p.id = l.place_id
        WHERE l.nominal_id = $1::uuid AND p.panel_id = $2::uuid ORDER BY p.label`,
      args,
    ),
    ds.query(
      `SELECT i.id, to_char(i.recorded_on, 'YYYY-MM-DD') AS "recordedOn", a.name AS "agencyName", i.source_grade AS "sourceGrade",
              i.intelligence_grade AS "intelligenceGrade", i.handling, i.handling_conditions AS "handlingConditions", i.text
         FROM intelligence i LEFT JOIN agency a ON a.id = i.submitting_agency_id
        WHERE i.subject_kind = 'NOMINAL' AND i.subject_id = $1::uuid AND i.panel_id = $2::uuid ORDER BY i.recorded_on, i.created_at`,
      args,
    ),
    ds.query(
      `SELECT to_char(d.occurred_on, 'YYYY-MM-DD') AS "occurredOn", o.reference AS "groupReference", a.name AS "agencyName", d.strand,
              d.tactic_heading AS "tacticHeading", d.description
         FROM disruption_nominal l JOIN disruption d ON d.id = l.disruption_id JOIN ocg o ON o.id = d.ocg_id
         LEFT JOIN agency a ON a.id = d.agency_id
        WHERE l.nominal_id = $1::uuid AND d.panel_id = $2::uuid ORDER BY d.occurred_on`,
      args,
    ),
    ds.query(
      `SELECT t.reference, t.title, a.name AS "agencyName", t.status, to_char(t.due_on, 'YYYY-MM-DD') AS "dueOn"
         FROM task t LEFT JOIN agency a ON a.id = t.agency_id WHERE t.nominal_id = $1::uuid AND t.panel_id = $2::uuid ORDER BY t.reference`,
      args,
    ),
    ds.query(
      `SELECT e.at, e.action, e.entity_type AS "entityType", u.name AS "actorName",
              ARRAY(SELECT jsonb_object_keys(coalesce(e.changes, '{}'::jsonb)) ORDER BY 1) AS fields
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.panel_id = $2::uuid AND ((e.entity_type = 'Nominal' AND e.entity_id = $1::text)
              OR (e.entity_type = 'Intelligence' AND e.entity_id = ANY (
                    SELECT i.id::text FROM intelligence i WHERE i.panel_id = $2::uuid AND i.subject_kind = 'NOMINAL' AND i.subject_id = $1::uuid)))
        ORDER BY e.at, e.id`,
      args,
    ),
    ds.query(
      `WITH mine AS (SELECT ${NOMINAL_SUBJECTS('$1::uuid', '$2::uuid')} AS subjects)
       SELECT c.id::text AS id, c.at, c.action, c.channel, u.name AS "actorName", aa.name AS "actorAgencyName",
              ta.name AS "disclosedToAgencyName", c.purpose,
              concat_ws(' and ',
                CASE WHEN c.subjects @> ARRAY['Nominal:' || $1::text] THEN 'Their record' END,
                CASE WHEN cardinality(ARRAY(SELECT unnest(c.subjects) INTERSECT SELECT unnest(m.subjects)))
                          > (CASE WHEN c.subjects @> ARRAY['Nominal:' || $1::text] THEN 1 ELSE 0 END)
                     THEN 'intelligence about them' END) AS records
         FROM consultation c CROSS JOIN mine m
         LEFT JOIN app_user u ON u.id = c.actor_user_id
         LEFT JOIN agency aa ON aa.id = c.actor_agency_id
         LEFT JOIN agency ta ON ta.id = c.disclosed_to_agency_id
        WHERE c.panel_id = $2::uuid AND c.subjects && m.subjects
        ORDER BY c.at, c.id`,
      args,
    ),
  ]);
  return { nominal, groups, vehicles, places, intelligence, disruptions, tasks, changes, log };
}

export function fullName(n: { forenames: string; surname: string }): string {
  return [n.forenames, n.surname.toUpperCase()].filter(Boolean).join(' ');
}
