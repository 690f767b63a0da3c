import { registerEnumType } from '@nestjs/graphql';
import {
  AGENCY_KINDS,
  CHB_PHASES,
  CONFIDENCE_LEVELS,
  CRIME_TYPES,
  DISRUPTION_IMPACTS,
  FOUR_P_STRANDS,
  GSC_MARKINGS,
  HANDLING_CODES,
  MAIL_KINDS,
  MAIL_OUTCOMES,
  INTELLIGENCE_GRADES,
  NOMINAL_ROLES,
  OCG_STATUSES,
  PANEL_ROLES,
  PLACE_KINDS,
  REGION_KINDS,
  REGION_ROLES,
  RECORD_KINDS,
  REFERRAL_STATUSES,
  SOURCE_GRADES,
  TACTIC_HEADINGS,
  NOT_DONE_CAUSES,
  TASK_PRIORITIES,
  TASK_STATUSES,
} from '@sentinel/shared';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const PanelRoleEnum = enumObject(PANEL_ROLES);
export const RegionKindEnum = enumObject(REGION_KINDS);
export const RegionRoleEnum = enumObject(REGION_ROLES);
export const AgencyKindEnum = enumObject(AGENCY_KINDS);
export const TacticHeadingEnum = enumObject(TACTIC_HEADINGS);
export const OcgStatusEnum = enumObject(OCG_STATUSES);
export const CrimeTypeEnum = enumObject(CRIME_TYPES);
export const GscMarkingEnum = enumObject(GSC_MARKINGS);
export const NominalRoleEnum = enumObject(NOMINAL_ROLES);
export const PlaceKindEnum = enumObject(PLACE_KINDS);
export const ChbPhaseEnum = enumObject(CHB_PHASES);
export const FourPStrandEnum = enumObject(FOUR_P_STRANDS);
export const DisruptionImpactEnum = enumObject(DISRUPTION_IMPACTS);
export const RecordKindEnum = enumObject(RECORD_KINDS);
export const SourceGradeEnum = enumObject(SOURCE_GRADES);
export const IntelligenceGradeEnum = enumObject(INTELLIGENCE_GRADES);
export const HandlingCodeEnum = enumObject(HANDLING_CODES);
export const ReferralStatusEnum = enumObject(REFERRAL_STATUSES);
export const ConfidenceEnum = enumObject(CONFIDENCE_LEVELS);
export const TaskStatusEnum = enumObject(TASK_STATUSES);
export const TaskPriorityEnum = enumObject(TASK_PRIORITIES);
export const NotDoneCauseEnum = enumObject(NOT_DONE_CAUSES);
export const MailKindEnum = enumObject(MAIL_KINDS);
export const MailOutcomeEnum = enumObject(MAIL_OUTCOMES);

registerEnumType(PanelRoleEnum, { name: 'PanelRole', description: "A member's role on one panel" });
registerEnumType(RegionKindEnum, { name: 'RegionKind', description: 'A regional organised crime unit, or a national unit' });
registerEnumType(RegionRoleEnum, { name: 'RegionRole', description: "A person's role in a region" });
registerEnumType(AgencyKindEnum, { name: 'AgencyKind' });
registerEnumType(TacticHeadingEnum, { name: 'TacticHeading', description: 'A heading of the menu of disruption tactics' });
registerEnumType(OcgStatusEnum, { name: 'OcgStatus' });
registerEnumType(CrimeTypeEnum, { name: 'CrimeType' });
registerEnumType(GscMarkingEnum, { name: 'GscMarking', description: 'Government Security Classification marking' });
registerEnumType(NominalRoleEnum, { name: 'NominalRole', description: "A nominal's role in an OCG" });
registerEnumType(PlaceKindEnum, { name: 'PlaceKind' });
registerEnumType(ChbPhaseEnum, { name: 'ChbPhase', description: 'Clear-Hold-Build phase' });
registerEnumType(FourPStrandEnum, { name: 'FourPStrand', description: 'Pursue, Prevent, Protect, Prepare' });
registerEnumType(DisruptionImpactEnum, { name: 'DisruptionImpact' });
registerEnumType(RecordKindEnum, { name: 'RecordKind' });
registerEnumType(SourceGradeEnum, { name: 'SourceGrade', description: '3x5x2 source evaluation: S1 reliable, S2 untested, S3 not reliable' });
registerEnumType(IntelligenceGradeEnum, { name: 'IntelligenceGrade', description: '3x5x2 intelligence assessment A to E' });
registerEnumType(HandlingCodeEnum, { name: 'HandlingCode', description: 'P: may be shared lawfully; C: may be shared with conditions' });
registerEnumType(ReferralStatusEnum, { name: 'ReferralStatus' });
registerEnumType(ConfidenceEnum, { name: 'Confidence' });
registerEnumType(TaskStatusEnum, { name: 'TaskStatus' });
registerEnumType(TaskPriorityEnum, { name: 'TaskPriority' });
registerEnumType(NotDoneCauseEnum, { name: 'NotDoneCause', description: 'Why a task was closed without being done' });
registerEnumType(MailKindEnum, { name: 'MailKind', description: 'What a message from Sentinel was about' });
registerEnumType(MailOutcomeEnum, { name: 'MailOutcome', description: 'Sent, not sent (no mail server is set), or refused by the mail server' });
