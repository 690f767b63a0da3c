import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { crimeReferenceShapeMessage, formatReference, isCrimeReference, PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import { knownTermsNear } from '../../core/access/known-names.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { everyWordMatches } from '../search/text-filter.js';
import { NEEDS_CRIME_REFERENCE, type CreateReferralInput, type ReferralsArgs } from './referral.inputs.js';
import type { ReferralObject, ReferralPageObject } from './referral.object.js';
import { referralCondition } from './referral-access.js';
import { presentReferral, REFERRAL_COLUMNS, type ReferralRow } from './referral.presenter.js';

/** What `search` matches, written as IDX_referral_text_trgm is built. */
const SEARCHED = { text: `r.reference || ' ' || r.summary`, reference: { column: 'r.reference', prefix: 'R' } };

/**
 * Referrals into a panel. Assessors see all of their panel's referrals; anyone else who may refer sees only
 * their own agency's, outcome included, and another agency's referral answers exactly like a missing one.
 */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, args: ReferralsArgs): Promise<ReferralPageObject> {
    const viewer = this.access.requireViewer(ctx);
    const assessor = this.access.holdsInPanel(viewer, args.panelId, PERMISSIONS.REFERRAL_ASSESS);
    if (!assessor) this.access.requirePanel(ctx, args.panelId, PERMISSIONS.REFERRAL_CREATE);
    const params: unknown[] = [args.panelId];
    const where = ['r.panel_id = $1', referralCondition(this.access, ctx, 'r', (v) => `$${params.push(v)}`)];
    if (args.status) where.push(`r.status = $${params.push(args.status)}`);
    // Only ever narrows what the caller may see: the panel and agency conditions above stay.
    const known = await knownTermsNear(ctx, args.panelId, args.search);
    const words = everyWordMatches(args.search, SEARCHED, (v) => `$${params.push(v)}`, known);
    if (words) where.push(words);
    const rows: (ReferralRow & { total: number })[] = await this.dataSource.query(
      `SELECT ${REFERRAL_COLUMNS}, count(*) OVER ()::int AS total FROM referral r
        WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id
        LIMIT $${params.push(args.limit)} OFFSET $${params.push(args.offset)}`,
      params,
    );
    let totalCount = rows[0]?.total ?? 0;
    if (!rows.length && args.offset > 0) {
      totalCount = (await this.dataSource.query(`SELECT count(*)::int AS n FROM referral r WHERE ${where.join(' AND ')}`, params.slice(0, -2)))[0].n;
    }
    return { nodes: rows.map((r) => presentReferral(ctx, this.access, r)), totalCount };
  }

  async get(ctx: RequestContext, id: string): Promise<ReferralObject> {
    return presentReferral(ctx, this.access, await this.findVisible(this.dataSource.manager, ctx, id));
  }

  async create(ctx: RequestContext, input: CreateReferralInput): Promise<ReferralObject> {
    const viewer = this.access.requirePanel(ctx, input.panelId, PERMISSIONS.REFERRAL_CREATE);
    const v = validated(input);
    return this.dataSource.transaction(async (m) => {
      const own: unknown[] = viewer.agencyId
        ? await m.query(`SELECT 1 FROM agency WHERE id = $1 AND panel_id = $2`, [viewer.agencyId, input.panelId])
        : [];
      if (!own.length) throw AppError.badInput('panelId', 'Referrals come from an agency of the panel, and your account has none on this panel');
      // TypeORM answers an UPDATE ... RETURNING as [rows, affected count].
      const [[counter]]: [{ n: number }[], number] = await m.query(
        `UPDATE panel SET next_referral_number = next_referral_number + 1 WHERE id = $1 RETURNING next_referral_number - 1 AS n`,
        [input.panelId],
      );
      const reference = formatReference('R', counter.n);
      const [row]: ReferralRow[] = await m.query(
        `INSERT INTO referral AS r (panel_id, reference, from_agency_id, on_behalf_of, summary, crime_references, offenders, vehicles, places, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${REFERRAL_COLUMNS}`,
        [
          input.panelId,
          reference,
          viewer.agencyId,
          v.onBehalfOf,
          v.summary,
          v.crimeReferences,
          JSON.stringify(v.offenders),
          v.vehicles,
          v.places,
          viewer.userId,
        ],
      );
      // Names stay out of the audit trail (an erasure must not leave copies); counts show what was collected.
      await this.audit.recordChange(m, ctx, {
        panelId: input.panelId,
        entityType: 'Referral',
        entityId: row.id,
        action: 'CREATE',
        after: {
          reference,
          fromAgencyId: viewer.agencyId,
          onBehalfOf: v.onBehalfOf,
          crimeReferences: v.crimeReferences,
          offenderCount: v.offenders.length,
          vehicleCount: v.vehicles.length,
          placeCount: v.places.length,
          status: row.status,
        },
      });
      return presentReferral(ctx, this.access, row);
    });
  }

  /** A referral the caller may see, or NOT_FOUND exactly as for one that does not exist. */
  async findVisible(m: EntityManager, ctx: RequestContext, id: string, lock = false): Promise<ReferralRow> {
    const params: unknown[] = [id];
    const sql = referralCondition(this.access, ctx, 'r', (v) => `$${params.push(v)}`);
    const rows: ReferralRow[] = await m.query(
      `SELECT ${REFERRAL_COLUMNS} FROM referral r WHERE r.id = $1 AND ${sql}${lock ? ' FOR UPDATE' : ''}`,
      params,
    );
    if (!rows[0]) throw AppError.notFound('Referral');
    return rows[0];
  }
}

function validated(input: CreateReferralInput) {
  const crimeReferences = [...new Set(input.crimeReferences.map((c) => c.trim()).filter(Boolean))];
  if (!crimeReferences.length) throw AppError.badInput('crimeReferences', NEEDS_CRIME_REFERENCE);
  const badReference = crimeReferences.find((c) => !isCrimeReference(c));
  if (badReference) throw AppError.badInput('crimeReferences', crimeReferenceShapeMessage(badReference));
  const summary = input.summary.trim();
  if (!summary) throw AppError.badInput('summary', 'Summarise what you are referring and why');
  const list = (values: string[]) => [...new Set(values.map((s) => s.trim()).filter(Boolean))];
  return {
    summary,
    onBehalfOf: input.onBehalfOf?.trim() || null,
    crimeReferences,
    offenders: (input.offenders ?? []).map((o) => ({
      name: o.name.trim(),
      dateOfBirth: o.dateOfBirth || null,
      description: o.description?.trim() || null,
    })),
    vehicles: list(input.vehicles ?? []).map((r) => r.toUpperCase()),
    places: list(input.places ?? []),
  };
}
