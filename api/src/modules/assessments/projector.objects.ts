import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeetingObject } from '../meetings/meeting.objects.js';

@ObjectType()
export class ProjectorGroupObject {
  @Field(() => ID) ocgId: string;
  @Field() reference: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) tier: string | null;
  @Field(() => Int, { nullable: true }) score: number | null;
}

@ObjectType()
export class ProjectorTierCountObject {
  @Field({ description: 'The tier, or "Not scored"' }) tier: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class ProjectorObject {
  @Field(() => MeetingObject, { nullable: true, description: 'The meeting in progress, or else the next one' }) meeting: MeetingObject | null;
  @Field(() => String, { nullable: true, description: 'Null when there is no current item or it is restricted to some agencies' })
  currentItemTitle: string | null;
  @Field(() => [ProjectorGroupObject], { description: 'The ten highest-scoring open groups' }) topGroups: ProjectorGroupObject[];
  @Field(() => [ProjectorTierCountObject], { description: 'Open groups by tier' }) counts: ProjectorTierCountObject[];
}
