import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { FIELD_COST } from '../../core/graphql/query-shape.js';
import { LimitRunning } from '../../core/limits/expensive-work.js';
import { RateLimit } from '../../core/limits/rate-limit.guard.js';
import { ExportNominalsArgs, ExportOcgsArgs } from './export.args.js';
import { ExportFileObject } from './export-file.object.js';
import { ExportService } from './export.service.js';

/**
 * Mutations, not queries: exports are logged disclosures, and files should not sit in a client's query cache.
 * Imports are uploads, sent to ImportController as multipart form data.
 */
@Resolver()
export class RecordsIoResolver {
  constructor(private readonly exports: ExportService) {}

  @Mutation(() => ExportFileObject, {
    description: 'The groups the `ocgs` list shows for the same filter, every page of it, as a CSV or Excel file',
    complexity: FIELD_COST.file,
  })
  @RequirePermission(PERMISSIONS.RECORD_EXPORT)
  @RateLimit('export')
  @LimitRunning('EXPORT')
  exportOcgs(@Context() ctx: RequestContext, @Args() args: ExportOcgsArgs): Promise<ExportFileObject> {
    return this.exports.exportOcgs(ctx, args);
  }

  @Mutation(() => ExportFileObject, {
    description:
      'The nominals the `nominals` list shows for the same filter, as a CSV or Excel file; personal details are withheld, or their disclosure is logged',
    complexity: FIELD_COST.file,
  })
  @RequirePermission(PERMISSIONS.RECORD_EXPORT)
  @RateLimit('export')
  @LimitRunning('EXPORT')
  exportNominals(@Context() ctx: RequestContext, @Args() args: ExportNominalsArgs): Promise<ExportFileObject> {
    return this.exports.exportNominals(ctx, args);
  }
}
