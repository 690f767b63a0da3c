import { Args, Context, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { presentNominal } from './nominal-presenter.js';
import { NamedNominalsArgs, NominalsArgs, UpdateNominalInput } from './nominal.inputs.js';
import { NominalObject } from './nominal.object.js';
import { NominalsService } from './nominals.service.js';

@ObjectType('NominalPage')
export class NominalPageObject {
  @Field(() => [NominalObject])
  nodes: NominalObject[];

  @Field(() => Int)
  totalCount: number;
}

@Resolver(() => NominalObject)
export class NominalsResolver {
  constructor(
    private readonly service: NominalsService,
    private readonly access: AccessService,
  ) {}

  @Query(() => NominalPageObject, { description: "A panel's nominals by reference; names only where the viewer may see them" })
  @RequirePermission(PERMISSIONS.OCG_READ)
  async nominals(@Context() ctx: RequestContext, @Args() args: NominalsArgs): Promise<NominalPageObject> {
    const { rows, totalCount } = await this.service.list(ctx, args);
    return { nodes: rows.map((n) => presentNominal(ctx, this.access, n)), totalCount };
  }

  @Query(() => [NominalObject], {
    description: 'The nominals a text being written names, to warn its writer that viewers without cover will read it masked (at most 20)',
  })
  @RequirePermission(PERMISSIONS.PERSONAL_DATA_READ)
  async nominalsNamedIn(@Context() ctx: RequestContext, @Args() args: NamedNominalsArgs): Promise<NominalObject[]> {
    return (await this.service.namedIn(ctx, args)).map((n) => presentNominal(ctx, this.access, n));
  }

  @Query(() => NominalObject)
  @RequirePermission(PERMISSIONS.OCG_READ)
  async nominal(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<NominalObject> {
    return presentNominal(ctx, this.access, await this.service.get(ctx, id));
  }

  @Mutation(() => NominalObject)
  @RequirePermission(PERMISSIONS.OCG_WRITE)
  async updateNominal(@Context() ctx: RequestContext, @Args('input') input: UpdateNominalInput): Promise<NominalObject> {
    return presentNominal(ctx, this.access, await this.service.update(ctx, input));
  }
}
