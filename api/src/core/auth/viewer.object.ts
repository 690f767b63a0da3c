import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PanelRole, RegionKind, RegionRole } from '@sentinel/shared';
import { PanelRoleEnum, RegionKindEnum, RegionRoleEnum } from '../graphql/enums.js';
import { SecondFactorStateObject } from './second-factor.object.js';

@ObjectType('PanelMembership', { description: 'A panel the signed-in person can act in, with their role and what it allows' })
export class PanelMembershipObject {
  @Field(() => ID)
  panelId: string;

  @Field(() => PanelRoleEnum, { nullable: true, description: 'Null for a system administrator who is not a member' })
  role: PanelRole | null;

  @Field(() => [String], { description: 'What the role allows on this panel (permission names)' })
  permissions: string[];
}

@ObjectType('RegionMembership', { description: 'A region (regional or national unit) the signed-in person works in' })
export class RegionMembershipObject {
  @Field(() => ID)
  regionId: string;

  @Field()
  name: string;

  @Field(() => RegionKindEnum)
  kind: RegionKind;

  @Field(() => RegionRoleEnum)
  role: RegionRole;

  @Field(() => [String], { description: 'What the role allows in this region (permission names)' })
  permissions: string[];
}

@ObjectType('Viewer', { description: 'The signed-in person' })
export class ViewerObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => ID, { nullable: true })
  agencyId: string | null;

  @Field()
  isAdmin: boolean;

  @Field(() => [PanelMembershipObject], { description: 'For a system administrator, every panel' })
  memberships: PanelMembershipObject[];

  @Field(() => [RegionMembershipObject], { description: 'By name' })
  regions: RegionMembershipObject[];

  @Field(() => SecondFactorStateObject, { description: 'Until the session is verified (when enrolled or required), little else answers' })
  secondFactor: SecondFactorStateObject;
}
