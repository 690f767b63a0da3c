import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PanelRole } from '@sentinel/shared';
import { PanelRoleEnum } from '../../core/graphql/enums.js';

@ObjectType('Member', { description: 'A person on a panel, in one role' })
export class MemberObject {
  @Field(() => ID, { description: 'The membership id' })
  id: string;

  @Field(() => ID)
  panelId: string;

  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => PanelRoleEnum)
  role: PanelRole;

  @Field(() => ID, { nullable: true })
  agencyId: string | null;

  @Field({ description: 'A disabled member cannot sign in' })
  disabled: boolean;

  @Field({ description: 'When a chair or coordinator last confirmed the member still needs access, or added them' })
  accessConfirmedAt: Date;

  @Field({ description: 'Invited and has not yet accepted: no password set and never signed in by single sign-on' })
  invited: boolean;

  @Field(() => Date, { nullable: true, description: "When the member's open invitation expires; null when none is open" })
  invitationExpiresAt: Date | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('MemberPage')
export class MemberPageObject {
  @Field(() => [MemberObject])
  nodes: MemberObject[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('MemberInvitationResult', { description: 'A member with a new invitation, and whether its mail went' })
export class MemberInvitationResultObject {
  @Field(() => MemberObject)
  member: MemberObject;

  @Field({ description: 'False when the mail server was not set or refused the message: the mail log says why' })
  invitationSent: boolean;
}
