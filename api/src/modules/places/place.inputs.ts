import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import {
  CHB_PHASES,
  LATITUDE_MESSAGE,
  LONGITUDE_MESSAGE,
  PLACE_KINDS,
  TEXT_LIMITS,
  tooLongMessage,
  UK_BOUNDS,
  type ChbPhase,
  type PlaceKind,
} from '@sentinel/shared';
import { ChbPhaseEnum, PlaceKindEnum } from '../../core/graphql/enums.js';

/** What a place is recorded with, whether new or changed; the position's range is checked by `positionProblem`. */
@InputType({ isAbstract: true })
export class PlaceFields {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter the address or area' })
  @MaxLength(TEXT_LIMITS.placeLabel, { message: tooLongMessage('Address or area', TEXT_LIMITS.placeLabel) })
  label: string;

  @Field(() => PlaceKindEnum)
  @IsIn(PLACE_KINDS as unknown as string[], { message: 'Select the kind of place' })
  kind: PlaceKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.placeArea, { message: tooLongMessage('Area', TEXT_LIMITS.placeArea) })
  area?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  highHarm: boolean = false;

  @Field(() => ChbPhaseEnum, { nullable: true })
  @IsOptional()
  @IsIn(CHB_PHASES as unknown as string[])
  chbPhase?: ChbPhase | null;

  @Field(() => Float, {
    nullable: true,
    description: `Decimal degrees, ${UK_BOUNDS.south} to ${UK_BOUNDS.north}; with longitude, puts the place on the map`,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: LATITUDE_MESSAGE })
  latitude?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Decimal degrees, ${UK_BOUNDS.west} to ${UK_BOUNDS.east} (west is negative); given with latitude`,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: LONGITUDE_MESSAGE })
  longitude?: number | null;
}

@InputType({ description: 'Every field of the place as it is to be: one left out or null is cleared' })
export class UpdatePlaceInput extends PlaceFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one answers CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}
