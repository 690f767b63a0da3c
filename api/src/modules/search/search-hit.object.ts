import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { RecordKind } from '@sentinel/shared';
import { RecordKindEnum } from '../../core/graphql/enums.js';
import { NominalObject } from '../nominals/nominal.object.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { PlaceObject } from '../places/place.object.js';
import { VehicleObject } from '../vehicles/vehicle.object.js';

@ObjectType('SearchHit', { description: 'One record found by a search, with what to show in a list of results' })
export class SearchHitObject {
  @Field(() => RecordKindEnum)
  kind: RecordKind;

  @Field(() => ID)
  id: string;

  @Field({ description: 'The OCG name, the nominal’s display name, the registration or the place label' })
  title: string;

  @Field(() => String, { nullable: true })
  subtitle: string | null;

  @Field(() => Float, { description: '0 to 1: 1 for an exact reference or registration, above 0.8 for a prefix, below for a likeness' })
  score: number;

  @Field(() => OcgObject, { nullable: true, description: 'Set when kind is OCG' })
  ocg: OcgObject | null;

  @Field(() => NominalObject, { nullable: true, description: 'Set when kind is NOMINAL; personal details withheld as on every nominal' })
  nominal: NominalObject | null;

  @Field(() => VehicleObject, { nullable: true, description: 'Set when kind is VEHICLE' })
  vehicle: VehicleObject | null;

  @Field(() => PlaceObject, { nullable: true, description: 'Set when kind is PLACE' })
  place: PlaceObject | null;
}

@ObjectType('SearchResults')
export class SearchResultsObject {
  @Field(() => [SearchHitObject], { description: 'Best first' })
  hits: SearchHitObject[];

  @Field({
    description:
      'False when the viewer may not receive personal data in this panel: nominals were then looked up by reference only, never by name or alias',
  })
  namesSearched: boolean;
}
