import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import {
  CHB_PHASES,
  LATITUDE_MESSAGE,
  LONGITUDE_MESSAGE,
  NOMINAL_ROLES,
  PLACE_KINDS,
  REGISTRATION_HINT,
  UK_BOUNDS,
  type ChbPhase,
  type NominalRole,
  type PlaceKind,
} from '@sentinel/shared';
import { ChbPhaseEnum, NominalRoleEnum, PlaceKindEnum } from '../../core/graphql/enums.js';

@InputType({ description: 'A group or a nominal to link a vehicle or place to (one of the two)' })
export class LinkTargetInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ocgId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  nominalId?: string | null;
}

@InputType()
export class RecordVehicleInput extends LinkTargetInput {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field({ description: `${REGISTRATION_HINT}; spaces and hyphens are ignored` })
  @IsString()
  @Matches(/[A-Za-z0-9]/, { message: 'Enter the registration mark' })
  @MaxLength(20)
  registration: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) make?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) model?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) colour?: string | null;
}

@InputType()
export class RecordPlaceInput extends LinkTargetInput {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter the address or area' })
  @MaxLength(300)
  label: string;

  @Field(() => PlaceKindEnum)
  @IsIn(PLACE_KINDS as unknown as string[])
  kind: PlaceKind;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) area?: string | null;

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

@InputType()
export class LinkInput extends LinkTargetInput {
  @Field(() => ID, { description: 'The vehicle or place' })
  @IsUUID()
  id: string;

  @Field({ defaultValue: true, description: 'False removes the link' })
  @IsBoolean()
  linked: boolean = true;
}

@InputType()
export class SetNominalRoleInput {
  @Field(() => ID)
  @IsUUID()
  ocgId: string;

  @Field(() => ID)
  @IsUUID()
  nominalId: string;

  @Field(() => NominalRoleEnum, { nullable: true, description: 'Null removes the nominal from the group' })
  @IsOptional()
  @IsIn(NOMINAL_ROLES as unknown as string[])
  role?: NominalRole | null;
}
