import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PanelTier', { description: 'One of a panel’s tiers: the totals from minTotal up to the next tier’s start' })
export class PanelTierObject {
  @Field()
  name: string;

  @Field(() => Int, { description: 'The lowest total in this tier' })
  minTotal: number;
}

@ObjectType('Panel', { description: 'A disruption panel: one per force or area' })
export class PanelObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Short code, unique in the deployment' })
  code: string;

  @Field()
  name: string;

  @Field()
  forceName: string;

  @Field(() => Int, {
    description: 'Each part of a new threat score is given from 1 to this (3 to 10); scores already given keep the scale they were given on',
  })
  scaleMax: number;

  @Field(() => [PanelTierObject], { description: 'Highest first; the last starts at 0, so every total has a tier' })
  tiers: PanelTierObject[];

  @Field(() => Int)
  version: number;
}

@ObjectType('UpdatePanelScoringResult')
export class UpdatePanelScoringResultObject {
  @Field(() => PanelObject)
  panel: PanelObject;

  @Field(() => Int, { description: 'Groups whose tier changed under the new tiers' })
  retieredGroupCount: number;
}
