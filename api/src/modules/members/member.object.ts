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

@ObjectType('AddMemberResult')
export class AddMemberResultObject {
  @Field(() => MemberObject)
  member: MemberObject;

  @Field({ description: 'Shown once: give it to the new member, who must change it when they first sign in' })
  temporaryPassword: string;
}
