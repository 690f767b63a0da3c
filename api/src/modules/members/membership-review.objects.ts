import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MembershipReview', { description: "A panel's six-monthly review of who still needs access" })
export class MembershipReviewObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  panelId: string;

  @Field()
  openedAt: Date;

  @Field({ description: 'Members not confirmed by then are disabled' })
  closesAt: Date;

  @Field(() => Int, { description: 'Active members, other than chairs, on the panel before the review opened and not confirmed since' })
  awaitingCount: number;
}
