import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AgendaItemKind, EmergingThreatOutcome, MinutesStatus, Presence } from '@sentinel/shared';
import { AgendaItemKindEnum } from '../agenda/agenda.enums.js';
import { EmergingThreatOutcomeEnum } from '../emerging-threats/emerging-threat.enums.js';
import { PresenceEnum } from '../meetings/meeting.enums.js';

export const MinutesStatusEnum = { DRAFT: 'DRAFT', APPROVED: 'APPROVED' } as const satisfies Record<MinutesStatus, MinutesStatus>;
registerEnumType(MinutesStatusEnum, { name: 'MinutesStatus', description: 'A draft, or approved by the chair and locked' });

@ObjectType('MinutesTask', { description: 'A task raised at the meeting: part of the action log the panel agreed' })
export class MinutesTaskObject {
  @Field(() => ID) taskId: string;
  @Field() reference: string;
  @Field() title: string;
  @Field(() => ID) agencyId: string;
  @Field({ description: 'The agency’s name when the minutes were drafted' }) agencyName: string;
}

@ObjectType('MinutesThreatOutcome', { description: 'What the meeting did about an emerging threat' })
export class MinutesThreatOutcomeObject {
  @Field(() => ID) emergingThreatId: string;
  @Field() title: string;
  @Field(() => EmergingThreatOutcomeEnum) outcome: EmergingThreatOutcome;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType('MinutesItem', { description: 'The minutes of one agenda item' })
export class MinutesItemObject {
  @Field(() => ID) itemId: string;
  @Field(() => Int) position: number;
  @Field(() => AgendaItemKindEnum) kind: AgendaItemKind;
  @Field() title: string;
  @Field(() => [ID], { description: 'Agencies the item is restricted to; empty for the whole panel' }) restrictedTo: string[];
  @Field(() => String, { nullable: true, description: 'Sanitised HTML' }) notes: string | null;
  @Field(() => String, { nullable: true, description: 'Sanitised HTML' }) decisions: string | null;
  @Field(() => [MinutesTaskObject]) tasks: MinutesTaskObject[];
  @Field(() => [MinutesThreatOutcomeObject]) threatOutcomes: MinutesThreatOutcomeObject[];
}

@ObjectType('MinutesAttendee')
export class MinutesAttendeeObject {
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'The agency they attended for' }) agencyName: string | null;
  @Field(() => PresenceEnum) presence: Presence;
}

@ObjectType('MinutesApology')
export class MinutesApologyObject {
  @Field() name: string;
  @Field(() => String, { nullable: true }) agencyName: string | null;
  @Field(() => String, { nullable: true }) substituteName: string | null;
}

@ObjectType('MinutesAttendance', { description: 'Who was present for which agency, and who sent apologies' })
export class MinutesAttendanceObject {
  @Field(() => [MinutesAttendeeObject]) present: MinutesAttendeeObject[];
  @Field(() => [MinutesApologyObject]) apologies: MinutesApologyObject[];
}

@ObjectType('MeetingMinutes', {
  description: 'One version of a meeting’s minutes, filtered for the viewer: items restricted to other agencies are left out',
})
export class MeetingMinutesObject {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field(() => Int, { description: '1 for the minutes as drafted; each correction adds one' }) number: number;
  @Field(() => MinutesStatusEnum) status: MinutesStatus;
  @Field(() => String, { nullable: true, description: 'Why this version corrects the one before' }) correctionReason: string | null;
  @Field(() => ID, { nullable: true }) approvedByUserId: string | null;
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
  @Field() createdAt: Date;
  @Field(() => [MinutesItemObject]) items: MinutesItemObject[];
  @Field(() => [MinutesTaskObject], { description: 'Tasks raised at the meeting outside any one item' }) otherTasks: MinutesTaskObject[];
  @Field(() => [MinutesThreatOutcomeObject]) otherThreatOutcomes: MinutesThreatOutcomeObject[];
  @Field(() => MinutesAttendanceObject) attendance: MinutesAttendanceObject;
  @Field(() => Int) version: number;
}

@ObjectType('AgendaPackInfo', { description: 'Where the viewer’s agency’s agenda pack and minutes files are (relative paths)' })
export class AgendaPackInfoObject {
  @Field(() => ID) meetingId: string;
  @Field({ description: 'The pack as an HTML page with print styles' }) htmlUrl: string;
  @Field({ description: 'The pack as a tagged PDF' }) pdfUrl: string;
  @Field(() => String, { nullable: true, description: 'The minutes as PDF, once drafted' }) minutesPdfUrl: string | null;
  @Field(() => String, { nullable: true, description: 'The minutes as Word, once drafted' }) minutesDocxUrl: string | null;
}
