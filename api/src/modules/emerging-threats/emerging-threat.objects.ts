import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CrimeType, EmergingThreatOutcome, EmergingThreatStatus } from '@sentinel/shared';
import { CrimeTypeEnum } from '../../core/graphql/enums.js';
import { MeetingObject } from '../meetings/meeting.objects.js';
import { EmergingThreatOutcomeEnum, EmergingThreatStatusEnum } from './emerging-threat.enums.js';

@ObjectType('EmergingThreat', { description: 'A new threat or trend a member raised between meetings' })
export class EmergingThreatObject {
  @Field(() => ID) id: string;
  @Field(() => ID) panelId: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => CrimeTypeEnum, { nullable: true }) crimeType: CrimeType | null;
  @Field(() => String, { nullable: true, description: 'Where it is seen' }) area: string | null;
  @Field(() => EmergingThreatStatusEnum) status: EmergingThreatStatus;
  @Field(() => ID, { nullable: true }) raisedByUserId: string | null;
  @Field(() => ID, { nullable: true }) raisedByAgencyId: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('EmergingThreatPage')
export class EmergingThreatPageObject {
  @Field(() => [EmergingThreatObject]) nodes: EmergingThreatObject[];
  @Field(() => Int) totalCount: number;
}

@ObjectType('EmergingThreatMeetingOutcome', { description: 'What one meeting did about the threat' })
export class ThreatOutcomeObject {
  @Field(() => MeetingObject) meeting: MeetingObject;
  @Field(() => EmergingThreatOutcomeEnum) outcome: EmergingThreatOutcome;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() recordedAt: Date;
}
