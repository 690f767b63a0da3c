import { Field, ID, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import type { AgendaItemKind, AgendaRecordKind, MeetingStatus, SeedReason } from '@sentinel/shared';
import { MeetingStatusEnum } from '../meetings/meeting.enums.js';
import { AgendaItemKindEnum, AgendaRecordKindEnum, SeedReasonEnum } from './agenda.enums.js';

/** The fields every record an agenda item covers has; each kind adds what the panel needs to discuss it. */
@InterfaceType('AgendaRecord', {
  resolveType: (r: { kind: AgendaRecordKind }) =>
    ({ TASK: 'AgendaTaskRecord', OCG: 'AgendaOcgRecord', REFERRAL: 'AgendaReferralRecord', EMERGING_THREAT: 'AgendaThreatRecord' })[r.kind],
})
export abstract class AgendaRecordObject {
  @Field(() => AgendaRecordKindEnum) kind: AgendaRecordKind;
  @Field(() => ID) recordId: string;
  @Field(() => String, { nullable: true, description: 'The per-panel reference; emerging threats have none' }) reference: string | null;
  @Field({ description: 'Title, group name, or the start of a referral summary' }) title: string;
  @Field({ description: 'The record’s own status' }) status: string;
  @Field(() => SeedReasonEnum, { nullable: true, description: 'Null when added by hand' }) reason: SeedReason | null;
}

@ObjectType('AgendaTaskRecord', { implements: () => [AgendaRecordObject] })
export class AgendaTaskRecordObject extends AgendaRecordObject {
  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' }) dueOn: string | null;
  @Field() isOverdue: boolean;
  @Field(() => ID) agencyId: string;
}

@ObjectType('AgendaOcgRecord', { implements: () => [AgendaRecordObject] })
export class AgendaOcgRecordObject extends AgendaRecordObject {
  @Field(() => String, { nullable: true }) tier: string | null;
  @Field(() => Int, { nullable: true }) score: number | null;
}

@ObjectType('AgendaReferralRecord', { implements: () => [AgendaRecordObject] })
export class AgendaReferralRecordObject extends AgendaRecordObject {}

@ObjectType('AgendaThreatRecord', { implements: () => [AgendaRecordObject] })
export class AgendaThreatRecordObject extends AgendaRecordObject {}

@ObjectType('AgendaItem', { description: 'One item of a meeting’s agenda, with its predicted time against the slot' })
export class AgendaItemObject {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  panelId: string;
  @Field(() => Int, { description: '1-based order on the agenda' }) position: number;
  @Field(() => AgendaItemKindEnum) kind: AgendaItemKind;
  @Field() title: string;
  @Field(() => ID, { nullable: true }) presenterUserId: string | null;
  @Field(() => ID, { nullable: true }) presenterAgencyId: string | null;
  @Field(() => String, { nullable: true, description: 'The presenting member, or else the presenting agency' }) presenterName: string | null;
  @Field(() => Int) minutesAllocated: number;
  @Field({ description: 'Predicted from the meeting’s start and the items before it' }) predictedStart: Date;
  @Field() predictedEnd: Date;
  @Field({ description: 'True when the item is predicted to end after the meeting’s slot' }) overruns: boolean;
  @Field(() => [ID], { description: 'Empty: everyone on the panel; otherwise only these agencies (and those running the meeting)' })
  restrictedToIds: string[];
  @Field(() => String, { nullable: true, description: 'Minutes recorded live (sanitised HTML)' }) notes: string | null;
  @Field(() => String, { nullable: true, description: 'Decisions recorded live (sanitised HTML)' }) decisions: string | null;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => Int) version: number;
}

@ObjectType('Agenda', { description: 'A meeting’s agenda as the viewer may see it' })
export class AgendaObject {
  @Field(() => ID) meetingId: string;
  @Field(() => ID) panelId: string;
  @Field() meetingTitle: string;
  @Field() startsAt: Date;
  @Field(() => MeetingStatusEnum) status: MeetingStatus;
  @Field(() => Int, { description: 'The meeting’s version, to send when publishing' }) meetingVersion: number;
  @Field(() => [AgendaItemObject]) items: AgendaItemObject[];
  @Field(() => Int, { description: 'Minutes allocated across the whole agenda' }) totalMinutes: number;
  @Field(() => Int, { description: 'The meeting’s length' }) slotMinutes: number;
  @Field(() => Int, { description: 'How far the agenda runs past the slot; 0 when it fits' }) overrunsBy: number;
}
