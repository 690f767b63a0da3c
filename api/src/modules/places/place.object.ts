import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChbPhase, PlaceKind } from '@sentinel/shared';
import { ChbPhaseEnum, PlaceKindEnum } from '../../core/graphql/enums.js';

@ObjectType('Place')
export class PlaceObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  panelId: string;

  @Field({ description: 'An address, or the name of an area; a home address the viewer may not receive reads "Home address in <area>"' })
  label: string;

  @Field({ description: 'True when this is a home address the viewer’s agency may not receive; its position is withheld too' })
  personalDataWithheld: boolean;

  @Field(() => String, { nullable: true })
  withheldReason: string | null;

  @Field(() => PlaceKindEnum)
  kind: PlaceKind;

  @Field(() => String, { nullable: true })
  area: string | null;

  @Field()
  highHarm: boolean;

  @Field(() => ChbPhaseEnum, { nullable: true })
  chbPhase: ChbPhase | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => Int)
  version: number;
}
