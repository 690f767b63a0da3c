import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { GSC_MARKINGS, NOMINAL_ROLES, TEXT_LIMITS, type GscMarking, type NominalRole } from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { GscMarkingEnum, NominalRoleEnum } from '../../core/graphql/enums.js';
import { PageArgs } from '../../core/graphql/page.js';
import { NominalFilter } from './nominal-filter.js';

@InputType({ isAbstract: true })
class NominalFields {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter the surname' })
  @MaxLength(TEXT_LIMITS.nominalSurname)
  surname: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(TEXT_LIMITS.nominalForenames)
  forenames: string = '';

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'Record at most 20 aliases' })
  @IsString({ each: true })
  @MaxLength(TEXT_LIMITS.nominalAlias, { each: true })
  aliases: string[] = [];

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @IsCalendarDate('the date of birth')
  dateOfBirth?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  isVulnerable: boolean = false;

  @Field({ defaultValue: false })
  @IsBoolean()
  isChild: boolean = false;

  @Field({ defaultValue: false })
  @IsBoolean()
  riskToOfficers: boolean = false;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('the next review date')
  nextReviewOn?: string | null;

  @Field(() => GscMarkingEnum, { defaultValue: 'OFFICIAL_SENSITIVE' })
  @IsIn(GSC_MARKINGS as unknown as string[])
  gscMarking: GscMarking = 'OFFICIAL_SENSITIVE';
}

@InputType()
export class CreateNominalInput extends NominalFields {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => ID, { nullable: true, description: 'Adds the nominal to this group at once' })
  @IsOptional()
  @IsUUID()
  ocgId?: string | null;

  @Field(() => NominalRoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(NOMINAL_ROLES as unknown as string[])
  role?: NominalRole | null;
}

@InputType()
export class UpdateNominalInput extends NominalFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class NominalsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => NominalFilter, { nullable: true, description: 'The filter the nominal export takes too' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NominalFilter)
  filter?: NominalFilter | null;
}

@ArgsType()
export class NamedNominalsArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field({ description: 'Free text being written: a title, a description, a note' })
  @IsString()
  @MaxLength(TEXT_LIMITS.intelligence)
  text: string;
}
