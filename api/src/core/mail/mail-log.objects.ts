import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { MAIL_OUTCOMES, type MailKind, type MailOutcome } from '@sentinel/shared';
import { MailKindEnum, MailOutcomeEnum } from '../graphql/enums.js';
import { PageArgs } from '../graphql/page.js';

@ObjectType('MailMessage', { description: 'A message Sentinel sent, or meant to send, to a member of the panel' })
export class MailMessageObject {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => MailKindEnum) kind: MailKind;
  @Field({ description: 'The address it was sent to' }) recipient: string;
  @Field() subject: string;
  @Field(() => MailOutcomeEnum) outcome: MailOutcome;
  @Field(() => String, { nullable: true, description: 'Why it did not go, when it did not' }) reason: string | null;
}

@ObjectType('MailMessagePage')
export class MailMessagePageObject {
  @Field(() => [MailMessageObject]) nodes: MailMessageObject[];
  @Field(() => Int) totalCount: number;
  @Field(() => Int, { description: 'Of all the panel’s messages, those that did not go (not sent or refused)' }) undeliveredCount: number;
}

@ArgsType()
export class PanelMailArgs extends PageArgs {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field(() => MailOutcomeEnum, { nullable: true, description: 'Only messages with this outcome' })
  @IsOptional()
  @IsIn(MAIL_OUTCOMES as unknown as string[])
  outcome?: MailOutcome | null;
}
