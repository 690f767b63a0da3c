import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';
import { MEMBERSHIP_REVIEW } from '@sentinel/shared';

@InputType()
export class ConfirmMemberAccessInput {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => [ID], { description: `Memberships of the panel, 1 to ${MEMBERSHIP_REVIEW.confirmMax}` })
  @ArrayMinSize(1, { message: 'Select the members who still need access' })
  @ArrayMaxSize(MEMBERSHIP_REVIEW.confirmMax, { message: `Confirm ${MEMBERSHIP_REVIEW.confirmMax} members or fewer at a time` })
  @IsUUID('all', { each: true })
  membershipIds: string[];
}
