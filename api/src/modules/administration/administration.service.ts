import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { escapeLike } from '../../core/database/escape-like.js';
import { AppError } from '../../core/errors/app-error.js';
import { invitedSql, MemberInvitationsService, type Invitation } from '../members/member-invitations.service.js';
import type { AdministeredPanelsArgs, AdminUsersArgs, CreatePanelInput, SetPanelDisabledInput } from './administration.inputs.js';
import type { AdministeredPanelObject, AdministeredPanelPageObject, AdminUserPageObject } from './administration.objects.js';

/** A panel with who runs it: how many members can sign in and which chairs. One statement for a page of panels. */
const PANEL_COLUMNS = `p.id, p.code, p.name, p.force_name, p.disabled_at, p.created_at, p.version,
  (SELECT count(*)::int FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.panel_id = p.id AND u.disabled_at IS NULL) AS active_members,
  coalesce((SELECT json_agg(u.name ORDER BY lower(u.name)) FROM membership m JOIN app_user u ON u.id = m.user_id
             WHERE m.panel_id = p.id AND m.role = 'CHAIR' AND u.disabled_at IS NULL), '[]'::json) AS chairs`;

interface PanelRow {
  id: string;
  code: string;
  name: string;
  force_name: string;
  disabled_at: Date | null;
  created_at: Date;
  version: number;
  active_members: number;
  chairs: string[];
  total?: number;
}

export interface CreatedPanel {
  panel: AdministeredPanelObject;
  /** The chair's account, and the invitation it was sent when it has no password yet. */
  chair: { name: string; email: string; invitation: Invitation | null };
}

/**
 * The system administrator's work on the deployment: panels created (with the chair's police unit and the chair),
 * disabled and enabled, and the list of every account across panels. Every change is audited; nothing here reads
 * a panel's records.
 */
@Injectable()
export class AdministrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly invitations: MemberInvitationsService,
  ) {}

  async panels(ctx: RequestContext, args: AdministeredPanelsArgs): Promise<AdministeredPanelPageObject> {
    this.access.requireHeld(ctx, PERMISSIONS.PANEL_MANAGE);
    const params: unknown[] = [];
    const where = ['TRUE'];
    if (args.search?.trim()) {
      const p = params.push(`%${escapeLike(args.search.trim())}%`);
      where.push(`(p.code ILIKE $${p} OR p.name ILIKE $${p} OR p.force_name ILIKE $${p})`);
    }
    const rows: PanelRow[] = await this.dataSource.query(
      `SELECT ${PANEL_COLUMNS}, count(*) OVER ()::int AS total FROM panel p WHERE ${where.join(' AND ')}
        ORDER BY p.disabled_at IS NOT NULL, lower(p.name), p.id LIMIT $${params.push(args.limit)} OFFSET $${params.push(args.offset)}`,
      params,
    );
    return { nodes: rows.map(toPanelObject), totalCount: await this.total(rows, args.offset, 'panel p', where, params) };
  }

  /**
   * The panel, its chair's police unit and the chair's membership, in one transaction; a chair with no password yet
   * is invited by email once it commits. The invitation is the panel's first mail.
   */
  async create(ctx: RequestContext, input: CreatePanelInput): Promise<AdministeredPanelObject> {
    this.access.requireHeld(ctx, PERMISSIONS.PANEL_MANAGE);
    const created = await this.dataSource.transaction((m) => this.insertPanel(ctx, input, m));
    if (created.chair.invitation) await this.invitations.send(ctx, created.chair.invitation, created.chair, 'ADMINISTRATOR');
    return created.panel;
  }

  private async insertPanel(ctx: RequestContext, input: CreatePanelInput, m: EntityManager): Promise<CreatedPanel> {
    const code = input.code.trim();
    const email = input.chair.email.trim().toLowerCase();
    const taken: unknown[] = await m.query(`SELECT 1 FROM panel WHERE upper(code) = upper($1)`, [code]);
    if (taken.length) throw AppError.badInput('code', 'A panel with this code already exists: choose another code');
    const [existing]: { id: string; name: string; disabled_at: Date | null; has_password: boolean }[] = await m.query(
      `SELECT id, name, disabled_at, password_hash IS NOT NULL AS has_password FROM app_user WHERE lower(email) = $1`,
      [email],
    );
    if (existing?.disabled_at) {
      throw AppError.badInput('chair.email', 'The account with this email address is disabled: enable it first, or name someone else');
    }
    const [panel]: { id: string }[] = await m.query(`INSERT INTO panel (code, name, force_name) VALUES ($1, $2, $3) RETURNING id`, [
      code,
      input.name.trim(),
      input.forceName.trim(),
    ]);
    const [agency]: { id: string }[] = await m.query(`INSERT INTO agency (panel_id, name, kind) VALUES ($1, $2, 'POLICE_UNIT') RETURNING id`, [
      panel.id,
      input.chair.agencyName.trim(),
    ]);
    const userId =
      existing?.id ??
      (
        (await m.query(`INSERT INTO app_user (email, name, agency_id) VALUES ($1, $2, $3) RETURNING id`, [
          email,
          input.chair.name.trim(),
          agency.id,
        ])) as { id: string }[]
      )[0].id;
    const [membership]: { id: string }[] = await m.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'CHAIR') RETURNING id`, [
      panel.id,
      userId,
    ]);
    await this.audit.recordChanges(m, ctx, [
      {
        panelId: panel.id,
        entityType: 'Panel',
        entityId: panel.id,
        action: 'CREATE',
        after: { code, name: input.name.trim(), forceName: input.forceName.trim() },
      },
      {
        panelId: panel.id,
        entityType: 'Agency',
        entityId: agency.id,
        action: 'CREATE',
        after: { name: input.chair.agencyName.trim(), kind: 'POLICE_UNIT' },
      },
      ...(existing
        ? []
        : [
            {
              panelId: panel.id,
              entityType: 'User',
              entityId: userId,
              action: 'CREATE' as const,
              after: { name: input.chair.name.trim(), email, agencyId: agency.id },
            },
          ]),
      { panelId: panel.id, entityType: 'Membership', entityId: membership.id, action: 'CREATE', after: { userId, role: 'CHAIR' } },
    ]);
    const invitation = existing?.has_password ? null : await this.invitations.issue(m, ctx, panel.id, userId);
    return { panel: toPanelObject((await this.load(m, panel.id))!), chair: { name: existing?.name ?? input.chair.name.trim(), email, invitation } };
  }

  /** A disabled panel keeps everything it holds; its members no longer act in it until it is enabled again. */
  async setDisabled(ctx: RequestContext, input: SetPanelDisabledInput): Promise<AdministeredPanelObject> {
    this.access.requireHeld(ctx, PERMISSIONS.PANEL_MANAGE);
    return this.dataSource.transaction(async (m) => {
      const [current]: PanelRow[] = await m.query(`SELECT id, version, disabled_at FROM panel WHERE id = $1 FOR UPDATE`, [input.id]);
      if (!current) throw AppError.notFound('Panel');
      if (current.version !== input.version) {
        throw AppError.conflict('This panel', await this.audit.administeredChangedSince(m, 'Panel', current.id, input.version), 'Panel');
      }
      if (Boolean(current.disabled_at) !== input.disabled) {
        await m.query(
          `UPDATE panel SET disabled_at = ${input.disabled ? 'now()' : 'NULL'}, version = version + 1, updated_at = now() WHERE id = $1`,
          [input.id],
        );
        await this.audit.recordChange(m, ctx, {
          panelId: input.id,
          entityType: 'Panel',
          entityId: input.id,
          action: 'UPDATE',
          before: { disabled: Boolean(current.disabled_at), version: current.version },
          after: { disabled: input.disabled, version: current.version + 1 },
        });
      }
      return toPanelObject((await this.load(m, input.id))!);
    });
  }

  /** Every account, with the panels it sits on and when it last signed in, in one statement for a page. */
  async users(ctx: RequestContext, args: AdminUsersArgs): Promise<AdminUserPageObject> {
    this.access.requireHeld(ctx, PERMISSIONS.USER_READ_ALL);
    const params: unknown[] = [];
    const where = ['TRUE'];
    if (args.search?.trim()) {
      const p = params.push(`%${escapeLike(args.search.trim())}%`);
      where.push(`(u.name ILIKE $${p} OR u.email ILIKE $${p})`);
    }
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, u.is_admin, u.disabled_at, ${invitedSql('u')} AS invited,
              (SELECT max(s.created_at) FROM user_session s WHERE s.user_id = u.id) AS last_signed_in_at,
              coalesce((SELECT json_agg(json_build_object('panelId', p.id, 'panelCode', p.code, 'panelName', p.name, 'role', m.role) ORDER BY lower(p.name))
                          FROM membership m JOIN panel p ON p.id = m.panel_id WHERE m.user_id = u.id), '[]'::json) AS memberships,
              count(*) OVER ()::int AS total
         FROM app_user u WHERE ${where.join(' AND ')}
        ORDER BY lower(u.name), u.id LIMIT $${params.push(args.limit)} OFFSET $${params.push(args.offset)}`,
      params,
    );
    return {
      nodes: rows.map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        isAdmin: r.is_admin,
        disabled: Boolean(r.disabled_at),
        invited: r.invited,
        lastSignedInAt: r.last_signed_in_at,
        memberships: r.memberships,
      })),
      totalCount: await this.total(rows, args.offset, 'app_user u', where, params),
    };
  }

  /** The count a page carries; only a page past the end asks for it again (without its limit and offset). */
  private async total(rows: { total?: number }[], offset: number, from: string, where: string[], params: unknown[]): Promise<number> {
    if (rows.length || offset === 0) return rows[0]?.total ?? 0;
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${from} WHERE ${where.join(' AND ')}`,
      params.slice(0, -2),
    );
    return n;
  }

  private async load(m: EntityManager, id: string): Promise<PanelRow | undefined> {
    const [row]: PanelRow[] = await m.query(`SELECT ${PANEL_COLUMNS} FROM panel p WHERE p.id = $1`, [id]);
    return row;
  }
}

interface UserRow {
  id: string;
  name: string;
  email: string;
  is_admin: boolean;
  disabled_at: Date | null;
  invited: boolean;
  last_signed_in_at: Date | null;
  memberships: AdminUserPageObject['nodes'][number]['memberships'];
  total: number;
}

function toPanelObject(r: PanelRow): AdministeredPanelObject {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    forceName: r.force_name,
    disabled: Boolean(r.disabled_at),
    createdAt: r.created_at,
    activeMembers: r.active_members,
    chairs: r.chairs,
    version: r.version,
  };
}
