import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { AGENCY_KINDS, LIMITS, TACTIC_HEADINGS, tooLongMessage, type AgencyKind, type TacticHeading } from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { AgencyKindEnum, TacticHeadingEnum } from '../../core/graphql/enums.js';
import { PageArgs } from '../../core/graphql/page.js';

@InputType({ isAbstract: true })
class AgencyFields {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter the agency name' })
  @MaxLength(LIMITS.nameLength, { message: tooLongMessage('Name', LIMITS.nameLength) })
  name: string;

  @Field(() => AgencyKindEnum)
  @IsIn(AGENCY_KINDS as unknown as string[])
  kind: AgencyKind;

  @Field(() => [TacticHeadingEnum])
  @ArrayMaxSize(TACTIC_HEADINGS.length)
  @IsIn(TACTIC_HEADINGS as unknown as string[], { each: true })
  tacticHeadings: TacticHeading[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.referenceLength, { message: tooLongMessage('Agreement reference', LIMITS.referenceLength) })
  isaReference?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @IsCalendarDate('the date the agreement was signed')
  isaSignedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @IsCalendarDate('the date the agreement ends')
  isaExpiresOn?: string | null;

  @Field()
  @IsBoolean()
  isaCoversPersonalData: boolean;
}

@InputType()
export class CreateAgencyInput extends AgencyFields {
  @Field(() => ID)
  @IsUUID()
  panelId: string;
}

@InputType()
export class UpdateAgencyInput extends AgencyFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one answers CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class AgenciesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => String, { nullable: true, description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;
}
