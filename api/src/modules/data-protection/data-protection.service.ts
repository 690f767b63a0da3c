import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { foldName, PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { verifyAuditChains, type ChainedLog } from '../../core/audit/audit-chain.js';
import { noteConsultation } from '../../core/audit/consultation.js';
import { escapeLike } from '../../core/database/escape-like.js';
import { AppError } from '../../core/errors/app-error.js';
import { fullName } from './subject-access.content.js';
import { AUDIT_WHERE, CONSULTATION_WHERE } from './data-protection.sql.js';
import type {
  AuditChainStatusObject,
  AuditTrailArgs,
  AuditTrailPageObject,
  ConsultationLogArgs,
  ConsultationLogEntryObject,
  ConsultationLogPageObject,
  DataProtectionNominalPageObject,
  DataProtectionNominalsArgs,
  PanelLogArgs,
} from './data-protection.objects.js';

interface Counted {
  total: number;
}

const LOG_LABELS: Record<ChainedLog, string> = { audit: 'audit trail', consultation: 'consultation log' };

/**
 * The data protection officer's reading of a panel's audit trail and s.62 log, the chains' verification and the
 * finding of a nominal for subject access. Every read names the panel, checked here; the rows of other panels are
 * outside the SQL and outside the database's row-level security both.
 */
@Injectable()
export class DataProtectionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async consultationLog(ctx: RequestContext, args: ConsultationLogArgs): Promise<ConsultationLogPageObject> {
    this.requireReader(ctx, args);
    // One statement: the total and the page (the panel index, or the subjects' GIN index for a nominal).
    // The kinds of record each row names are counted in SQL: a row can name thousands, and only the summary leaves.
    const rows: (Counted & Omit<ConsultationLogEntryObject, 'id'> & { id: string | null })[] = await this.dataSource.query(
      `WITH total AS (SELECT count(*)::int AS total FROM consultation c WHERE ${CONSULTATION_WHERE})
         SELECT t.total, p.* FROM total t LEFT JOIN LATERAL (
           SELECT c.id::text AS id, c.at, c.action, c.channel, c.actor_user_id AS "actorUserId", c.actor_agency_id AS "actorAgencyId",
                  c.disclosed_to_agency_id AS "disclosedToAgencyId", c.purpose, cardinality(c.subjects) AS "subjectCount",
                  (SELECT string_agg(k.kind || ' × ' || k.n, ', ' ORDER BY k.kind)
                     FROM (SELECT split_part(s, ':', 1) AS kind, count(*) AS n FROM unnest(c.subjects) s GROUP BY 1) k) AS "subjectSummary"
             FROM consultation c WHERE ${CONSULTATION_WHERE}
            ORDER BY c.at DESC, c.id DESC LIMIT $9 OFFSET $10) p ON true`,
      [...this.common(args), args.channel ?? null, args.action ?? null, args.from ?? null, args.to ?? null, args.limit, args.offset],
    );
    const nodes = rows
      .filter((r) => r.id !== null)
      .map(({ total: _t, ...r }) => ({ ...r, id: r.id as string, subjectSummary: r.subjectSummary ?? '' }));
    return { nodes, totalCount: rows[0]?.total ?? 0 };
  }

  async auditTrail(ctx: RequestContext, args: AuditTrailArgs): Promise<AuditTrailPageObject> {
    this.requireReader(ctx, args);
    const rows: (Counted & { id: string | null; changedFields: string[] | null } & Record<string, unknown>)[] = await this.dataSource.query(
      `WITH total AS (SELECT count(*)::int AS total FROM audit_event e WHERE ${AUDIT_WHERE})
       SELECT t.total, p.* FROM total t LEFT JOIN LATERAL (
         SELECT e.id::text AS id, e.at, e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
                e.actor_user_id AS "actorUserId", e.actor_agency_id AS "actorAgencyId",
                ARRAY(SELECT jsonb_object_keys(coalesce(e.changes, '{}'::jsonb)) ORDER BY 1) AS "changedFields"
           FROM audit_event e WHERE ${AUDIT_WHERE}
          ORDER BY e.at DESC, e.id DESC LIMIT $8 OFFSET $9) p ON true`,
      [...this.common(args), args.action ?? null, args.from ?? null, args.to ?? null, args.limit, args.offset],
    );
    const nodes = rows
      .filter((r) => r.id !== null)
      .map(({ total: _t, ...r }) => ({ ...r, changedFields: r.changedFields ?? [] }) as AuditTrailPageObject['nodes'][number]);
    return { nodes, totalCount: rows[0]?.total ?? 0 };
  }

  /** Both chains of the panel, walked now as the app role (the panel's rows only). */
  async chainStatus(ctx: RequestContext, panelId: string): Promise<AuditChainStatusObject[]> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.DATA_PROTECTION_READ);
    const report = await verifyAuditChains(this.dataSource, { panelId, asApp: true });
    const checkedAt = new Date();
    return (['audit', 'consultation'] as const).map((log) => {
      const broken = report.breaks.find((b) => b.log === log);
      const head = report.heads.find((h) => h.log === log);
      return { log: LOG_LABELS[log], verified: !broken, rows: head?.seq ?? 0, problem: broken?.message ?? null, checkedAt };
    });
  }

  /** The panel's nominals a name, alias or reference finds, with their names (noted in the s.62 log as consulted). */
  async nominals(ctx: RequestContext, args: DataProtectionNominalsArgs): Promise<DataProtectionNominalPageObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.DATA_PROTECTION_READ);
    const name = foldName(args.search);
    const reference = args.search.trim().toUpperCase();
    if (!name && !reference) throw AppError.badInput('search', 'Enter a name or a reference');
    const rows: (Counted & {
      id: string | null;
      panel_id: string;
      reference: string;
      surname: string;
      forenames: string;
      date_of_birth: string | null;
    })[] = await this.dataSource.query(
      `WITH found AS (
           SELECT n.id, n.panel_id, n.reference, n.surname, n.forenames, to_char(n.date_of_birth, 'YYYY-MM-DD') AS date_of_birth
             FROM nominal n
            WHERE n.panel_id = $1 AND (upper(n.reference) = $2 OR ($3 <> '' AND n.name_search LIKE '%' || $3 || '%')))
         SELECT (SELECT count(*)::int FROM found) AS total, f.*
           FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT * FROM found ORDER BY surname, forenames, reference LIMIT $4 OFFSET $5) f ON true`,
      [args.panelId, reference, escapeLike(name), args.limit, args.offset],
    );
    const nodes = rows
      .filter((r) => r.id !== null)
      .map((r) => {
        noteConsultation(ctx, r.panel_id, 'Nominal', r.id as string);
        return { id: r.id as string, reference: r.reference, displayName: fullName(r), dateOfBirth: r.date_of_birth };
      });
    return { nodes, totalCount: rows[0]?.total ?? 0 };
  }

  private requireReader(ctx: RequestContext, args: PanelLogArgs): void {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.DATA_PROTECTION_READ);
    if (args.from && args.to && args.to < args.from) throw AppError.badInput('to', 'The last day must be on or after the first day');
  }

  private common(args: PanelLogArgs): unknown[] {
    return [args.panelId, args.nominalId ?? null, args.userId ?? null, args.agencyId ?? null];
  }
}
