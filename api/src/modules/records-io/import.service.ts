import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { IMPORT_SPECS, PERMISSIONS, type ImportPreview, type ImportResult } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { IMPORT_MAX_BYTES, type ImportArgs } from './import.args.js';
import { crossCheck, lookUp, type Lookups, type Query } from './import-checks.js';
import { checkMapping, suggestMapping } from './import-fields.js';
import { readTable, type UploadedFile } from './import-file.js';
import { draftRows, type Drafts, type RowError } from './import-rows.js';
import { ImportWriter } from './import-writer.js';
import type { ImportField } from './records-io.enums.js';
import type { ReadRow } from './spreadsheet.js';

interface ReadFile {
  columns: string[];
  rows: ReadRow[];
  mapping: { column: string; field: ImportField }[];
  suggested: { column: string; field: ImportField }[];
}

const NO_COUNTS = { ocgs: 0, nominals: 0, vehicles: 0, links: 0 };

/**
 * Imports run twice over the same checks: a preview that writes nothing, and a run that repeats the checks
 * inside its transaction and writes every row or, on any problem, none.
 */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async preview(ctx: RequestContext, args: ImportArgs, upload: UploadedFile): Promise<ImportPreview> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.RECORD_IMPORT);
    const file = await this.read(args, upload);
    const { errors } = await this.check(this.dataSource.query.bind(this.dataSource), args, file);
    return {
      columns: file.columns,
      fields: IMPORT_SPECS[args.kind].map(({ field, label, required, accepts }) => ({ field, label, required, accepts })),
      suggestedMapping: file.suggested,
      mapping: file.mapping,
      rowCount: file.rows.length,
      errors,
      valid: errors.length === 0,
    };
  }

  async run(ctx: RequestContext, args: ImportArgs, upload: UploadedFile): Promise<ImportResult> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.RECORD_IMPORT);
    const file = await this.read(args, upload);
    try {
      return await this.dataSource.transaction(async (m) => {
        const { errors, drafts, lookups } = await this.check(m.query.bind(m), args, file);
        if (errors.length || !drafts || !lookups) return { imported: false, created: NO_COUNTS, errors };
        const created = await new ImportWriter(m, ctx, args.panelId, lookups).write(drafts);
        return { imported: true, created, errors: [] };
      });
    } catch (e) {
      // Someone recorded the same reference or registration between our check and our write.
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
        throw new AppError('CONFLICT', 'A record in this file was added by someone else while it was importing. Nothing was imported: try again.');
      }
      throw e;
    }
  }

  private async read(args: ImportArgs, upload: UploadedFile): Promise<ReadFile> {
    if (!/\.(csv|xlsx)$/i.test(upload.name)) throw AppError.badInput('file', 'Choose a CSV file or an Excel workbook (.xlsx)');
    if (upload.bytes.length > IMPORT_MAX_BYTES) throw new AppError('IMPORT_TOO_LARGE', 'The file must be 5 MB or smaller', 'file');
    const { columns, rows } = await readTable(upload);
    const suggested = suggestMapping(args.kind, columns);
    const mapping = args.mapping ? args.mapping.map(({ column, field }) => ({ column, field })) : suggested;
    return { columns, rows, mapping, suggested };
  }

  /** Every problem in the file, in row order; drafts and lookups only when the mapping itself is sound. */
  private async check(query: Query, args: ImportArgs, file: ReadFile): Promise<{ errors: RowError[]; drafts?: Drafts; lookups?: Lookups }> {
    const problems = checkMapping(args.kind, file.columns, file.mapping);
    if (problems.length) return { errors: problems.map((p) => ({ row: null, ...p })) };
    if (!file.rows.length) return { errors: [{ row: null, field: null, column: null, message: 'The file has no rows to import below its header' }] };
    const errors: RowError[] = [];
    const drafts = draftRows(args.kind, file.columns, file.rows, file.mapping, errors);
    const lookups = await lookUp(query, args.panelId, drafts);
    const columnOf = new Map(file.mapping.map((m) => [m.field, m.column]));
    crossCheck(drafts, lookups, (row, field, message) => errors.push({ row, field, column: columnOf.get(field) ?? null, message }));
    errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { errors, drafts, lookups };
  }
}
