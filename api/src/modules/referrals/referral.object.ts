import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ReferralStatus } from '@sentinel/shared';
import { ReferralStatusEnum } from '../../core/graphql/enums.js';

@ObjectType('ReferredOffender', { description: 'Name, date of birth and description are null when personal data is withheld' })
export class ReferredOffenderObject {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType('Referral', { description: 'A request for the panel to consider a group or individuals' })
export class ReferralObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  panelId: string;

  @Field({ description: 'Per-panel reference, e.g. R-0003' })
  reference: string;

  @Field(() => ID)
  fromAgencyId: string;

  @Field(() => String, { nullable: true })
  onBehalfOf: string | null;

  @Field()
  summary: string;

  @Field(() => [String])
  crimeReferences: string[];

  @Field(() => [ReferredOffenderObject])
  offenders: ReferredOffenderObject[];

  @Field({ description: 'True when the offenders’ personal details are withheld from you' })
  offendersWithheld: boolean;

  @Field(() => String, { nullable: true })
  withheldReason: string | null;

  @Field(() => [String])
  vehicles: string[];

  @Field(() => [String])
  places: string[];

  @Field(() => ReferralStatusEnum)
  status: ReferralStatus;

  @Field(() => ID, { nullable: true, description: 'The group an accepted referral was linked to' })
  ocgId: string | null;

  @Field(() => String, { nullable: true })
  declineReason: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType('ReferralPage')
export class ReferralPageObject {
  @Field(() => [ReferralObject])
  nodes: ReferralObject[];

  @Field(() => Int)
  totalCount: number;
}
