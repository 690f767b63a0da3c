import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../core/errors/input-validators.js';

export const OUTCOME_REPORT_FORMATS = ['CSV', 'XLSX', 'PDF'] as const;
export type OutcomeReportFormat = (typeof OUTCOME_REPORT_FORMATS)[number];
export const OutcomeReportFormatEnum = { CSV: 'CSV', XLSX: 'XLSX', PDF: 'PDF' } as const;
registerEnumType(OutcomeReportFormatEnum, { name: 'OutcomeReportFormat' });

@ArgsType()
export class OutcomeReportArgs {
  @Field(() => ID) @IsUUID() panelId: string;
  @Field({ description: 'First day, yyyy-mm-dd (London)' }) @IsCalendarDate('the first day') from: string;
  @Field({ description: 'Last day, yyyy-mm-dd (London), inclusive' }) @IsCalendarDate('the last day') to: string;
}

@ArgsType()
export class ExportOutcomeReportArgs extends OutcomeReportArgs {
  @Field(() => OutcomeReportFormatEnum) @IsIn(OUTCOME_REPORT_FORMATS as unknown as string[]) format: OutcomeReportFormat;
}

@ObjectType()
export class OutcomeDrugs {
  @Field() type: string;
  @Field(() => Float) kg: number;
}

@ObjectType({ description: 'A disrupted group’s threat score before its first disruption in the period and now' })
export class OutcomeScoreChange {
  @Field() reference: string;
  @Field() name: string;
  @Field(() => Int, { nullable: true }) before: number | null;
  @Field(() => Int, { nullable: true }) latest: number | null;
  @Field(() => Int, { nullable: true, description: 'latest - before; null when either is missing' }) change: number | null;
}

@ObjectType()
export class OutcomeAgencyContribution {
  @Field(() => ID) agencyId: string;
  @Field() agencyName: string;
  @Field(() => Int) tasksCompleted: number;
  @Field(() => Int) disruptions: number;
  @Field(() => Int) major: number;
  @Field(() => Int) moderate: number;
  @Field(() => Int) minor: number;
  @Field(() => Int) noImpact: number;
  @Field(() => Int) negative: number;
}

/** The figures of an outcome report, for one panel or summed over a region's panels, with the same definitions. */
@ObjectType({ isAbstract: true })
export abstract class OutcomeFigures {
  @Field() from: string;
  @Field() to: string;
  @Field(() => Int) referralsReceived: number;
  @Field(() => Int) referralsAccepted: number;
  @Field(() => Int, { description: 'Referrals accepted in the period into a group created after the referral arrived' }) operationsAdopted: number;
  @Field(() => Int, { description: 'Groups whose mapping date (or creation day, when none) is in the period' }) groupsMapped: number;
  @Field(() => Int, { description: 'Groups now dismantled whose status changed in the period' }) groupsDismantled: number;
  @Field(() => Int) nominalsIdentified: number;
  @Field(() => Int) vehiclesIdentified: number;
  @Field(() => Int) disruptions: number;
  @Field(() => Int) arrests: number;
  @Field(() => Int) charges: number;
  @Field(() => Float) custodialYears: number;
  @Field(() => Float) cashSeizedGbp: number;
  @Field(() => [OutcomeDrugs]) drugsSeized: OutcomeDrugs[];
  @Field(() => Int) firearms: number;
  @Field(() => Int) rounds: number;
  @Field(() => Int) childrenSafeguarded: number;
  @Field(() => Int) adultsSafeguarded: number;
  @Field(() => Int) restraintOrders: number;
  @Field(() => Int) licencesReviewed: number;
  @Field(() => Int) licencesRevoked: number;
  @Field(() => Int) taxActions: number;
  @Field(() => Int) benefitActions: number;
  @Field(() => Int) premisesClosed: number;
  @Field(() => Int) vehiclesSeized: number;
  @Field(() => Float, { nullable: true, description: 'Mean change over the groups with both scores' }) averageScoreChange: number | null;
}

@ObjectType('OutcomeReport', { description: 'What the panel achieved in a period, in the figures forces and national units publish' })
export class OutcomeReportObject extends OutcomeFigures {
  @Field(() => [OutcomeScoreChange]) scoreChanges: OutcomeScoreChange[];
  @Field(() => [OutcomeAgencyContribution]) agencies: OutcomeAgencyContribution[];
}
