import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { requestMask, type Mask } from '../access/known-names.js';
import { maskHtml, maskIcs } from '../access/masked-files.js';
import type { RequestContext } from '../access/request-context.js';

type FreeText = 'text' | 'html' | 'ics';

/**
 * Every field of the schema that carries text people wrote (`text`), sanitised HTML (`html`) or an iCalendar file
 * (`ics`), whatever object it sits on: each is read with the panel's known names masked by a viewer without cover
 * for personal data (known-names.ts, masked-files.ts), over HTTP and over a socket alike. A test lists every String field of the schema and fails on
 * one that is neither here nor named as structured (a reference, a date, a label from a fixed list, a person's
 * own account).
 */
export const FREE_TEXT_FIELDS: Readonly<Record<string, FreeText>> = {
  'Agenda.meetingTitle': 'text',
  'AgendaItem.title': 'text',
  'AgendaItem.notes': 'html',
  'AgendaItem.decisions': 'html',
  'AgendaOcgRecord.title': 'text',
  'AgendaReferralRecord.title': 'text',
  'AgendaTaskRecord.title': 'text',
  'AgendaThreatRecord.title': 'text',
  'AssessmentAnnotationObject.text': 'text',
  'AssessmentObject.content': 'text',
  'CalendarFile.content': 'ics',
  'ConsultationLogEntry.purpose': 'text',
  'CrossPanelMatch.recordName': 'text',
  'Disruption.description': 'text',
  'Disruption.rationale': 'text',
  'DrugSeizure.type': 'text',
  'EmergingThreat.title': 'text',
  'EmergingThreat.description': 'text',
  'EmergingThreatMeetingOutcome.note': 'text',
  'FieldChange.before': 'text',
  'FieldChange.after': 'text',
  'HighHarmPlaceObject.label': 'text',
  'HitCheckDetail.detail': 'text',
  'HitCheckSubject.yourDetail': 'text',
  'IntelligenceEntry.text': 'text',
  'IntelligenceEntry.handlingConditions': 'text',
  'LinkNodeObject.label': 'text',
  'LinkNodeObject.sublabel': 'text',
  'MailMessage.subject': 'text',
  'Meeting.title': 'text',
  'Meeting.location': 'text',
  'MeetingAttendanceFigures.title': 'text',
  'MeetingMinutes.correctionReason': 'text',
  'MeetingSeries.location': 'text',
  'MinutesItem.title': 'text',
  'MinutesItem.notes': 'html',
  'MinutesItem.decisions': 'html',
  'MinutesTask.title': 'text',
  'MinutesThreatOutcome.title': 'text',
  'MinutesThreatOutcome.note': 'text',
  'Ocg.name': 'text',
  'RecordReview.rationale': 'text',
  'RecordReviewDue.name': 'text',
  'SharedGroupDetails.name': 'text',
  'Ocg.summary': 'text',
  'OcgObjective.objective': 'text',
  'OcgScore.rationale': 'text',
  'OcgTaskFigures.name': 'text',
  'OutcomeDrugs.type': 'text',
  'OutcomeScoreChange.name': 'text',
  'Place.label': 'text',
  'ProjectorGroupObject.name': 'text',
  'ProjectorObject.currentItemTitle': 'text',
  'Referral.summary': 'text',
  'Referral.declineReason': 'text',
  'ReferredOffender.description': 'text',
  'SearchHit.title': 'text',
  'SearchHit.subtitle': 'text',
  'SharedNominalGroupObject.name': 'text',
  'Task.title': 'text',
  'Task.description': 'text',
  'Task.closingNote': 'text',
  'Task.blockedReason': 'text',
  'TaskUpdate.text': 'text',
  'ThreatPictureEmergingThreat.title': 'text',
  'ThreatPictureGroup.name': 'text',
  'ThreatPictureRisingGroup.name': 'text',
};

/** Wraps the resolver of every free-text field so that its value is masked for a viewer without cover. */
export function maskFreeTextFields(schema: GraphQLSchema): GraphQLSchema {
  for (const [path, kind] of Object.entries(FREE_TEXT_FIELDS)) {
    const [typeName, fieldName] = path.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`FREE_TEXT_FIELDS names ${path}, which the schema does not have`);
    const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx, info) => {
      const value: unknown = resolve(source, args, ctx, info);
      const mask = requestMask(ctx);
      if (!mask) return value;
      return Promise.all([value, mask]).then(([v, m]) => maskValue(v, m, kind));
    };
  }
  return schema;
}

const MASK_AS: Record<FreeText, (mask: Mask, value: string) => string> = { text: (mask, value) => mask(value), html: maskHtml, ics: maskIcs };

function maskValue(value: unknown, mask: Mask, kind: FreeText): unknown {
  if (typeof value === 'string') return MASK_AS[kind](mask, value);
  if (Array.isArray(value)) return value.map((v) => maskValue(v, mask, kind));
  return value;
}
