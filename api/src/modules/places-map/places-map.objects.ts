import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { CRIME_TYPES, type ChbPhase, type CrimeType, type PlaceKind } from '@sentinel/shared';
import { ChbPhaseEnum, CrimeTypeEnum, PlaceKindEnum } from '../../core/graphql/enums.js';

@InputType()
export class HighHarmMapFilter {
  @Field(() => CrimeTypeEnum, { nullable: true, description: 'Only places and groups with this crime type' })
  @IsOptional()
  @IsIn(CRIME_TYPES)
  crimeType?: CrimeType | null;
}

@ArgsType()
export class HighHarmMapArgs {
  @Field(() => ID)
  @IsUUID('all')
  panelId: string;

  @Field(() => HighHarmMapFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HighHarmMapFilter)
  filter?: HighHarmMapFilter | null;
}

@ObjectType()
export class HighHarmPlaceObject {
  @Field(() => ID) id: string;
  @Field({ description: 'The place; for a home address without personal-data cover, only its area' }) label: string;
  @Field({ description: 'True when the label and position of a home address are withheld' }) withheld: boolean;
  @Field(() => PlaceKindEnum) kind: PlaceKind;
  @Field(() => String, { nullable: true }) area: string | null;
  @Field(() => Float, { nullable: true, description: 'WGS84; null when unknown or withheld (draw at the area instead)' }) latitude: number | null;
  @Field(() => Float, { nullable: true }) longitude: number | null;
  @Field(() => ChbPhaseEnum, { nullable: true }) chbPhase: ChbPhase | null;
  @Field(() => [String], { description: 'References of the groups linked to the place' }) groupReferences: string[];
}

@ObjectType()
export class AreaActivityObject {
  @Field({ description: 'Matches the `name` property of web/public/geo/northmoor-areas.geojson' }) area: string;
  @Field(() => Int, { description: 'Open (not dismantled or archived) groups that operate in the area' }) activeGroups: number;
  @Field(() => Int) highHarmPlaces: number;
  @Field(() => Int, { description: 'Disruptions in the last 12 months of groups that operate in the area' }) disruptionsLast12Months: number;
}

@ObjectType()
export class HighHarmMapObject {
  @Field(() => [HighHarmPlaceObject]) places: HighHarmPlaceObject[];
  @Field(() => [AreaActivityObject]) areas: AreaActivityObject[];
}
