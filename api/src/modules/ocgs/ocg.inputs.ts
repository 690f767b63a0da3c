import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  CONFIDENCE_LEVELS,
  CRIME_TYPES,
  GSC_MARKINGS,
  LIMITS,
  OCG_STATUSES,
  type Confidence,
  type CrimeType,
  type GscMarking,
  type OcgStatus,
  TEXT_LIMITS,
  tooLongMessage,
} from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { ConfidenceEnum, CrimeTypeEnum, GscMarkingEnum, OcgStatusEnum } from '../../core/graphql/enums.js';
import { PageArgs } from '../../core/graphql/page.js';
import { AREA_MAX, OcgFilter, OcgSortEnum, type OcgSort } from './ocg-filter.js';

@InputType({ isAbstract: true })
class OcgFields {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter the group’s name or operation name' })
  @MaxLength(LIMITS.nameLength)
  name: string;

  @Field(() => OcgStatusEnum)
  @IsIn(OCG_STATUSES as unknown as string[])
  status: OcgStatus;

  @Field(() => [CrimeTypeEnum])
  @ArrayMaxSize(CRIME_TYPES.length)
  @IsIn(CRIME_TYPES as unknown as string[], { each: true })
  crimeTypes: CrimeType[];

  @Field(() => [String], { description: 'Areas of operation, at most 20' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(AREA_MAX, { each: true, message: tooLongMessage('Each area', AREA_MAX) })
  areas: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.ocgSummary)
  summary?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  lroUserId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sroUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @IsCalendarDate('the date mapped')
  dateMapped?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @IsCalendarDate('the next review date')
  nextReviewOn?: string | null;

  @Field(() => GscMarkingEnum, { defaultValue: 'OFFICIAL_SENSITIVE' })
  @IsIn(GSC_MARKINGS as unknown as string[])
  gscMarking: GscMarking = 'OFFICIAL_SENSITIVE';
}

@InputType()
export class CreateOcgInput extends OcgFields {
  @Field(() => ID)
  @IsUUID()
  panelId: string;
}

@InputType()
export class UpdateOcgInput extends OcgFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class ScorePartsInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(10) harmPhysical: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(10) harmCommunity: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(10) harmGeographic: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(10) harmVulnerability: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(10) likelihood: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(10) capability: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(10) capacity: number;
}

@InputType()
export class ScoreOcgInput {
  @Field(() => ID)
  @IsUUID()
  ocgId: string;

  @Field(() => ScorePartsInput)
  @ValidateNested()
  @Type(() => ScorePartsInput)
  parts: ScorePartsInput;

  @Field(() => ConfidenceEnum)
  @IsIn(CONFIDENCE_LEVELS as unknown as string[])
  confidence: Confidence;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.scoreRationale)
  rationale?: string | null;
}

@ArgsType()
export class OcgsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => OcgFilter, { nullable: true, description: 'The filter the group export takes too' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OcgFilter)
  filter?: OcgFilter | null;

  @Field(() => OcgSortEnum, { defaultValue: 'SCORE' })
  @IsIn(Object.keys(OcgSortEnum))
  sort: OcgSort = 'SCORE';
}
