import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { ExportNominalsArgs, ExportOcgsArgs } from './export.args.js';
import { ExportFileObject } from './export-file.object.js';
import { ExportService } from './export.service.js';
import { ImportArgs } from './import.args.js';
import { ImportPreviewObject, ImportResultObject } from './import.objects.js';
import { ImportService } from './import.service.js';

/** Mutations, not queries: exports are logged disclosures, and files should not sit in a client's query cache. */
@Resolver()
export class RecordsIoResolver {
  constructor(
    private readonly exports: ExportService,
    private readonly imports: ImportService,
  ) {}

  @Mutation(() => ExportFileObject, { description: 'The groups the `ocgs` list shows for the same filter, every page of it, as a CSV or Excel file' })
  @RequirePermission(PERMISSIONS.RECORD_EXPORT)
  exportOcgs(@Context() ctx: RequestContext, @Args() args: ExportOcgsArgs): Promise<ExportFileObject> {
    return this.exports.exportOcgs(ctx, args);
  }

  @Mutation(() => ExportFileObject, {
    description:
      'The nominals the `nominals` list shows for the same filter, as a CSV or Excel file; personal details are withheld, or their disclosure is logged',
  })
  @RequirePermission(PERMISSIONS.RECORD_EXPORT)
  exportNominals(@Context() ctx: RequestContext, @Args() args: ExportNominalsArgs): Promise<ExportFileObject> {
    return this.exports.exportNominals(ctx, args);
  }

  @Mutation(() => ImportPreviewObject, { description: 'Checks a file for import and lists every problem; writes nothing' })
  @RequirePermission(PERMISSIONS.RECORD_IMPORT)
  previewImport(@Context() ctx: RequestContext, @Args() args: ImportArgs): Promise<ImportPreviewObject> {
    return this.imports.preview(ctx, args);
  }

  @Mutation(() => ImportResultObject, { description: 'Imports every row of a file in one transaction, or none when any row has a problem' })
  @RequirePermission(PERMISSIONS.RECORD_IMPORT)
  runImport(@Context() ctx: RequestContext, @Args() args: ImportArgs): Promise<ImportResultObject> {
    return this.imports.run(ctx, args);
  }
}
