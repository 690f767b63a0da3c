import { Injectable } from '@nestjs/common';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { checkPeriod } from '../../core/reports/period.js';
import { outcomeReportFromRow } from './outcome-report.figures.js';
import type { OutcomeReportArgs, OutcomeReportObject } from './outcome-report.objects.js';
import { OUTCOME_REPORT_SQL } from './outcome-report.sql.js';
import { ReadDatabase } from '../../core/database/read-database.js';

/** The outcome report's figures; the definitions live beside the SQL. Group-level and counts only. */
@Injectable()
export class OutcomeReportService {
  constructor(
    private readonly reads: ReadDatabase,
    private readonly access: AccessService,
  ) {}

  async report(ctx: RequestContext, args: OutcomeReportArgs): Promise<OutcomeReportObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.OUTCOME_REPORT_READ);
    checkPeriod(args.from, args.to);
    const [row] = await this.reads.source().query(OUTCOME_REPORT_SQL, [args.panelId, args.from, args.to]);
    return outcomeReportFromRow(row.report, args.from, args.to);
  }
}
