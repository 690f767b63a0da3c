import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsIn, IsInt, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { LIMITS, REGION_KINDS, type RegionKind } from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { RegionKindEnum } from '../../core/graphql/enums.js';

/** A region covers at most every panel of a national deployment (43 forces), with room. */
export const MAX_REGION_PANELS = 100;

@ArgsType()
export class RegionArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@ArgsType()
export class RegionReportArgs {
  @Field(() => ID) @IsUUID() regionId: string;
  @Field({ description: 'First day, yyyy-mm-dd (London)' }) @IsCalendarDate('the first day') from: string;
  @Field({ description: 'Last day, yyyy-mm-dd (London), inclusive' }) @IsCalendarDate('the last day') to: string;
}

@InputType()
export class CreateRegionInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter the name of the region' })
  @MaxLength(120, { message: 'Name must be 120 characters or fewer' })
  name: string;

  @Field(() => RegionKindEnum)
  @IsIn(REGION_KINDS as unknown as string[], { message: 'Choose whether this is a regional or a national unit' })
  kind: RegionKind;

  @Field(() => [ID], { description: `The panels it covers, at most ${MAX_REGION_PANELS}` })
  @ArrayMaxSize(MAX_REGION_PANELS, { message: `Choose ${MAX_REGION_PANELS} panels or fewer` })
  @IsUUID('all', { each: true })
  panelIds: string[];
}

@InputType()
export class UpdateRegionInput extends CreateRegionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version read; a region changed since is a conflict' }) @IsInt() @Min(1) version: number;
}

@InputType({ description: 'An analyst named by the email address of their account' })
export class AddRegionAnalystInput {
  @Field(() => ID) @IsUUID() regionId: string;

  @Field()
  @MaxLength(LIMITS.emailLength, { message: `Email address must be ${LIMITS.emailLength} characters or fewer` })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.police.uk' })
  email: string;
}

@InputType()
export class RemoveRegionAnalystInput {
  @Field(() => ID) @IsUUID() regionId: string;
  @Field(() => ID) @IsUUID() userId: string;
}
