import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { LIMITS, REFERRAL_STATUSES, TEXT_LIMITS, tooLongMessage, type ReferralStatus } from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { ReferralStatusEnum } from '../../core/graphql/enums.js';
import { PageArgs } from '../../core/graphql/page.js';

export const NEEDS_CRIME_REFERENCE = 'A referral needs at least one crime reference number for the related incidents';
export const REFERRAL_LIMITS = { crimeReferences: 20, listMax: 50 } as const;

@InputType()
export class ReferredOffenderInput {
  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Enter the offender’s name' })
  @MaxLength(LIMITS.nameLength)
  name: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @IsCalendarDate('the date of birth')
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.referralOffenderDescription)
  description?: string | null;
}

@InputType({ description: 'A request from your agency (or a retailer through it) for the panel to consider a group or individuals' })
export class CreateReferralInput {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => String, { nullable: true, description: 'A retailer or other organisation referring through your agency' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.nameLength)
  onBehalfOf?: string | null;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Summarise what you are referring and why' })
  @MaxLength(TEXT_LIMITS.referralSummary)
  summary: string;

  @Field(() => [String], { description: 'Crime reference numbers of the related incidents: at least one' })
  @ArrayMinSize(1, { message: NEEDS_CRIME_REFERENCE })
  @ArrayMaxSize(REFERRAL_LIMITS.crimeReferences, { message: `Enter ${REFERRAL_LIMITS.crimeReferences} crime reference numbers or fewer` })
  @IsString({ each: true })
  @MaxLength(TEXT_LIMITS.crimeReference, { each: true, message: tooLongMessage('Each crime reference number', TEXT_LIMITS.crimeReference) })
  crimeReferences: string[];

  @Field(() => [ReferredOffenderInput], { defaultValue: [] })
  @ArrayMaxSize(REFERRAL_LIMITS.listMax)
  @ValidateNested({ each: true })
  @Type(() => ReferredOffenderInput)
  offenders: ReferredOffenderInput[] = [];

  @Field(() => [String], { defaultValue: [], description: 'Vehicle registrations' })
  @ArrayMaxSize(REFERRAL_LIMITS.listMax)
  @IsString({ each: true })
  @MaxLength(TEXT_LIMITS.referralVehicle, { each: true, message: tooLongMessage('Each registration', TEXT_LIMITS.referralVehicle) })
  vehicles: string[] = [];

  @Field(() => [String], { defaultValue: [], description: 'Addresses or areas' })
  @ArrayMaxSize(REFERRAL_LIMITS.listMax)
  @IsString({ each: true })
  @MaxLength(TEXT_LIMITS.referralPlace, { each: true, message: tooLongMessage('Each address or area', TEXT_LIMITS.referralPlace) })
  places: string[] = [];
}

@InputType()
export class ReferralVersionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one answers CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'Link to an existing group of the panel (ocgId) or create one (newOcgName): exactly one' })
export class AcceptReferralInput extends ReferralVersionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Select the group' })
  ocgId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.nameLength, { message: tooLongMessage('Name or operation name', LIMITS.nameLength) })
  newOcgName?: string | null;
}

@InputType()
export class DeclineReferralInput extends ReferralVersionInput {
  @Field({ description: 'Shown to the referring agency' })
  @IsString()
  @Matches(/\S/, { message: 'Give the reason for declining the referral' })
  @MaxLength(TEXT_LIMITS.declineReason, { message: tooLongMessage('Reason for declining', TEXT_LIMITS.declineReason) })
  reason: string;
}

@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => ReferralStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES as unknown as string[])
  status?: ReferralStatus | null;

  @Field(() => String, { nullable: true, description: 'Words of the reference or summary, in any order' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;
}
