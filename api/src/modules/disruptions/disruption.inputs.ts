import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  DISRUPTION_IMPACTS,
  FOUR_P_STRANDS,
  GSC_MARKINGS,
  TACTIC_HEADINGS,
  type DisruptionImpact,
  type FourPStrand,
  type GscMarking,
  type TacticHeading,
  TEXT_LIMITS,
} from '@sentinel/shared';
import { IsAmount, IsCalendarDate } from '../../core/errors/input-validators.js';
import { DisruptionImpactEnum, FourPStrandEnum, GscMarkingEnum, TacticHeadingEnum } from '../../core/graphql/enums.js';
import { PageArgs } from '../../core/graphql/page.js';

export const DISRUPTION_LIMITS = {
  description: TEXT_LIMITS.disruptionDescription,
  rationale: TEXT_LIMITS.disruptionRationale,
  nominals: 50,
  drugs: 20,
  count: 100_000,
} as const;

/** The integer outcome counters, in the order the ledger and the outcome report show them. */
export const OUTCOME_COUNTS = [
  'arrests',
  'charges',
  'firearms',
  'rounds',
  'vehiclesSeized',
  'childrenSafeguarded',
  'adultsSafeguarded',
  'restraintOrders',
  'licencesReviewed',
  'licencesRevoked',
  'benefitActions',
  'taxActions',
  'premisesClosed',
] as const;
export type OutcomeCount = (typeof OUTCOME_COUNTS)[number];

const count = () => (target: object, key: string) => {
  Field(() => Int, { defaultValue: 0 })(target, key);
  IsInt({ message: 'Enter a whole number, 0 or more' })(target, key);
  Min(0, { message: 'Enter a whole number, 0 or more' })(target, key);
  Max(DISRUPTION_LIMITS.count)(target, key);
};

@InputType()
export class DrugSeizureInput {
  @Field({ description: 'e.g. Cocaine, Cannabis, Heroin' })
  @IsString()
  @MinLength(1, { message: 'Enter the type of drug' })
  @MaxLength(100)
  type: string;

  @Field(() => Float)
  @IsAmount('the weight in kilograms', { min: 0, max: 100_000, places: 3 })
  kg: number;
}

@InputType({ description: 'What the disruption achieved, in the figures regional units report; all zero when not given' })
export class DisruptionOutcomesInput {
  @count() arrests: number = 0;
  @count() charges: number = 0;
  @count() firearms: number = 0;
  @count() rounds: number = 0;
  @count() vehiclesSeized: number = 0;
  @count() childrenSafeguarded: number = 0;
  @count() adultsSafeguarded: number = 0;
  @count() restraintOrders: number = 0;
  @count() licencesReviewed: number = 0;
  @count() licencesRevoked: number = 0;
  @count() benefitActions: number = 0;
  @count() taxActions: number = 0;
  @count() premisesClosed: number = 0;

  @Field(() => Float, { defaultValue: 0, description: 'Total custodial sentences, in years' })
  @IsAmount('the custodial years', { min: 0, max: 99_999, places: 2 })
  custodialYears: number = 0;

  @Field(() => Float, { defaultValue: 0 })
  @IsAmount('the cash seized in pounds', { min: 0, max: 999_999_999_999, places: 2 })
  cashSeizedGbp: number = 0;

  @Field(() => [DrugSeizureInput], { defaultValue: [] })
  @ArrayMaxSize(DISRUPTION_LIMITS.drugs, { message: `Record at most ${DISRUPTION_LIMITS.drugs} drug seizures` })
  @ValidateNested({ each: true })
  @Type(() => DrugSeizureInput)
  drugsSeized: DrugSeizureInput[] = [];
}

@InputType({ isAbstract: true })
class DisruptionFields {
  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate('the date of the disruption')
  occurredOn: string;

  @Field(() => ID, { nullable: true, description: 'The agency that acted; the viewer’s own agency when not given' })
  @IsOptional()
  @IsUUID('all', { message: 'Select the agency' })
  agencyId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: `Nominals of the panel involved, at most ${DISRUPTION_LIMITS.nominals}` })
  @ArrayMaxSize(DISRUPTION_LIMITS.nominals)
  @IsUUID('all', { each: true })
  nominalIds: string[] = [];

  @Field(() => FourPStrandEnum)
  @IsIn(FOUR_P_STRANDS as unknown as string[], { message: 'Select the 4P strand' })
  strand: FourPStrand;

  @Field(() => TacticHeadingEnum)
  @IsIn(TACTIC_HEADINGS as unknown as string[], { message: 'Select the tactic heading' })
  tacticHeading: TacticHeading;

  @Field({ description: 'What was done' })
  @IsString()
  @Matches(/\S/, { message: 'Describe the tactic used' })
  @MaxLength(DISRUPTION_LIMITS.description)
  description: string;

  @Field(() => DisruptionImpactEnum)
  @IsIn(DISRUPTION_IMPACTS as unknown as string[], { message: 'Select the impact' })
  impact: DisruptionImpact;

  @Field({ description: 'Why the impact was assessed at this level; required' })
  @IsString()
  @MaxLength(DISRUPTION_LIMITS.rationale, { message: `The rationale must be ${DISRUPTION_LIMITS.rationale} characters or fewer` })
  rationale: string;

  @Field(() => DisruptionOutcomesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DisruptionOutcomesInput)
  outcomes?: DisruptionOutcomesInput | null;

  @Field(() => GscMarkingEnum, { defaultValue: 'OFFICIAL_SENSITIVE' })
  @IsIn(GSC_MARKINGS as unknown as string[])
  gscMarking: GscMarking = 'OFFICIAL_SENSITIVE';
}

@InputType()
export class RecordDisruptionInput extends DisruptionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Select the group' })
  ocgId: string;
}

@InputType({ description: 'The disruption a completed task achieved; it is recorded on the task’s group' })
export class TaskDisruptionInput extends DisruptionFields {}

@InputType({ description: 'A disruption stays on its group; everything else may be corrected' })
export class UpdateDisruptionInput extends DisruptionFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one answers CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class DisruptionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ocgId?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, inclusive' })
  @IsOptional()
  @IsCalendarDate('the start date')
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, inclusive' })
  @IsOptional()
  @IsCalendarDate('the end date')
  to?: string | null;
}
