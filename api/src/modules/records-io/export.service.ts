import { Injectable } from '@nestjs/common';
import {
  CRIME_TYPE_LABELS,
  NOMINAL_ROLE_LABELS,
  OCG_STATUS_LABELS,
  PERMISSIONS,
  type CrimeType,
  type NominalRole,
  type OcgStatus,
} from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import { knownTermsNear } from '../../core/access/known-names.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { NOMINAL_ORDER, nominalListCondition } from '../nominals/nominal-filter.js';
import { OCG_SORTS, ocgListCondition } from '../ocgs/ocg-filter.js';
import type { ExportNominalsArgs, ExportOcgsArgs } from './export.args.js';
import type { ExportFileObject } from './export-file.object.js';
import { EXPORT_MAX_ROWS, refuseOverMaximum, writeExportFile } from './export-writer.js';
import { day, type Table } from './spreadsheet.js';
import { ReadDatabase } from '../../core/database/read-database.js';

const WITHHELD = 'Withheld';

interface OcgRow {
  id: string;
  reference: string;
  name: string;
  status: OcgStatus;
  tier: string | null;
  score_total: number | null;
  crime_types: CrimeType[];
  areas: string[];
  lro_name: string | null;
  next_review_on: string | null;
}

interface NominalRow {
  id: string;
  reference: string;
  surname: string;
  forenames: string;
  aliases: string[];
  date_of_birth: string | null;
  next_review_on: string | null;
  ocgs: { reference: string; role: NominalRole }[];
}

/**
 * The group and nominal lists as files: every row the list would show the viewer for the same filter (the
 * list's own condition and order, across all its pages), or an error when there are more than a file holds.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly reads: ReadDatabase,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async exportOcgs(ctx: RequestContext, args: ExportOcgsArgs): Promise<ExportFileObject> {
    ctx.channel = 'EXPORT';
    const viewer = this.access.requirePanel(ctx, args.panelId, PERMISSIONS.RECORD_EXPORT);
    const where = ocgListCondition(args.panelId, args.filter, await knownTermsNear(ctx, args.panelId, args.filter?.search));
    const rows: OcgRow[] = await this.query(
      `SELECT o.id, o.reference, o.name, o.status, o.tier, o.score_total, o.crime_types, o.areas, u.name AS lro_name,
              o.next_review_on::text AS next_review_on
         FROM ocg o LEFT JOIN app_user u ON u.id = o.lro_user_id
        WHERE ${where.sql}
        ORDER BY ${OCG_SORTS[args.sort]}
        LIMIT ${EXPORT_MAX_ROWS + 1}`,
      where.params,
    );
    refuseOverMaximum(rows.length, 'groups');
    const table: Table = {
      header: ['Reference', 'Name', 'Status', 'Tier', 'Score', 'Crime types', 'Areas', 'Lead responsible officer', 'Next review'],
      rows: rows.map((o) => [
        o.reference,
        o.name,
        OCG_STATUS_LABELS[o.status],
        o.tier,
        o.score_total,
        o.crime_types.map((c) => CRIME_TYPE_LABELS[c] ?? c).join('; '),
        o.areas.join('; '),
        o.lro_name,
        day(o.next_review_on),
      ]),
    };
    const file = await writeExportFile(ctx, 'ocgs', 'OCGs', args.format, table, false);
    await this.audit.disclosed(ctx, {
      panelId: args.panelId,
      subjects: { Ocg: rows.map((o) => o.id) },
      toAgencyId: viewer.agencyId,
      purpose: `Exported in ${file.filename}`,
    });
    return file;
  }

  /**
   * Names, aliases and dates of birth only for viewers who may receive personal data in the panel; the
   * file then discloses every nominal in it to the viewer's agency, and each is logged as a DISCLOSE (s.62).
   */
  async exportNominals(ctx: RequestContext, args: ExportNominalsArgs): Promise<ExportFileObject> {
    ctx.channel = 'EXPORT';
    const viewer = this.access.requirePanel(ctx, args.panelId, PERMISSIONS.RECORD_EXPORT);
    const canName = this.access.holdsInPanel(viewer, args.panelId, PERMISSIONS.PERSONAL_DATA_READ);
    const where = nominalListCondition(this.access, ctx, args.panelId, args.filter);
    const rows: NominalRow[] = await this.query(
      `SELECT n.id, n.reference, n.surname, n.forenames, n.aliases, n.date_of_birth::text AS date_of_birth,
              n.next_review_on::text AS next_review_on,
              coalesce(json_agg(json_build_object('reference', o.reference, 'role', l.role) ORDER BY o.reference)
                       FILTER (WHERE o.id IS NOT NULL), '[]') AS ocgs
         FROM nominal n
         LEFT JOIN ocg_nominal l ON l.nominal_id = n.id
         LEFT JOIN ocg o ON o.id = l.ocg_id
        WHERE ${where.sql}
        GROUP BY n.id
        ORDER BY ${NOMINAL_ORDER}
        LIMIT ${EXPORT_MAX_ROWS + 1}`,
      where.params,
    );
    refuseOverMaximum(rows.length, 'nominals');
    const personal = (value: string | null) => (canName ? value : WITHHELD);
    const table: Table = {
      header: ['Reference', 'Surname', 'Forenames', 'Aliases', 'Date of birth', 'OCGs and roles', 'Next review'],
      rows: rows.map((n) => [
        n.reference,
        personal(n.surname),
        personal(n.forenames),
        personal(n.aliases.join('; ')),
        canName ? day(n.date_of_birth) : WITHHELD,
        n.ocgs.map((o) => `${o.reference} (${NOMINAL_ROLE_LABELS[o.role] ?? o.role})`).join('; '),
        day(n.next_review_on),
      ]),
    };
    const file = await writeExportFile(ctx, 'nominals', 'Nominals', args.format, table, !canName);
    if (canName) {
      await this.audit.disclosed(ctx, {
        panelId: args.panelId,
        subjects: { Nominal: rows.map((n) => n.id) },
        toAgencyId: viewer.agencyId,
        purpose: `Exported in ${file.filename}`,
      });
    }
    return file;
  }

  /** A statement written with the lists' named parameters. */
  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [text, values] = this.reads.source().driver.escapeQueryWithParameters(sql, params);
    return this.reads.source().query(text, values);
  }
}
