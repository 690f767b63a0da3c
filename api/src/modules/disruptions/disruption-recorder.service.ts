import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AGENCY_RIGHTS, londonToday, mayActForAgency, PERMISSIONS, type Permission } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext, Viewer } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import {
  DISRUPTION_LIMITS,
  OUTCOME_COUNTS,
  type DisruptionOutcomesInput,
  type RecordDisruptionInput,
  type UpdateDisruptionInput,
} from './disruption.inputs.js';
import type { DisruptionObject } from './disruption.object.js';
import { COUNT_COLUMNS, toDisruptionObject, type DisruptionRow } from './disruption.rows.js';
import { DisruptionsService } from './disruptions.service.js';

/**
 * Writing the ledger. `recordInTransaction` is the entry point for other modules (completing a task records
 * its disruption in the same step), so it checks access and the rules itself rather than trusting the caller.
 */
@Injectable()
export class DisruptionRecorder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly reader: DisruptionsService,
  ) {}

  record(ctx: RequestContext, input: RecordDisruptionInput): Promise<DisruptionObject> {
    return this.dataSource.transaction((m) => this.recordInTransaction(m, ctx, input));
  }

  async recordInTransaction(m: EntityManager, ctx: RequestContext, input: RecordDisruptionInput): Promise<DisruptionObject> {
    const scope = this.access.scope(ctx, PERMISSIONS.OCG_READ);
    const [ocg]: { panel_id: string }[] = await m.query(
      `SELECT panel_id FROM ocg WHERE id = $1 AND ${scope.all ? 'TRUE' : 'panel_id = ANY($2)'}`,
      scope.all ? [input.ocgId] : [input.ocgId, scope.panelIds],
    );
    if (!ocg) throw AppError.notFound('Group');
    const viewer = this.access.requireInPanel(ctx, ocg.panel_id, PERMISSIONS.DISRUPTION_WRITE);
    const v = await this.validated(m, viewer, ocg.panel_id, input);
    const columns = ['panel_id', 'ocg_id', 'created_by', ...Object.keys(v.columns)];
    const values = [ocg.panel_id, input.ocgId, viewer.userId, ...Object.values(v.columns)];
    const [created]: { id: string }[] = await m.query(
      `INSERT INTO disruption (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      values,
    );
    await this.linkNominals(m, created.id, v.nominalIds);
    const row = await this.reader.findVisible(m, ctx, created.id);
    await this.audit.recordChange(m, ctx, {
      panelId: ocg.panel_id,
      entityType: 'Disruption',
      entityId: created.id,
      action: 'CREATE',
      after: auditable(row, v.nominalIds),
    });
    return toDisruptionObject(row);
  }

  async update(ctx: RequestContext, input: UpdateDisruptionInput): Promise<DisruptionObject> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.reader.findVisible(m, ctx, input.id, true);
      const viewer = this.access.requireInPanel(ctx, current.panel_id, PERMISSIONS.DISRUPTION_WRITE);
      // Partners correct their own agency's entries; record keepers correct any.
      const holds = (p: Permission) => this.access.holdsInPanel(viewer, current.panel_id, p);
      if (!mayActForAgency(holds, viewer.agencyId, current.agency_id, AGENCY_RIGHTS.changeDisruption)) throw AppError.forbidden();
      if (current.version !== input.version) {
        throw AppError.conflict('This disruption', await this.audit.changedSince(m, 'Disruption', current.id, input.version), 'Disruption');
      }
      const beforeNominals = await this.nominalIds(m, current.id);
      const v = await this.validated(m, viewer, current.panel_id, input);
      const sets = Object.keys(v.columns).map((c, i) => `${c} = $${i + 2}`);
      await m.query(`UPDATE disruption SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`, [
        current.id,
        ...Object.values(v.columns),
      ]);
      await m.query(`DELETE FROM disruption_nominal WHERE disruption_id = $1`, [current.id]);
      await this.linkNominals(m, current.id, v.nominalIds);
      const after = await this.reader.findVisible(m, ctx, current.id);
      await this.audit.recordChange(m, ctx, {
        panelId: current.panel_id,
        entityType: 'Disruption',
        entityId: current.id,
        action: 'UPDATE',
        before: auditable(current, beforeNominals),
        after: auditable(after, v.nominalIds),
      });
      return toDisruptionObject(after);
    });
  }

  private async validated(m: EntityManager, viewer: Viewer, panelId: string, input: RecordDisruptionInput | UpdateDisruptionInput) {
    const rationale = input.rationale?.trim() ?? '';
    if (!rationale) {
      throw AppError.badInput(
        'rationale',
        'Explain why you assessed the impact at this level. There are no national definitions of the levels, so the rationale is what makes the assessment usable.',
      );
    }
    if (rationale.length > DISRUPTION_LIMITS.rationale)
      throw AppError.badInput('rationale', `The rationale must be ${DISRUPTION_LIMITS.rationale} characters or fewer`);
    const description = input.description?.trim() ?? '';
    if (!description) throw AppError.badInput('description', 'Describe the tactic used');
    if (input.occurredOn > londonToday()) throw AppError.badInput('occurredOn', 'The date of the disruption cannot be in the future');

    const agencyId = input.agencyId ?? viewer.agencyId;
    if (!agencyId) throw AppError.badInput('agencyId', 'Select the agency that carried out the disruption');
    if (!mayActForAgency((p) => this.access.holdsInPanel(viewer, panelId, p), viewer.agencyId, agencyId, AGENCY_RIGHTS.actForAgency)) {
      throw AppError.badInput('agencyId', 'You can record disruptions only for your own agency');
    }
    const nominalIds = [...new Set(input.nominalIds ?? [])].sort();
    if (nominalIds.length > DISRUPTION_LIMITS.nominals) throw AppError.badInput('nominalIds', `Name at most ${DISRUPTION_LIMITS.nominals} nominals`);
    const [found]: { agency: boolean; nominals: number }[] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM agency WHERE id = $1 AND panel_id = $2) AS agency,
              (SELECT count(*)::int FROM nominal WHERE panel_id = $2 AND id = ANY($3::uuid[])) AS nominals`,
      [agencyId, panelId, nominalIds],
    );
    if (!found.agency) throw AppError.badInput('agencyId', 'Select an agency on this panel');
    if (found.nominals !== nominalIds.length) throw AppError.badInput('nominalIds', 'Select nominals recorded on this panel');

    const o: Partial<DisruptionOutcomesInput> = input.outcomes ?? {};
    const counts: Record<string, number> = {};
    for (const k of OUTCOME_COUNTS) {
      const n = o[k] ?? 0;
      if (!Number.isInteger(n) || n < 0 || n > DISRUPTION_LIMITS.count) throw AppError.badInput(`outcomes.${k}`, 'Enter a whole number, 0 or more');
      counts[COUNT_COLUMNS[k]] = n;
    }
    const custodialYears = nonNegative(o.custodialYears, 'outcomes.custodialYears');
    const cashSeizedGbp = nonNegative(o.cashSeizedGbp, 'outcomes.cashSeizedGbp');
    const drugs = o.drugsSeized ?? [];
    if (drugs.length > DISRUPTION_LIMITS.drugs)
      throw AppError.badInput('outcomes.drugsSeized', `Record at most ${DISRUPTION_LIMITS.drugs} drug seizures`);
    const drugsSeized = drugs.map((d, i) => {
      const type = d.type?.trim() ?? '';
      if (!type) throw AppError.badInput(`outcomes.drugsSeized.${i}.type`, 'Enter the type of drug');
      return { type, kg: nonNegative(d.kg, `outcomes.drugsSeized.${i}.kg`) };
    });

    return {
      nominalIds,
      columns: {
        occurred_on: input.occurredOn,
        agency_id: agencyId,
        strand: input.strand,
        tactic_heading: input.tacticHeading,
        description,
        impact: input.impact,
        rationale,
        gsc_marking: input.gscMarking ?? 'OFFICIAL_SENSITIVE',
        custodial_years: custodialYears,
        cash_seized_gbp: cashSeizedGbp,
        drugs_seized: JSON.stringify(drugsSeized),
        ...counts,
      } as Record<string, unknown>,
    };
  }

  private async linkNominals(m: EntityManager, disruptionId: string, nominalIds: string[]): Promise<void> {
    if (!nominalIds.length) return;
    await m.query(`INSERT INTO disruption_nominal (disruption_id, nominal_id) SELECT $1, unnest($2::uuid[])`, [disruptionId, nominalIds]);
  }

  private async nominalIds(m: EntityManager, disruptionId: string): Promise<string[]> {
    const rows: { nominal_id: string }[] = await m.query(`SELECT nominal_id FROM disruption_nominal WHERE disruption_id = $1 ORDER BY nominal_id`, [
      disruptionId,
    ]);
    return rows.map((r) => r.nominal_id);
  }
}

function nonNegative(value: number | undefined | null, field: string): number {
  const n = value ?? 0;
  if (!Number.isFinite(n) || n < 0) throw AppError.badInput(field, 'Enter a number, 0 or more');
  return n;
}

function auditable(row: DisruptionRow, nominalIds: string[]): Record<string, unknown> {
  const o = toDisruptionObject(row);
  return {
    occurredOn: o.occurredOn,
    agencyId: o.agencyId,
    nominalIds,
    strand: o.strand,
    tacticHeading: o.tacticHeading,
    description: o.description,
    impact: o.impact,
    rationale: o.rationale,
    outcomes: o.outcomes,
    gscMarking: o.gscMarking,
    version: o.version,
  };
}
