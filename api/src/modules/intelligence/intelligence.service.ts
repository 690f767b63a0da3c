import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AGENCY_RIGHTS, londonToday, mayActForAgency, PERMISSIONS, type Permission, type RecordKind } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext, Viewer } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { IntelligenceArgs, RecordIntelligenceInput } from './intelligence.inputs.js';
import type { IntelligenceEntryObject, IntelligencePageObject } from './intelligence.object.js';
import { handlingCondition, INTELLIGENCE_COLUMNS, toIntelligenceObject, type HandlingViewer, type IntelligenceRow } from './intelligence.rows.js';

/** The table of each kind of subject; names come from here only, never from a request. */
const SUBJECT_TABLES: Record<RecordKind, string> = { OCG: 'ocg', NOMINAL: 'nominal', VEHICLE: 'vehicle', PLACE: 'place' };

export function handlingViewer(viewer: Viewer): HandlingViewer {
  return { agencyId: viewer.agencyId };
}

/**
 * The intelligence log. Entries are append-only: a correction is a new entry, so what was shared stays on
 * record. Reading is ISA-gated for partners (by the policy); handling code C narrows it further per entry.
 */
@Injectable()
export class IntelligenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, args: IntelligenceArgs): Promise<IntelligencePageObject> {
    const viewer = this.access.requirePanel(ctx, args.panelId, PERMISSIONS.INTELLIGENCE_READ);
    const where = `i.panel_id = $1 AND i.subject_kind = $2 AND i.subject_id = $3 AND ${handlingCondition(handlingViewer(viewer), '$4')}`;
    const params = [args.panelId, args.subjectKind, args.subjectId, viewer.agencyId];
    const rows: (IntelligenceRow & { total: number })[] = await this.dataSource.query(
      `SELECT ${INTELLIGENCE_COLUMNS}, count(*) OVER ()::int AS total FROM intelligence i
        WHERE ${where} ORDER BY i.recorded_on DESC, i.created_at DESC, i.id LIMIT $5 OFFSET $6`,
      [...params, args.limit, args.offset],
    );
    let totalCount = rows[0]?.total ?? 0;
    if (!rows.length && args.offset > 0) {
      totalCount = (await this.dataSource.query(`SELECT count(*)::int AS n FROM intelligence i WHERE ${where}`, params))[0].n;
    }
    return { nodes: rows.map(toIntelligenceObject), totalCount };
  }

  /** One entry; an entry the caller may not see (another panel, or handling C not shared with them) is NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<IntelligenceEntryObject> {
    const viewer = this.access.requireViewer(ctx);
    const scope = this.access.scope(ctx, PERMISSIONS.INTELLIGENCE_READ);
    const rows: IntelligenceRow[] = await this.dataSource.query(
      `SELECT ${INTELLIGENCE_COLUMNS} FROM intelligence i
        WHERE i.id = $1 AND ${scope.all ? 'TRUE' : 'i.panel_id = ANY($3)'} AND ${handlingCondition(handlingViewer(viewer), '$2')}`,
      scope.all ? [id, viewer.agencyId] : [id, viewer.agencyId, scope.panelIds],
    );
    if (!rows[0]) throw AppError.notFound('Intelligence entry');
    return toIntelligenceObject(rows[0]);
  }

  async record(ctx: RequestContext, input: RecordIntelligenceInput): Promise<IntelligenceEntryObject> {
    const viewer = this.access.requirePanel(ctx, input.panelId, PERMISSIONS.INTELLIGENCE_WRITE);
    const v = this.validated(viewer, input);
    return this.dataSource.transaction(async (m) => {
      const agencyIds = [v.submittingAgencyId, ...v.recipientAgencyIds];
      const [found]: { subject: boolean; agencies: number }[] = await m.query(
        `SELECT EXISTS (SELECT 1 FROM ${SUBJECT_TABLES[input.subjectKind]} WHERE id = $1 AND panel_id = $2) AS subject,
                (SELECT count(*)::int FROM agency WHERE panel_id = $2 AND id = ANY($3::uuid[])) AS agencies`,
        [input.subjectId, input.panelId, [...new Set(agencyIds)]],
      );
      if (!found.subject) throw AppError.badInput('subjectId', 'The record this intelligence is about was not found on this panel');
      if (found.agencies !== new Set(agencyIds).size) {
        const field = v.recipientAgencyIds.length ? 'recipientAgencyIds' : 'submittingAgencyId';
        throw AppError.badInput(field, 'Select agencies on this panel');
      }
      const [row]: IntelligenceRow[] = await m.query(
        `INSERT INTO intelligence AS i (panel_id, subject_kind, subject_id, recorded_on, submitting_agency_id, text, source_grade,
                intelligence_grade, handling, handling_conditions, gsc_marking, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${INTELLIGENCE_COLUMNS}`,
        [
          input.panelId,
          input.subjectKind,
          input.subjectId,
          input.recordedOn,
          v.submittingAgencyId,
          v.text,
          input.sourceGrade,
          input.intelligenceGrade,
          input.handling,
          v.handlingConditions,
          input.gscMarking ?? 'OFFICIAL_SENSITIVE',
          viewer.userId,
        ],
      );
      if (v.recipientAgencyIds.length) {
        await m.query(`INSERT INTO intelligence_recipient (intelligence_id, agency_id) SELECT $1, unnest($2::uuid[])`, [
          row.id,
          v.recipientAgencyIds,
        ]);
      }
      // The text and conditions stay out of the audit trail: its readers are not all cleared for C-coded content.
      await this.audit.recordChange(m, ctx, {
        panelId: input.panelId,
        entityType: 'Intelligence',
        entityId: row.id,
        action: 'CREATE',
        after: {
          subjectKind: input.subjectKind,
          subjectId: input.subjectId,
          recordedOn: input.recordedOn,
          submittingAgencyId: v.submittingAgencyId,
          grading: toIntelligenceObject(row).grading,
          recipientAgencyIds: v.recipientAgencyIds,
          gscMarking: row.gsc_marking,
        },
      });
      return toIntelligenceObject(row);
    });
  }

  private validated(viewer: Viewer, input: RecordIntelligenceInput) {
    const text = input.text?.trim() ?? '';
    if (!text) throw AppError.badInput('text', 'Enter the intelligence');
    if (input.recordedOn > londonToday()) throw AppError.badInput('recordedOn', 'The date cannot be in the future');
    const submittingAgencyId = input.submittingAgencyId ?? viewer.agencyId;
    if (!submittingAgencyId) throw AppError.badInput('submittingAgencyId', 'Select the submitting agency');
    const holds = (p: Permission) => this.access.holdsInPanel(viewer, input.panelId, p);
    if (!mayActForAgency(holds, viewer.agencyId, submittingAgencyId, AGENCY_RIGHTS.actForAgency)) {
      throw AppError.badInput('submittingAgencyId', 'You can submit intelligence only for your own agency');
    }
    const handlingConditions = input.handlingConditions?.trim() || null;
    const recipientAgencyIds = [...new Set(input.recipientAgencyIds ?? [])].sort();
    if (input.handling === 'C') {
      if (!handlingConditions)
        throw AppError.badInput('handlingConditions', 'State the conditions on which handling code C intelligence may be shared');
      if (!recipientAgencyIds.length)
        throw AppError.badInput('recipientAgencyIds', 'Name at least one agency that handling code C intelligence may be shared with');
    } else if (handlingConditions || recipientAgencyIds.length) {
      const field = handlingConditions ? 'handlingConditions' : 'recipientAgencyIds';
      throw AppError.badInput(field, 'Conditions and named recipients apply only to handling code C');
    }
    return { text, submittingAgencyId, handlingConditions, recipientAgencyIds };
  }
}
