import { Field, ID, InputType, IntersectionType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { NOMINAL_ROLES, REGISTRATION_HINT, TEXT_LIMITS, type NominalRole } from '@sentinel/shared';
import { NominalRoleEnum } from '../../core/graphql/enums.js';
import { PlaceFields } from '../places/place.inputs.js';

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

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.vehicleMake) make?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.vehicleModel) model?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.vehicleColour) colour?: string | null;
}

/** A new place, linked at once to a group or a nominal when one is named. */
@InputType()
export class RecordPlaceInput extends IntersectionType(PlaceFields, LinkTargetInput, InputType) {
  @Field(() => ID)
  @IsUUID()
  panelId: string;
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
