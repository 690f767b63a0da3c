import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FourPStrand, TacticHeading } from '@sentinel/shared';
import { FourPStrandEnum, TacticHeadingEnum } from '../../core/graphql/enums.js';
import { AgencyObject } from '../agencies/agency.object.js';

@ObjectType('OcgObjective', { description: 'One objective of a group’s 4P plan' })
export class OcgObjectiveObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  ocgId: string;

  @Field(() => ID)
  panelId: string;

  @Field(() => FourPStrandEnum)
  strand: FourPStrand;

  @Field()
  objective: string;

  @Field(() => ID)
  ownerAgencyId: string;

  @Field(() => [TacticHeadingEnum])
  tacticHeadings: TacticHeading[];

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType('PlanGap', { description: 'A menu-of-tactics heading no objective covers yet, and the agencies holding powers under it' })
export class PlanGapObject {
  @Field(() => TacticHeadingEnum)
  heading: TacticHeading;

  @Field(() => [AgencyObject], { description: 'Agencies of the panel that hold powers under this heading' })
  agencies: AgencyObject[];
}

@ObjectType('OcgPlan', { description: 'A group’s 4P disruption plan' })
export class OcgPlanObject {
  @Field(() => ID)
  ocgId: string;

  @Field(() => [OcgObjectiveObject], { description: 'By strand (Pursue, Prevent, Protect, Prepare), oldest first' })
  objectives: OcgObjectiveObject[];

  @Field(() => [TacticHeadingEnum])
  coveredHeadings: TacticHeading[];

  @Field(() => [PlanGapObject])
  gaps: PlanGapObject[];
}
