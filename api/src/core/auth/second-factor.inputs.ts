import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@sentinel/shared';

const CODE_MESSAGE = 'Enter the 6-digit code from your authenticator app';
/** Room for a code typed with spaces or hyphens between its groups. */
const CODE_MAX = 20;

@InputType({ description: 'What proves it is the person, to change a second factor already set up: one of the two' })
export class SecondFactorProofInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Enter your password' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword?: string;

  @Field({ nullable: true, description: 'A code from the authenticator app set up now' })
  @IsOptional()
  @IsString()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: CODE_MESSAGE })
  code?: string;
}

@InputType()
export class ConfirmSecondFactorInput {
  @Field({ description: 'A code from the app being set up' })
  @IsString()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: CODE_MESSAGE })
  code: string;
}

@InputType({ description: 'A code from the authenticator app, or a recovery code: one of the two' })
export class VerifySecondFactorInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Enter a recovery code' })
  @MaxLength(CODE_MAX, { message: 'Enter a recovery code as it was shown, like ABCDE-FGHJK' })
  recoveryCode?: string;
}
