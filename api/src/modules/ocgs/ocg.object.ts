import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Confidence, CrimeType, GscMarking, OcgStatus } from '@sentinel/shared';
import { ConfidenceEnum, CrimeTypeEnum, GscMarkingEnum, OcgStatusEnum } from '../../core/graphql/enums.js';

@ObjectType('OcgScore', { description: 'One MoRiLE-style scoring of a group; every rescoring is kept' })
export class OcgScoreObject {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  harmPhysical: number;

  @Field(() => Int)
  harmCommunity: number;

  @Field(() => Int)
  harmGeographic: number;

  @Field(() => Int)
  harmVulnerability: number;

  @Field(() => Int)
  likelihood: number;

  @Field(() => Int)
  capability: number;

  @Field(() => Int)
  capacity: number;

  @Field(() => ConfidenceEnum)
  confidence: Confidence;

  @Field(() => Int, { description: 'The highest score each part could have on the panel’s scale at the time' })
  scaleMax: number;

  @Field(() => Int, { description: 'harm x likelihood + capability + capacity' })
  total: number;

  @Field()
  tier: string;

  @Field(() => String, { nullable: true })
  rationale: string | null;

  @Field()
  scoredAt: Date;

  @Field(() => ID, { nullable: true })
  scoredByUserId: string | null;
}

@ObjectType('Ocg', { description: 'An organised crime group' })
export class OcgObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  panelId: string;

  @Field({ description: 'Per-panel reference, e.g. OCG-0042' })
  reference: string;

  @Field({ description: 'Name or operation name' })
  name: string;

  @Field(() => OcgStatusEnum)
  status: OcgStatus;

  @Field(() => [CrimeTypeEnum])
  crimeTypes: CrimeType[];

  @Field(() => [String], { description: 'Areas of operation' })
  areas: string[];

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => ID, { nullable: true, description: 'Lead responsible officer (any member, police or partner)' })
  lroUserId: string | null;

  @Field(() => ID, { nullable: true, description: 'Senior responsible officer' })
  sroUserId: string | null;

  @Field(() => String, { nullable: true })
  dateMapped: string | null;

  @Field(() => String, { nullable: true })
  nextReviewOn: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was archived after review (MoPI): kept, out of active use' })
  archivedAt: Date | null;

  @Field(() => GscMarkingEnum)
  gscMarking: GscMarking;

  @Field(() => Int, { nullable: true, description: 'The latest score’s total' })
  scoreTotal: number | null;

  @Field(() => String, { nullable: true, description: 'The latest score’s tier' })
  tier: string | null;

  @Field(() => Date, { nullable: true })
  scoredAt: Date | null;

  @Field()
  statusChangedAt: Date;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType('OcgPage')
export class OcgPageObject {
  @Field(() => [OcgObject])
  nodes: OcgObject[];

  @Field(() => Int)
  totalCount: number;
}
