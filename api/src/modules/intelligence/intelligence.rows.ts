import type { GscMarking, HandlingCode, IntelligenceGrade, RecordKind, SourceGrade } from '@sentinel/shared';
import type { IntelligenceEntryObject } from './intelligence.object.js';

export interface IntelligenceRow {
  id: string;
  panel_id: string;
  subject_kind: RecordKind;
  subject_id: string;
  recorded_on: string;
  submitting_agency_id: string;
  text: string;
  source_grade: SourceGrade;
  intelligence_grade: IntelligenceGrade;
  handling: HandlingCode;
  handling_conditions: string | null;
  gsc_marking: GscMarking;
  created_by: string | null;
  created_at: Date;
}

/** Columns for a table aliased `i`; the date as text so it stays a calendar day. */
export const INTELLIGENCE_COLUMNS = `i.id, i.panel_id, i.subject_kind, i.subject_id, i.recorded_on::text AS recorded_on,
  i.submitting_agency_id, i.text, i.source_grade, i.intelligence_grade, i.handling, i.handling_conditions, i.gsc_marking,
  i.created_by, i.created_at`;

/** Who is asking, as far as handling codes are concerned. */
export interface HandlingViewer {
  /** Nobody is exempt from handling code C, the system administrator included. */
  agencyId: string | null;
}

/**
 * SQL for "this viewer may see entry i": handling P, or C where the viewer's agency submitted it or is named.
 * `param` is the placeholder holding the viewer's agency id (null matches nothing).
 */
export function handlingCondition(viewer: HandlingViewer, param: string): string {
  return `(i.handling = 'P' OR i.submitting_agency_id = ${param}::uuid
    OR EXISTS (SELECT 1 FROM intelligence_recipient ir WHERE ir.intelligence_id = i.id AND ir.agency_id = ${param}::uuid))`;
}

export function toIntelligenceObject(r: IntelligenceRow): IntelligenceEntryObject {
  return {
    id: r.id,
    panelId: r.panel_id,
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    recordedOn: r.recorded_on,
    submittingAgencyId: r.submitting_agency_id,
    text: r.text,
    sourceGrade: r.source_grade,
    intelligenceGrade: r.intelligence_grade,
    handling: r.handling,
    grading: `${r.source_grade.slice(1)}/${r.intelligence_grade}/${r.handling}`,
    handlingConditions: r.handling_conditions,
    gscMarking: r.gsc_marking,
    createdByUserId: r.created_by,
    createdAt: r.created_at,
  };
}
