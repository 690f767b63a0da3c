import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PanelRole } from '@sentinel/shared';
import { PanelRoleEnum } from '../../core/graphql/enums.js';

@ObjectType('AdministeredPanel', { description: 'A panel as the system administrator sees it: no records, only who runs it' })
export class AdministeredPanelObject {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  forceName: string;

  @Field({ description: 'A disabled panel keeps its records, but no one acts in it' })
  disabled: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Int, { description: 'Members who can sign in' })
  activeMembers: number;

  @Field(() => [String], { description: "The names of the panel's chairs who can sign in" })
  chairs: string[];

  @Field(() => Int)
  version: number;
}

@ObjectType('AdministeredPanelPage')
export class AdministeredPanelPageObject {
  @Field(() => [AdministeredPanelObject])
  nodes: AdministeredPanelObject[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('AdminUserMembership', { description: 'A panel the user sits on, and their role there' })
export class AdminUserMembershipObject {
  @Field(() => ID)
  panelId: string;

  @Field()
  panelCode: string;

  @Field()
  panelName: string;

  @Field(() => PanelRoleEnum)
  role: PanelRole;
}

@ObjectType('AdminUser', { description: 'An account, across every panel it sits on' })
export class AdminUserObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  isAdmin: boolean;

  @Field({ description: 'A disabled account cannot sign in' })
  disabled: boolean;

  @Field({ description: 'Invited and has not yet accepted: no password set and never signed in by single sign-on' })
  invited: boolean;

  @Field(() => Date, { nullable: true, description: 'Null until the person first signs in' })
  lastSignedInAt: Date | null;

  @Field(() => [AdminUserMembershipObject])
  memberships: AdminUserMembershipObject[];
}

@ObjectType('AdminUserPage')
export class AdminUserPageObject {
  @Field(() => [AdminUserObject])
  nodes: AdminUserObject[];

  @Field(() => Int)
  totalCount: number;
}
