import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { checkPeriod } from '../../core/reports/period.js';
import type { OutcomeReportArgs, OutcomeReportObject, OutcomeScoreChange } from './outcome-report.objects.js';
import { OUTCOME_REPORT_SQL } from './outcome-report.sql.js';

type Impacts = { MAJOR: number; MODERATE: number; MINOR: number; NONE: number; NEGATIVE: number; total: number };

/** The outcome report's figures; the definitions live beside the SQL. Group-level and counts only. */
@Injectable()
export class OutcomeReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async report(ctx: RequestContext, args: OutcomeReportArgs): Promise<OutcomeReportObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.OUTCOME_REPORT_READ);
    checkPeriod(args.from, args.to);
    const [row] = await this.dataSource.query(OUTCOME_REPORT_SQL, [args.panelId, args.from, args.to]);
    const r = row.report;
    const scoreChanges: OutcomeScoreChange[] = (r.scoreChanges as Omit<OutcomeScoreChange, 'change'>[]).map((g) => ({
      ...g,
      change: g.before !== null && g.latest !== null ? g.latest - g.before : null,
    }));
    const known = scoreChanges.filter((g) => g.change !== null).map((g) => g.change!);
    return {
      from: args.from,
      to: args.to,
      referralsReceived: r.referralsReceived,
      referralsAccepted: r.referralsAccepted,
      operationsAdopted: r.operationsAdopted,
      groupsMapped: r.groupsMapped,
      groupsDismantled: r.groupsDismantled,
      nominalsIdentified: r.nominalsIdentified,
      vehiclesIdentified: r.vehiclesIdentified,
      ...r.sums,
      drugsSeized: r.drugs,
      scoreChanges,
      averageScoreChange: known.length ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 100) / 100 : null,
      agencies: (r.agencies as { agencyId: string; agencyName: string; tasksCompleted: number; disruptions: Impacts }[]).map((a) => ({
        agencyId: a.agencyId,
        agencyName: a.agencyName,
        tasksCompleted: a.tasksCompleted,
        disruptions: a.disruptions.total,
        major: a.disruptions.MAJOR,
        moderate: a.disruptions.MODERATE,
        minor: a.disruptions.MINOR,
        noImpact: a.disruptions.NONE,
        negative: a.disruptions.NEGATIVE,
      })),
    };
  }
}
