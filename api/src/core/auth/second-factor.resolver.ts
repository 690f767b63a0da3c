import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../access/request-context.js';
import { RequirePermission } from '../access/require-permission.decorator.js';
import { ConfirmSecondFactorInput, SecondFactorProofInput, VerifySecondFactorInput } from './second-factor.inputs.js';
import { RecoveryCodesObject, SecondFactorEnrolmentObject, SecondFactorVerificationObject } from './second-factor.object.js';
import { SecondFactorService } from './second-factor.service.js';

@Resolver()
export class SecondFactorResolver {
  constructor(private readonly service: SecondFactorService) {}

  @Mutation(() => SecondFactorEnrolmentObject, {
    description: 'Starts setting up an authenticator app; replacing one already set up needs the password or a code from it',
  })
  @RequirePermission(PERMISSIONS.SECOND_FACTOR_ENROL)
  startSecondFactorEnrolment(
    @Context() ctx: RequestContext,
    @Args('proof', { type: () => SecondFactorProofInput, nullable: true }) proof: SecondFactorProofInput | null,
  ): Promise<SecondFactorEnrolmentObject> {
    return this.service.start(ctx, proof ?? null);
  }

  @Mutation(() => RecoveryCodesObject, { description: 'Confirms the app being set up with a code from it; gives new recovery codes' })
  @RequirePermission(PERMISSIONS.SECOND_FACTOR_ENROL)
  confirmSecondFactorEnrolment(@Context() ctx: RequestContext, @Args('input') input: ConfirmSecondFactorInput): Promise<RecoveryCodesObject> {
    return this.service.confirm(ctx, input);
  }

  @Mutation(() => SecondFactorVerificationObject, { description: "Completes the session's sign-in with a code or a recovery code" })
  @RequirePermission(PERMISSIONS.SECOND_FACTOR_VERIFY)
  verifySecondFactor(@Context() ctx: RequestContext, @Args('input') input: VerifySecondFactorInput): Promise<SecondFactorVerificationObject> {
    return this.service.verify(ctx, input);
  }

  @Mutation(() => RecoveryCodesObject, { description: 'Replaces the recovery codes with ten new ones' })
  @RequirePermission(PERMISSIONS.OWN_SECOND_FACTOR_CHANGE)
  regenerateRecoveryCodes(@Context() ctx: RequestContext, @Args('proof') proof: SecondFactorProofInput): Promise<RecoveryCodesObject> {
    return this.service.regenerateRecoveryCodes(ctx, proof);
  }
}
