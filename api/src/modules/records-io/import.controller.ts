import { Body, Controller, HttpCode, Post, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { ImportAnswer, ImportPreview, ImportResult } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { runWithScopeContext } from '../../core/database/panel-scope.js';
import { ExpensiveWork } from '../../core/limits/expensive-work.js';
import { RateLimit } from '../../core/limits/rate-limit.guard.js';
import { ImportArgs, IMPORT_MAX_BYTES, IMPORT_MAX_FIELD_BYTES } from './import.args.js';
import type { UploadedFile as Upload } from './import-file.js';
import { ImportContext, ImportErrorFilter, ImportRequestGuard } from './import-http.js';
import { ImportService } from './import.service.js';

/** What the upload parser keeps of the file part (in memory, never on disk). */
interface FilePart {
  originalname: string;
  buffer: Buffer;
}

/**
 * The form is read in memory up to these limits and no further: one file of at most 5 MB, a few short fields.
 * Anything past them stops the upload with IMPORT_TOO_LARGE or BAD_USER_INPUT.
 */
const UPLOAD = FileInterceptor('file', {
  limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 3, fieldSize: IMPORT_MAX_FIELD_BYTES, parts: 4 },
  defParamCharset: 'utf8',
});

/**
 * Imports as multipart uploads (IMPORT_PATHS in @sentinel/shared): the same checks, limits and audit rows as any
 * GraphQL mutation, and the same panel scope for the database (row-level security). The preview writes nothing;
 * the run writes every row in one transaction, or none.
 */
@Controller('imports')
@UseFilters(ImportErrorFilter)
@UseGuards(ImportRequestGuard)
export class ImportController {
  constructor(
    private readonly imports: ImportService,
    private readonly work: ExpensiveWork,
  ) {}

  @Post('preview')
  @HttpCode(200)
  @RateLimit('import')
  @UseInterceptors(UPLOAD)
  preview(@ImportContext() ctx: RequestContext, @Body() args: ImportArgs, @UploadedFile() file?: FilePart): Promise<ImportAnswer<ImportPreview>> {
    return this.handle(ctx, file, (upload) => this.imports.preview(ctx, args, upload));
  }

  @Post('run')
  @HttpCode(200)
  @RateLimit('import')
  @UseInterceptors(UPLOAD)
  run(@ImportContext() ctx: RequestContext, @Body() args: ImportArgs, @UploadedFile() file?: FilePart): Promise<ImportAnswer<ImportResult>> {
    return this.handle(ctx, file, (upload) => this.imports.run(ctx, args, upload));
  }

  private async handle<T extends ImportPreview | ImportResult>(
    ctx: RequestContext,
    file: FilePart | undefined,
    use: (upload: Upload) => Promise<T>,
  ): Promise<ImportAnswer<T>> {
    if (!file) throw AppError.badInput('file', 'Select a CSV or Excel file');
    const upload = { name: file.originalname, bytes: file.buffer };
    // The upload's stream events may run outside the request's own scope: the work runs in the caller's.
    const data = await runWithScopeContext(ctx, () => this.work.run(ctx, 'IMPORT', () => use(upload)));
    return { data };
  }
}
