import { Injectable } from '@nestjs/common';
import {
  FOUR_P_LABELS,
  londonToday,
  PERMISSIONS,
  TASK_PRIORITY_LABELS,
  TASK_STATUS_LABELS,
  type FourPStrand,
  type TaskPriority,
  type TaskStatus,
} from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import { knownTermsNear } from '../../core/access/known-names.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import type { ExportFileObject } from '../records-io/export-file.object.js';
import { EXPORT_MAX_ROWS, refuseOverMaximum, writeExportFile } from '../records-io/export-writer.js';
import { day, type Table } from '../records-io/spreadsheet.js';
import type { ExportTasksArgs } from './task-export.args.js';
import { TASK_SORTS, taskListCondition } from './task-filter.js';
import { ReadDatabase } from '../../core/database/read-database.js';

const OPEN = `t.status IN ('OPEN','IN_PROGRESS','BLOCKED')`;

interface Row {
  id: string;
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
 * The task list as a marked CSV or Excel file: every row the viewer could page through in the app for the same
 * filter (the list's own condition and order), written by the records-io helpers that put the marking first and
 * neutralise spreadsheet formulas, and logged as disclosed.
 */
@Injectable()
export class TaskExportService {
  constructor(
    private readonly reads: ReadDatabase,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async export(ctx: RequestContext, args: ExportTasksArgs): Promise<ExportFileObject> {
    ctx.channel = 'EXPORT';
    const viewer = this.access.requirePanel(ctx, args.panelId, PERMISSIONS.TASK_EXPORT);
    const where = taskListCondition(
      this.access,
      ctx,
      args.panelId,
      args.filter,
      londonToday(),
      await knownTermsNear(ctx, args.panelId, args.filter?.search),
    );
    const [sql, params] = this.reads.source().driver.escapeQueryWithParameters(
      `SELECT t.id, t.reference, t.title, a.name AS agency, u.name AS owner, o.reference AS ocg_reference, t.due_on::text AS due_on,
              t.status, t.priority, t.strand, (${OPEN} AND t.due_on < :today) AS overdue,
              to_char(t.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS last_update
         FROM task t
         JOIN agency a ON a.id = t.agency_id
         LEFT JOIN app_user u ON u.id = t.owner_user_id
         LEFT JOIN ocg o ON o.id = t.ocg_id
        WHERE ${where.sql}
        ORDER BY ${TASK_SORTS[args.sort]}
        LIMIT ${EXPORT_MAX_ROWS + 1}`,
      where.params,
    );
    const rows: Row[] = await this.reads.source().query(sql, params);
    refuseOverMaximum(rows.length, 'tasks');
    const table: Table = {
      header: ['Reference', 'Title', 'Agency', 'Owner', 'Group reference', 'Due date', 'Status', 'Priority', '4P strand', 'Overdue', 'Last update'],
      rows: rows.map((r) => [
        r.reference,
        r.title,
        r.agency,
        r.owner,
        r.ocg_reference,
        day(r.due_on),
        TASK_STATUS_LABELS[r.status],
        TASK_PRIORITY_LABELS[r.priority],
        r.strand ? FOUR_P_LABELS[r.strand] : null,
        r.overdue ? 'Yes' : 'No',
        day(r.last_update),
      ]),
    };
    const file = await writeExportFile(ctx, 'tasks', 'Tasks', args.format, table, false);
    await this.audit.disclosed(ctx, {
      panelId: args.panelId,
      subjects: { Task: rows.map((r) => r.id) },
      toAgencyId: viewer.agencyId,
      purpose: `Exported in ${file.filename}`,
    });
    return file;
  }
}
