import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS, PASSWORD_MAX_LENGTH } from '@sentinel/shared';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.gov.uk' })
  @MaxLength(LIMITS.emailLength)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer` })
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your current password' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  newPassword: string;
}
