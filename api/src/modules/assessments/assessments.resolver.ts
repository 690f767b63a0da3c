import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { FIELD_COST } from '../../core/graphql/query-shape.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { AnnotateAssessmentInput, AssessmentObject, GenerateAssessmentArgs } from './assessment.objects.js';
import { AssessmentsService } from './assessments.service.js';
import { ProjectorObject } from './projector.objects.js';
import { ProjectorService } from './projector.service.js';

@Resolver()
export class AssessmentsResolver {
  constructor(
    private readonly service: AssessmentsService,
    private readonly projectorService: ProjectorService,
  ) {}

  @Query(() => [AssessmentObject], {
    description: 'Six-monthly assessments: published versions, and drafts for those who manage meetings',
    complexity: FIELD_COST.report,
  })
  @RequirePermission(PERMISSIONS.ASSESSMENT_READ)
  assessments(@Context() ctx: RequestContext, @Args('panelId', { type: () => ID }, UuidPipe) panelId: string): Promise<AssessmentObject[]> {
    return this.service.list(ctx, panelId);
  }

  @Query(() => AssessmentObject, { complexity: FIELD_COST.report })
  @RequirePermission(PERMISSIONS.ASSESSMENT_READ)
  assessment(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<AssessmentObject> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => AssessmentObject, {
    description: 'Builds (or refreshes the draft of) the assessment of the six months to periodTo',
    complexity: FIELD_COST.report,
  })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  generateAssessment(@Context() ctx: RequestContext, @Args() args: GenerateAssessmentArgs): Promise<AssessmentObject> {
    return this.service.generate(ctx, args);
  }

  @Mutation(() => AssessmentObject, { description: 'Sets the chair’s note on one section of a draft' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  annotateAssessment(@Context() ctx: RequestContext, @Args('input') input: AnnotateAssessmentInput): Promise<AssessmentObject> {
    return this.service.annotate(ctx, input);
  }

  @Mutation(() => AssessmentObject, { description: 'Publishes a draft to members; the version is then locked' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  publishAssessment(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<AssessmentObject> {
    return this.service.publish(ctx, id, version);
  }

  @Mutation(() => AssessmentObject, { description: 'Starts the next version of a published assessment as a draft, keeping its notes' })
  @RequirePermission(PERMISSIONS.MEETING_MANAGE)
  reviseAssessment(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<AssessmentObject> {
    return this.service.revise(ctx, id);
  }

  @Query(() => ProjectorObject, { description: 'The meeting-room screen: the live meeting, the current item and the top groups' })
  @RequirePermission(PERMISSIONS.MEETING_READ)
  projector(@Context() ctx: RequestContext, @Args('panelId', { type: () => ID }, UuidPipe) panelId: string): Promise<ProjectorObject> {
    return this.projectorService.projector(ctx, panelId);
  }
}
