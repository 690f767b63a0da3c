import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import {
  CRIME_TYPES,
  EMERGING_THREAT_OUTCOMES,
  EMERGING_THREAT_STATUSES,
  LIMITS,
  TEXT_LIMITS,
  type CrimeType,
  type EmergingThreatOutcome,
  type EmergingThreatStatus,
} from '@sentinel/shared';
import { CrimeTypeEnum } from '../../core/graphql/enums.js';
import { PageArgs } from '../../core/graphql/page.js';
import { EmergingThreatOutcomeEnum, EmergingThreatStatusEnum } from './emerging-threat.enums.js';

@InputType({ isAbstract: true })
class ThreatFields {
  @Field()
  @IsString()
  @MinLength(3, { message: 'Enter a title that names the threat' })
  @MaxLength(LIMITS.nameLength)
  title: string;

  @Field()
  @IsString()
  @MinLength(10, { message: 'Describe what has been seen, where and since when' })
  @MaxLength(TEXT_LIMITS.threatDescription)
  description: string;

  @Field(() => CrimeTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(CRIME_TYPES as unknown as string[])
  crimeType?: CrimeType | null;

  @Field(() => String, { nullable: true, description: 'Where it is seen: a town, a ward, a route' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.threatArea)
  area?: string | null;
}

@InputType()
export class RaiseEmergingThreatInput extends ThreatFields {
  @Field(() => ID) @IsUUID() panelId: string;
}

@InputType({ description: 'The raiser, the chair or the coordinator edits a threat, against the version they saw' })
export class UpdateEmergingThreatInput extends ThreatFields {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@ArgsType()
export class RecordThreatOutcomeArgs {
  @Field(() => ID) @IsUUID() meetingId: string;
  @Field(() => ID) @IsUUID() threatId: string;

  @Field(() => EmergingThreatOutcomeEnum)
  @IsIn(EMERGING_THREAT_OUTCOMES as unknown as string[])
  outcome: EmergingThreatOutcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.threatOutcomeNote)
  note?: string | null;
}

@ArgsType()
export class EmergingThreatsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field(() => [EmergingThreatStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(EMERGING_THREAT_STATUSES.length)
  @IsIn(EMERGING_THREAT_STATUSES as unknown as string[], { each: true })
  statuses?: EmergingThreatStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Words of the title, in any order' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;
}
