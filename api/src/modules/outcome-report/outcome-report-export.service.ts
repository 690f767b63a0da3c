import { Injectable } from '@nestjs/common';
import { PdfService } from '../minutes/pdf.service.js';
import type { ExportFileObject } from '../records-io/export-file.object.js';
import { maskOf } from '../../core/access/known-names.js';
import { maskHtml } from '../../core/access/masked-files.js';
import { maskTable } from '../records-io/export-writer.js';
import { toCsv, toXlsx } from '../records-io/spreadsheet.js';
import { reportHtml, reportTable } from './outcome-report.document.js';
import type { ExportOutcomeReportArgs } from './outcome-report.objects.js';
import { OutcomeReportService } from './outcome-report.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { ReadDatabase } from '../../core/database/read-database.js';

const CONTENT_TYPES = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
} as const;

/**
 * The outcome report as a marked file. CSV and XLSX go through the records-io writers (marking first, formulas
 * neutralised); the PDF is the report's own HTML page printed by Chromium, whose print styles repeat the
 * marking at the top and bottom of every page.
 */
@Injectable()
export class OutcomeReportExportService {
  constructor(
    private readonly reads: ReadDatabase,
    private readonly reports: OutcomeReportService,
    private readonly pdf: PdfService,
  ) {}

  async export(ctx: RequestContext, args: ExportOutcomeReportArgs): Promise<ExportFileObject> {
    // The file leaves as an export: anything it ever logs names that channel, not the GraphQL request that asked.
    const report = await this.reports.report({ ...ctx, channel: 'EXPORT' }, args);
    const mask = await maskOf(ctx);
    const table = maskTable(reportTable(report), mask);
    const filename = `outcome-report-${args.from}-to-${args.to}.${args.format.toLowerCase()}`;
    let bytes: Buffer;
    if (args.format === 'CSV') bytes = toCsv(table);
    else if (args.format === 'XLSX') bytes = await toXlsx(table, 'Outcome report');
    else {
      const [panel] = await this.reads.source().query(`SELECT name FROM panel WHERE id = $1`, [args.panelId]);
      bytes = await this.pdf.fromHtml(maskHtml(mask, reportHtml(report, panel?.name ?? 'Panel')));
    }
    // Nothing personal is in the report, so nothing is ever withheld from it.
    return {
      filename,
      contentType: CONTENT_TYPES[args.format],
      base64: bytes.toString('base64'),
      rowCount: table.rows.length,
      personalDataWithheld: false,
    };
  }
}
