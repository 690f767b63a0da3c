import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class ResetMemberSecondFactorInput {
  @Field(() => ID, { description: 'The membership id' })
  @IsUUID()
  id: string;
}
