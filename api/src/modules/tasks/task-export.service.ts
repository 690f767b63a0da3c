import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FOUR_P_LABELS, londonToday, PERMISSIONS, TASK_PRIORITY_LABELS, TASK_STATUS_LABELS, type FourPStrand, type TaskPriority, type TaskStatus } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import type { ExportFileObject } from '../records-io/export-file.object.js';
import { toCsv, toXlsx, type Table } from '../records-io/spreadsheet.js';
import { visibleTasks } from './task-access.js';
import type { ExportTasksArgs } from './task-export.args.js';

export const TASK_EXPORT_MAX_ROWS = 10_000;
const OPEN = `t.status IN ('OPEN','IN_PROGRESS','BLOCKED')`;
const CONTENT_TYPES = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

interface Row {
  reference: string;
  title: string;
  agency: string;
  owner: string | null;
  ocg_reference: string | null;
  due_on: string | null;
  status: TaskStatus;
  priority: TaskPriority;
  strand: FourPStrand | null;
  overdue: boolean;
  last_update: string;
}

/**
 * The task list as a marked CSV or Excel file: exactly the rows the viewer could page through in the app
 * (the same visibility condition and filters), written by the records-io helpers that put the marking
 * first and neutralise spreadsheet formulas.
 */
@Injectable()
export class TaskExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async export(ctx: RequestContext, args: ExportTasksArgs): Promise<ExportFileObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.TASK_EXPORT);
    const today = londonToday();
    const visible = visibleTasks(this.access, ctx);
    const where = ['t.panel_id = :panelId', visible.sql];
    if (args.statuses?.length) where.push('t.status = ANY(:statuses)');
    if (args.agencyId) where.push('t.agency_id = :agencyId');
    if (args.ocgId) where.push('t.ocg_id = :ocgId');
    if (args.overdueOnly) where.push(`${OPEN} AND t.due_on < :today`);
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT t.reference, t.title, a.name AS agency, u.name AS owner, o.reference AS ocg_reference, t.due_on::text AS due_on,
              t.status, t.priority, t.strand, (${OPEN} AND t.due_on < :today) AS overdue,
              to_char(t.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS last_update
         FROM task t
         JOIN agency a ON a.id = t.agency_id
         LEFT JOIN app_user u ON u.id = t.owner_user_id
         LEFT JOIN ocg o ON o.id = t.ocg_id
        WHERE ${where.map((w) => `(${w})`).join(' AND ')}
        ORDER BY t.reference
        LIMIT ${TASK_EXPORT_MAX_ROWS + 1}`,
      { ...visible.params, panelId: args.panelId, today, statuses: args.statuses ?? [], agencyId: args.agencyId, ocgId: args.ocgId },
    );
    const rows: Row[] = await this.dataSource.query(sql, params);
    if (rows.length > TASK_EXPORT_MAX_ROWS) {
      throw AppError.badInput('statuses', `More than ${TASK_EXPORT_MAX_ROWS.toLocaleString('en-GB')} tasks match: narrow the filter`);
    }
    const table: Table = {
      header: ['Reference', 'Title', 'Agency', 'Owner', 'Group reference', 'Due date', 'Status', 'Priority', '4P strand', 'Overdue', 'Last update'],
      rows: rows.map((r) => [
        r.reference,
        r.title,
        r.agency,
        r.owner,
        r.ocg_reference,
        r.due_on,
        TASK_STATUS_LABELS[r.status],
        TASK_PRIORITY_LABELS[r.priority],
        r.strand ? FOUR_P_LABELS[r.strand] : null,
        r.overdue ? 'Yes' : 'No',
        r.last_update,
      ]),
    };
    const filename = `tasks-${today}.${args.format.toLowerCase()}`;
    const bytes = args.format === 'CSV' ? toCsv(table) : await toXlsx(table, 'Tasks');
    return { filename, contentType: CONTENT_TYPES[args.format], base64: bytes.toString('base64'), rowCount: rows.length, personalDataWithheld: false };
  }
}
