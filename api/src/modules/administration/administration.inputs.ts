import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { LIMITS, PANEL_CODE_PATTERN } from '@sentinel/shared';
import { PageArgs } from '../../core/graphql/page.js';

@InputType({ description: "A new panel's first chair: invited by email to set a password or sign in with single sign-on" })
export class FirstChairInput {
  @Field()
  @IsString()
  @MinLength(2, { message: "Enter the chair's full name" })
  @MaxLength(LIMITS.nameLength, { message: `Name must be ${LIMITS.nameLength} characters or fewer` })
  name: string;

  @Field()
  @MaxLength(LIMITS.emailLength, { message: `Email address must be ${LIMITS.emailLength} characters or fewer` })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.police.uk' })
  email: string;

  @Field({ description: "The chair's police unit, created as the panel's first agency" })
  @IsString()
  @MinLength(2, { message: "Enter the name of the chair's police unit" })
  @MaxLength(LIMITS.nameLength, { message: `Police unit must be ${LIMITS.nameLength} characters or fewer` })
  agencyName: string;
}

@InputType()
export class CreatePanelInput {
  @Field({ description: 'Short code, unique in the deployment: 2 to 20 capital letters, digits and hyphens' })
  @IsString()
  @Matches(PANEL_CODE_PATTERN, { message: 'Enter a code of 2 to 20 capital letters, digits and hyphens, like NMR or NMR-SOC' })
  code: string;

  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter the name of the panel' })
  @MaxLength(LIMITS.nameLength, { message: `Name must be ${LIMITS.nameLength} characters or fewer` })
  name: string;

  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter the name of the force' })
  @MaxLength(LIMITS.nameLength, { message: `Force must be ${LIMITS.nameLength} characters or fewer` })
  forceName: string;

  @Field(() => FirstChairInput)
  @ValidateNested()
  @Type(() => FirstChairInput)
  chair: FirstChairInput;
}

@InputType()
export class SetPanelDisabledInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @IsBoolean()
  disabled: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class AdministeredPanelsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the code, name or force' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;
}

@ArgsType()
export class AdminUsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;
}
