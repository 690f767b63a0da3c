import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { FIELD_COST } from '../../core/graphql/query-shape.js';
import { LimitRunning } from '../../core/limits/expensive-work.js';
import { RateLimit } from '../../core/limits/rate-limit.guard.js';
import { ExportFileObject } from '../records-io/export-file.object.js';
import { OutcomeReportExportService } from './outcome-report-export.service.js';
import { ExportOutcomeReportArgs, OutcomeReportArgs, OutcomeReportObject } from './outcome-report.objects.js';
import { OutcomeReportService } from './outcome-report.service.js';

@Resolver()
export class OutcomeReportResolver {
  constructor(
    private readonly reports: OutcomeReportService,
    private readonly exports: OutcomeReportExportService,
  ) {}

  @Query(() => OutcomeReportObject, {
    description: 'The panel’s outcomes for a period, in the figures forces and national units publish',
    complexity: FIELD_COST.report,
  })
  @RequirePermission(PERMISSIONS.OUTCOME_REPORT_READ)
  outcomeReport(@Context() ctx: RequestContext, @Args() args: OutcomeReportArgs): Promise<OutcomeReportObject> {
    return this.reports.report(ctx, args);
  }

  /** A mutation, as the other exports are: the file should not sit in a client's query cache. */
  @Mutation(() => ExportFileObject, { description: 'The outcome report as a marked CSV, Excel or PDF file', complexity: FIELD_COST.file })
  @RequirePermission(PERMISSIONS.OUTCOME_REPORT_READ)
  @RateLimit('export')
  @LimitRunning('EXPORT')
  exportOutcomeReport(@Context() ctx: RequestContext, @Args() args: ExportOutcomeReportArgs): Promise<ExportFileObject> {
    return this.exports.export(ctx, args);
  }
}
