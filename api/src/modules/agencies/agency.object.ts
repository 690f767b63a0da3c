import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AgencyKind, IsaStatus, TacticHeading } from '@sentinel/shared';
import { AgencyKindEnum, TacticHeadingEnum } from '../../core/graphql/enums.js';

export const IsaStatusEnum = { NONE: 'NONE', VALID: 'VALID', EXPIRING: 'EXPIRING', EXPIRED: 'EXPIRED' } as const;
registerEnumType(IsaStatusEnum, {
  name: 'IsaStatus',
  description: 'NONE: no agreement recorded; EXPIRING: ends within 30 days; EXPIRED: no longer in force',
});

@ObjectType('InformationSharingAgreement')
export class IsaObject {
  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  signedOn: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  expiresOn: string | null;

  @Field()
  coversPersonalData: boolean;

  @Field(() => IsaStatusEnum)
  status: IsaStatus;

  @Field({ description: 'True while the agreement is in force and covers personal data' })
  allowsPersonalData: boolean;
}

@ObjectType('Agency', { description: 'An organisation represented on a panel' })
export class AgencyObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  panelId: string;

  @Field()
  name: string;

  @Field(() => AgencyKindEnum)
  kind: AgencyKind;

  @Field(() => [TacticHeadingEnum], { description: 'Menu-of-tactics headings the agency holds powers under' })
  tacticHeadings: TacticHeading[];

  @Field(() => IsaObject)
  isa: IsaObject;

  @Field(() => Int)
  version: number;

  @Field()
  updatedAt: Date;
}

@ObjectType('AgencyPage')
export class AgencyPageObject {
  @Field(() => [AgencyObject])
  nodes: AgencyObject[];

  @Field(() => Int)
  totalCount: number;
}
