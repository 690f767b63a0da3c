import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS, PASSWORD_MAX_LENGTH } from '@sentinel/shared';

@InputType({ description: 'A password chosen with the link from an invitation or a reset mail' })
export class SetPasswordByLinkInput {
  @Field({ description: 'The token from the link (the part after #)' })
  @IsString()
  @MinLength(1, { message: 'Open the link from your email again' })
  @MaxLength(100, { message: 'Open the link from your email again' })
  token: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.gov.uk' })
  @MaxLength(LIMITS.emailLength)
  email: string;
}

export enum AccountLinkKind {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}
registerEnumType(AccountLinkKind, { name: 'AccountLinkKind', description: 'The kind of link account mail carries' });

@InputType({ description: 'A link from account mail, to ask whether it can still be used before a password is chosen' })
export class AccountLinkInput {
  @Field(() => AccountLinkKind)
  @IsIn(Object.values(AccountLinkKind))
  kind: AccountLinkKind;

  @Field({ description: 'The token from the link (the part after #)' })
  @IsString()
  @MaxLength(100, { message: 'Open the link from your email again' })
  token: string;
}
