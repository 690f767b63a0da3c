import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CROSS_PANEL_MATCH_UNDECIDED, PERMISSIONS, type CrossPanelMatchStatus } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { noteConsultation } from '../../core/audit/consultation.js';
import { runInPanels } from '../../core/database/panel-scope.js';
import { leanRead } from '../../core/database/prepared-query.js';
import { AppError } from '../../core/errors/app-error.js';
import { fullName } from '../nominals/nominal-presenter.js';
import type { CrossPanelMatchesArgs, ResolveCrossPanelMatchInput } from './cross-panel-match.inputs.js';
import type { CrossPanelMatchDetailsObject, CrossPanelMatchObject, CrossPanelMatchPageObject } from './cross-panel-match.objects.js';
import {
  CONTACTS_SQL,
  ENTITY_TYPE,
  LOCK_SIDE_SQL,
  MATCH_BY_ID_SQL,
  MATCH_COUNT_SQL,
  MATCH_PAGE_SQL,
  SHARED_RECORD_SQL,
  type ContactRow,
  type MatchRow,
  type SharedRecordRow,
} from './cross-panel-match.sql.js';

/** A side may still be declined once it has agreed, until the other side agrees too. */
const DECLINABLE: readonly CrossPanelMatchStatus[] = [...CROSS_PANEL_MATCH_UNDECIDED, 'AWAITING_OTHER'];

/**
 * Hits with other panels (hit/no-hit). The database finds them (migration CreateCrossPanelMatches); this service
 * shows a panel its side of each: its own record, and the other panel's name and chairs, read in a scope of the
 * other panels alone and nothing else of them. The other record's details are read only once both sides agreed,
 * one record in a scope of its panel alone, and each reading is logged as a disclosure in that panel's log.
 */
@Injectable()
export class CrossPanelMatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** A panel's hits, those waiting for it first: three statements, whatever the number of rows. */
  async list(ctx: RequestContext, args: CrossPanelMatchesArgs): Promise<CrossPanelMatchPageObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.CROSS_PANEL_MATCH_READ);
    const [count] = await leanRead<{ total: number; awaiting: number }>(this.dataSource, MATCH_COUNT_SQL, { panelId: args.panelId });
    const rows = await leanRead<MatchRow>(this.dataSource, MATCH_PAGE_SQL, { panelId: args.panelId, limit: args.limit, offset: args.offset });
    return { nodes: await this.present(ctx, rows), totalCount: count.total, awaitingDecision: count.awaiting };
  }

  async one(ctx: RequestContext, id: string): Promise<CrossPanelMatchObject> {
    const [row] = await this.find(ctx, id);
    if (!row) throw AppError.notFound('Match');
    return (await this.present(ctx, [row]))[0];
  }

  agree(ctx: RequestContext, input: ResolveCrossPanelMatchInput): Promise<CrossPanelMatchObject> {
    return this.decide(ctx, input, 'agreed');
  }

  decline(ctx: RequestContext, input: ResolveCrossPanelMatchInput): Promise<CrossPanelMatchObject> {
    return this.decide(ctx, input, 'declined');
  }

  /**
   * The other panel's record, once both sides agreed: read in a scope of that panel alone, that one record only,
   * and logged as a disclosure to the caller's agency in the other panel's log.
   */
  async details(ctx: RequestContext, id: string): Promise<CrossPanelMatchDetailsObject> {
    const viewer = this.access.requireViewer(ctx);
    const [side] = await this.find(ctx, id);
    if (!side) throw AppError.notFound('Match');
    if (side.status !== 'SHARED') throw AppError.forbidden('Details are shared only once both panels have agreed to share them');
    const other = { id: side.other_record_id, panelId: side.other_panel_id };
    const [[record], [contact]] = await runInPanels([other.panelId], () =>
      Promise.all([
        leanRead<SharedRecordRow>(this.dataSource, SHARED_RECORD_SQL[side.kind], other),
        leanRead<ContactRow>(this.dataSource, CONTACTS_SQL, { panelIds: [other.panelId] }),
      ]),
    );
    if (!record || !contact) throw AppError.notFound('Match');
    // Logged before the details leave: if the log cannot be written, nothing is shown.
    await this.audit.disclosed(ctx, {
      panelId: other.panelId,
      subjects: { [ENTITY_TYPE[side.kind]]: [other.id] },
      toAgencyId: viewer.agencyId,
      purpose: `Cross-panel match agreed by both panels (match ${side.id})`,
    });
    return {
      matchId: side.id,
      kind: side.kind,
      otherPanelName: contact.name,
      reference: record.reference,
      nominal:
        side.kind === 'NOMINAL'
          ? { surname: record.surname!, forenames: record.forenames ?? '', aliases: record.aliases ?? [], dateOfBirth: record.date_of_birth }
          : null,
      vehicle: side.kind === 'VEHICLE' ? { registration: record.registration!, make: record.make, model: record.model, colour: record.colour } : null,
      group: side.kind === 'OCG' ? { name: record.name!, status: record.status!, tier: record.tier, scoreTotal: record.score_total } : null,
    };
  }

  /** This side's row, in the panels where the caller reads hits. */
  private find(ctx: RequestContext, id: string): Promise<MatchRow[]> {
    const scope = this.access.scope(ctx, PERMISSIONS.CROSS_PANEL_MATCH_READ);
    const panelIds = scope.all ? [] : scope.panelIds;
    if (!panelIds.length) return Promise.resolve([]);
    return leanRead<MatchRow>(this.dataSource, MATCH_BY_ID_SQL, { id, panelIds });
  }

  /** Agreement or refusal of this side, with its audit row, in one transaction; the database tells the other side. */
  private async decide(ctx: RequestContext, input: ResolveCrossPanelMatchInput, decision: 'agreed' | 'declined'): Promise<CrossPanelMatchObject> {
    const viewer = this.access.requireViewer(ctx);
    const scope = this.access.scope(ctx, PERMISSIONS.CROSS_PANEL_MATCH_READ);
    const panelIds = scope.all ? [] : scope.panelIds;
    await this.dataSource.transaction(async (m) => {
      const [side]: { id: string; panel_id: string; status: CrossPanelMatchStatus; version: number }[] = await m.query(LOCK_SIDE_SQL, [
        input.id,
        panelIds,
      ]);
      if (!side) throw AppError.notFound('Match');
      this.access.requireInPanel(ctx, side.panel_id, PERMISSIONS.CROSS_PANEL_MATCH_RESOLVE);
      if (side.version !== input.version) throw AppError.conflict('This match', [], 'CrossPanelMatch');
      const allowed = decision === 'agreed' ? CROSS_PANEL_MATCH_UNDECIDED : DECLINABLE;
      if (!allowed.includes(side.status)) {
        throw new AppError('CONFLICT', decision === 'agreed' ? 'This match can no longer be agreed to' : 'This match can no longer be declined');
      }
      await m.query(
        `UPDATE cross_panel_match SET ${decision}_by = $2, ${decision}_at = now(), updated_at = now(), version = version + 1 WHERE id = $1`,
        [side.id, viewer.userId],
      );
      await this.audit.recordChange(m, ctx, {
        panelId: side.panel_id,
        entityType: 'CrossPanelMatch',
        entityId: side.id,
        action: 'UPDATE',
        before: { status: side.status, version: side.version },
        after: { status: decision === 'agreed' ? 'AGREED' : 'DECLINED', version: side.version + 1 },
      });
    });
    return this.one(ctx, input.id);
  }

  /** Rows as the API shows them, with the other panels' names and chairs: one statement for any number of rows. */
  private async present(ctx: RequestContext, rows: MatchRow[]): Promise<CrossPanelMatchObject[]> {
    const others = [...new Set(rows.map((r) => r.other_panel_id))];
    const contacts = others.length ? await runInPanels(others, () => leanRead<ContactRow>(this.dataSource, CONTACTS_SQL, { panelIds: others })) : [];
    const byPanel = new Map(contacts.map((c) => [c.id, c]));
    const viewer = this.access.requireViewer(ctx);
    return rows.map((r) => {
      const contact = byPanel.get(r.other_panel_id);
      const personal = r.kind === 'NOMINAL' && this.access.holdsInPanel(viewer, r.panel_id, PERMISSIONS.PERSONAL_DATA_READ);
      if (personal && r.surname !== null) noteConsultation(ctx, r.panel_id, 'Nominal', r.record_id);
      return {
        id: r.id,
        panelId: r.panel_id,
        kind: r.kind,
        status: r.status,
        recordId: r.record_id,
        recordReference: r.reference ?? 'Removed',
        recordName: recordName(r, personal),
        otherPanelName: contact?.name ?? 'Another panel',
        otherPanelForce: contact?.force_name ?? '',
        otherContacts: contact?.chairs ?? [],
        foundAt: r.found_at,
        closedAt: r.closed_at,
        agreedAt: r.agreed_at,
        agreedByName: r.agreed_by_name,
        declinedAt: r.declined_at,
        declinedByName: r.declined_by_name,
        otherAgreed: r.other_agreed_at !== null,
        otherDeclined: r.other_declined_at !== null,
        version: r.version,
      };
    });
  }
}

function recordName(r: MatchRow, personal: boolean): string {
  if (r.reference === null) return 'This record has been removed';
  if (r.kind === 'NOMINAL')
    return personal && r.surname !== null ? fullName({ surname: r.surname, forenames: r.forenames ?? '' }) : `${r.reference} (details withheld)`;
  if (r.kind === 'OCG') return r.group_name ?? r.reference;
  return r.reference;
}
