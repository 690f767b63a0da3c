import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DisruptionImpact, FourPStrand, GscMarking, TacticHeading } from '@sentinel/shared';
import { DisruptionImpactEnum, FourPStrandEnum, GscMarkingEnum, TacticHeadingEnum } from '../../core/graphql/enums.js';

@ObjectType('DrugSeizure')
export class DrugSeizureObject {
  @Field()
  type: string;

  @Field(() => Float)
  kg: number;
}

@ObjectType('DisruptionOutcomes', { description: 'The measurable results of one disruption' })
export class DisruptionOutcomesObject {
  @Field(() => Int) arrests: number;
  @Field(() => Int) charges: number;
  @Field(() => Int) firearms: number;
  @Field(() => Int) rounds: number;
  @Field(() => Int) vehiclesSeized: number;
  @Field(() => Int) childrenSafeguarded: number;
  @Field(() => Int) adultsSafeguarded: number;
  @Field(() => Int) restraintOrders: number;
  @Field(() => Int) licencesReviewed: number;
  @Field(() => Int) licencesRevoked: number;
  @Field(() => Int) benefitActions: number;
  @Field(() => Int) taxActions: number;
  @Field(() => Int) premisesClosed: number;

  @Field(() => Float, { description: 'Total custodial sentences, in years' })
  custodialYears: number;

  @Field(() => Float)
  cashSeizedGbp: number;

  @Field(() => [DrugSeizureObject])
  drugsSeized: DrugSeizureObject[];
}

@ObjectType('Disruption', { description: 'An entry of the disruption ledger: what an agency did to a group, and its impact' })
export class DisruptionObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  panelId: string;

  @Field(() => ID)
  ocgId: string;

  @Field({ description: 'yyyy-mm-dd' })
  occurredOn: string;

  @Field(() => ID)
  agencyId: string;

  @Field(() => FourPStrandEnum)
  strand: FourPStrand;

  @Field(() => TacticHeadingEnum)
  tacticHeading: TacticHeading;

  @Field()
  description: string;

  @Field(() => DisruptionImpactEnum)
  impact: DisruptionImpact;

  @Field({ description: 'The assessing agency’s reasons for the impact level' })
  rationale: string;

  @Field(() => DisruptionOutcomesObject)
  outcomes: DisruptionOutcomesObject;

  @Field(() => GscMarkingEnum)
  gscMarking: GscMarking;

  @Field(() => ID, { nullable: true })
  createdByUserId: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType('DisruptionPage')
export class DisruptionPageObject {
  @Field(() => [DisruptionObject])
  nodes: DisruptionObject[];

  @Field(() => Int)
  totalCount: number;
}
