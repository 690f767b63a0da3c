import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { CRIME_TYPES, type CrimeType } from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { CrimeTypeEnum } from '../../core/graphql/enums.js';

@InputType({ description: 'Period (default: the last 12 months), area and crime type of the threat picture' })
export class ThreatPictureFilter {
  @Field(() => String, { nullable: true, description: 'First day, yyyy-mm-dd (London)' })
  @IsOptional()
  @IsCalendarDate('the first day')
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, yyyy-mm-dd (London), inclusive' })
  @IsOptional()
  @IsCalendarDate('the last day')
  to?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) area?: string | null;

  @Field(() => CrimeTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(CRIME_TYPES as unknown as string[])
  crimeType?: CrimeType | null;
}

@ArgsType()
export class ThreatPictureArgs {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field(() => ThreatPictureFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThreatPictureFilter)
  filter?: ThreatPictureFilter | null;
}

@ObjectType({ description: 'A count under a key (a tier, a crime type, a strand...) with its label' })
export class ThreatPictureCount {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'A count for one month (yyyy-mm, London) under a key' })
export class ThreatPictureMonthCount {
  @Field() month: string;
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class ThreatPictureGroup {
  @Field() reference: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) tier: string | null;
  @Field(() => Int) score: number;
}

@ObjectType({ description: 'A group whose latest score is above its score at the baseline' })
export class ThreatPictureRisingGroup {
  @Field() reference: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) tier: string | null;
  @Field(() => Int) previous: number;
  @Field(() => Int) current: number;
}

@ObjectType({ description: 'Groups created, dismantled and archived in one month' })
export class ThreatPictureGroupChanges {
  @Field() month: string;
  @Field(() => Int) created: number;
  @Field(() => Int) dismantled: number;
  @Field(() => Int) archived: number;
}

@ObjectType()
export class ThreatPictureEmergingThreat {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => CrimeTypeEnum, { nullable: true }) crimeType: string | null;
  @Field(() => String, { nullable: true }) area: string | null;
  @Field() raisedOn: string;
  @Field({ description: 'DISCUSSED, TASKED or NO_ACTION (the latest meeting outcome), or NOT_YET_COVERED' }) outcome: string;
}

@ObjectType({ description: 'Completed / closed in the period, and overdue / open now' })
export class ThreatPictureTaskRate {
  @Field(() => ID) agencyId: string;
  @Field() agencyName: string;
  @Field(() => Int) completed: number;
  @Field(() => Int) closed: number;
  @Field(() => Int) open: number;
  @Field(() => Int) overdue: number;
  @Field(() => Float, { nullable: true, description: 'completed / closed; null when none closed' }) completionRate: number | null;
  @Field(() => Float, { nullable: true, description: 'overdue / open; null when none open' }) overdueRate: number | null;
}

@ObjectType('ThreatPicture', { description: 'Counts and group-level figures only: the same for every member of the panel' })
export class ThreatPictureObject {
  @Field() from: string;
  @Field() to: string;
  @Field(() => String, { nullable: true }) area: string | null;
  @Field(() => CrimeTypeEnum, { nullable: true }) crimeType: string | null;
  @Field(() => Int) activeCount: number;
  @Field(() => [ThreatPictureCount]) activeByTier: ThreatPictureCount[];
  @Field(() => [ThreatPictureCount]) activeByCrimeType: ThreatPictureCount[];
  @Field(() => [ThreatPictureGroup], { description: 'The ten highest-scoring active groups' }) topGroups: ThreatPictureGroup[];
  @Field({ description: 'When "since the last meeting" starts: the latest meeting begun, or 60 days ago' }) baselineAt: Date;
  @Field(() => Int, { description: 'How many active groups score higher than at the baseline' }) risingCount: number;
  @Field(() => [ThreatPictureRisingGroup], { description: 'The ten that rose most' }) risingGroups: ThreatPictureRisingGroup[];
  @Field(() => [ThreatPictureGroupChanges]) groupChanges: ThreatPictureGroupChanges[];
  @Field(() => Int, { description: 'Emerging threats raised in the period' }) emergingThreatCount: number;
  @Field(() => [ThreatPictureCount], { description: 'Those threats by their latest outcome (NOT_YET_COVERED when none)' })
  emergingThreatOutcomes: ThreatPictureCount[];
  @Field(() => [ThreatPictureEmergingThreat], { description: 'The ten raised most recently in the period' })
  emergingThreats: ThreatPictureEmergingThreat[];
  @Field(() => [ThreatPictureMonthCount]) disruptionsByStrand: ThreatPictureMonthCount[];
  @Field(() => [ThreatPictureMonthCount]) disruptionsByImpact: ThreatPictureMonthCount[];
  @Field(() => [ThreatPictureMonthCount]) disruptionsByAgency: ThreatPictureMonthCount[];
  @Field(() => [ThreatPictureTaskRate]) taskRates: ThreatPictureTaskRate[];
}
