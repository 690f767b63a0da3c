import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { LIMITS, PANEL_ROLES, type PanelRole } from '@sentinel/shared';
import { PanelRoleEnum } from '../../core/graphql/enums.js';
import { PageArgs } from '../../core/graphql/page.js';

@InputType()
export class AddMemberInput {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter the full name' })
  @MaxLength(LIMITS.nameLength, { message: `Name must be ${LIMITS.nameLength} characters or fewer` })
  name: string;

  @Field()
  @MaxLength(LIMITS.emailLength, { message: `Email address must be ${LIMITS.emailLength} characters or fewer` })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.gov.uk' })
  email: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Select the agency' })
  agencyId: string;

  @Field(() => PanelRoleEnum)
  @IsIn(PANEL_ROLES as unknown as string[], { message: 'Select a role' })
  role: PanelRole;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => PanelRoleEnum)
  @IsIn(PANEL_ROLES as unknown as string[])
  role: PanelRole;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class SetMemberDisabledInput {
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
export class MembersArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => String, { nullable: true, description: 'Part of the name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => PanelRoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(PANEL_ROLES as unknown as string[])
  role?: PanelRole | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeDisabled: boolean = false;

  @Field({ defaultValue: false, description: "Only members still to confirm in the panel's open membership review" })
  @IsBoolean()
  awaitingConfirmation: boolean = false;
}
