import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SecondFactorState', { description: "Where the signed-in person's session stands with the second factor" })
export class SecondFactorStateObject {
  @Field({ description: 'An authenticator app is set up' })
  enrolled: boolean;

  @Field({ description: 'The person can see personal data, so must have a second factor' })
  required: boolean;

  @Field({ description: 'This session has proved the second factor' })
  verified: boolean;
}

@ObjectType('SecondFactorEnrolment', { description: 'An authenticator app being set up: confirmed with a code from it' })
export class SecondFactorEnrolmentObject {
  @Field({ description: 'The key in base32, for typing into the app' })
  secret: string;

  @Field({ description: 'The otpauth:// address the QR code holds' })
  uri: string;

  @Field({ description: 'The QR code, as an SVG document' })
  qrCodeSvg: string;
}

@ObjectType('RecoveryCodes', { description: 'Shown once: each signs in once in place of a code from the app' })
export class RecoveryCodesObject {
  @Field(() => [String])
  codes: string[];
}

@ObjectType('SecondFactorVerification')
export class SecondFactorVerificationObject {
  @Field({ description: 'Always true: a wrong code is an error' })
  verified: boolean;

  @Field(() => Int, { nullable: true, description: 'When a recovery code was used: how many are left' })
  recoveryCodesLeft: number | null;
}
