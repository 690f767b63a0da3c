import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CRIME_TYPE_LABELS,
  foldName,
  londonToday,
  NOMINAL_ROLE_LABELS,
  OCG_STATUS_LABELS,
  PERMISSIONS,
  type CrimeType,
  type NominalRole,
  type OcgStatus,
} from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { ExportNominalsArgs, ExportOcgsArgs } from './export.args.js';
import type { ExportFileObject } from './export-file.object.js';
import type { ExportFormat } from './records-io.enums.js';
import { toCsv, toXlsx, type Table } from './spreadsheet.js';

export const EXPORT_MAX_ROWS = 10_000;
const WITHHELD = 'Withheld';
const CONTENT_TYPES: Record<ExportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface OcgRow {
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

@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async exportOcgs(ctx: RequestContext, args: ExportOcgsArgs): Promise<ExportFileObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.RECORD_EXPORT);
    const f = args.filter ?? {};
    const search = f.search?.trim() ? `%${escapeLike(f.search.trim().toLowerCase())}%` : null;
    const rows: OcgRow[] = await this.dataSource.query(
      `SELECT o.reference, o.name, o.status, o.tier, o.score_total, o.crime_types, o.areas, u.name AS lro_name,
              o.next_review_on::text AS next_review_on
         FROM ocg o LEFT JOIN app_user u ON u.id = o.lro_user_id
        WHERE o.panel_id = $1
          AND ($2::text IS NULL OR o.status = $2)
          AND ($3::text IS NULL OR $3 = ANY(o.crime_types))
          AND ($4::text IS NULL OR lower(o.name) LIKE $4 OR lower(o.reference) LIKE $4)
        ORDER BY o.score_total DESC NULLS LAST, o.reference
        LIMIT ${EXPORT_MAX_ROWS + 1}`,
      [args.panelId, f.status ?? null, f.crimeType ?? null, search],
    );
    tooMany(rows.length);
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
        o.next_review_on,
      ]),
    };
    return this.file('ocgs', args.format, table, false);
  }

  /**
   * Names, aliases and dates of birth only for viewers who may receive personal data in the panel; the
   * file then discloses every nominal in it to the viewer's agency, and each is logged as a DISCLOSE (s.62).
   */
  async exportNominals(ctx: RequestContext, args: ExportNominalsArgs): Promise<ExportFileObject> {
    const viewer = this.access.requirePanel(ctx, args.panelId, PERMISSIONS.RECORD_EXPORT);
    const canName = this.access.holdsInPanel(viewer, args.panelId, PERMISSIONS.PERSONAL_DATA_READ);
    const f = args.filter ?? {};
    const text = f.search?.trim() ?? '';
    const rows: NominalRow[] = await this.dataSource.query(
      `SELECT n.id, n.reference, n.surname, n.forenames, n.aliases, n.date_of_birth::text AS date_of_birth,
              n.next_review_on::text AS next_review_on,
              coalesce(json_agg(json_build_object('reference', o.reference, 'role', l.role) ORDER BY o.reference)
                       FILTER (WHERE o.id IS NOT NULL), '[]') AS ocgs
         FROM nominal n
         LEFT JOIN ocg_nominal l ON l.nominal_id = n.id
         LEFT JOIN ocg o ON o.id = l.ocg_id
        WHERE n.panel_id = $1
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM ocg_nominal x WHERE x.nominal_id = n.id AND x.ocg_id = $2))
          AND ($3::text = '' OR upper(n.reference) LIKE $4 OR ($5 AND $6 <> '' AND n.name_search LIKE '%' || $6 || '%'))
        GROUP BY n.id
        ORDER BY n.reference
        LIMIT ${EXPORT_MAX_ROWS + 1}`,
      [args.panelId, f.ocgId ?? null, text, `%${escapeLike(text.toUpperCase())}%`, canName, foldName(text)],
    );
    tooMany(rows.length);
    const personal = (value: string | null) => (canName ? value : WITHHELD);
    const table: Table = {
      header: ['Reference', 'Surname', 'Forenames', 'Aliases', 'Date of birth', 'OCGs and roles', 'Next review'],
      rows: rows.map((n) => [
        n.reference,
        personal(n.surname),
        personal(n.forenames),
        personal(n.aliases.join('; ')),
        personal(n.date_of_birth),
        n.ocgs.map((o) => `${o.reference} (${NOMINAL_ROLE_LABELS[o.role] ?? o.role})`).join('; '),
        n.next_review_on,
      ]),
    };
    const file = await this.file('nominals', args.format, table, !canName);
    if (canName) {
      await this.audit.disclosed(ctx, {
        panelId: args.panelId,
        entityType: 'Nominal',
        entityIds: rows.map((n) => n.id),
        toAgencyId: viewer.agencyId,
        reason: `Exported in ${file.filename}`,
      });
    }
    return file;
  }

  private async file(what: string, format: ExportFormat, table: Table, withheld: boolean): Promise<ExportFileObject> {
    const filename = `${what}-${londonToday()}.${format.toLowerCase()}`;
    const bytes = format === 'CSV' ? toCsv(table) : await toXlsx(table, what === 'ocgs' ? 'OCGs' : 'Nominals');
    return { filename, contentType: CONTENT_TYPES[format], base64: bytes.toString('base64'), rowCount: table.rows.length, personalDataWithheld: withheld };
  }
}

function tooMany(n: number): void {
  if (n > EXPORT_MAX_ROWS) {
    throw AppError.badInput('filter', `More than ${EXPORT_MAX_ROWS.toLocaleString('en-GB')} records match: narrow the filter`);
  }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
