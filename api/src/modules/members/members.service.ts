import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { canManageRole, memberManager, PERMISSIONS, type MemberManager, type PanelRole } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext, Viewer } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { runAsSystem } from '../../core/database/panel-scope.js';
import { SessionService } from '../../core/auth/session.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { EventsService } from '../../core/events/events.service.js';
import { escapeLike } from '../../core/database/escape-like.js';
import { AWAITING_CONFIRMATION } from './membership-review.service.js';
import type { AddMemberInput, ChangeMemberRoleInput, MembersArgs, SetMemberDisabledInput } from './member.inputs.js';
import type { MemberInvitationResultObject, MemberObject, MemberPageObject } from './member.object.js';
import { invitedSql, MemberInvitationsService } from './member-invitations.service.js';

const MEMBER_CHANGED = 'member-changed';
const MEMBER_COLUMNS = `m.id, m.panel_id, m.user_id, m.role, m.version, u.name, u.email, u.agency_id, u.disabled_at,
  greatest(m.created_at, m.access_confirmed_at) AS access_confirmed_at,
  ${invitedSql('u')} AS invited,
  (SELECT max(t.expires_at) FROM account_token t
    WHERE t.user_id = u.id AND t.purpose = 'INVITATION' AND t.used_at IS NULL AND t.expires_at > now()) AS invitation_expires_at`;

const CHAIR_ROLE_REFUSED = "Only the panel's chair or a system administrator can give or take away the chair role";
const CHAIR_ACCESS_REFUSED = "Only a panel's chair or a system administrator can disable or enable someone who chairs a panel";
const LAST_CHAIR_REFUSED = 'A panel must keep at least one chair: name another chair first';
const LAST_CHAIR_ELSEWHERE_REFUSED =
  'This person is the only chair of another panel, which must keep at least one: ask a system administrator to name another chair there first';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly events: EventsService,
    private readonly invitations: MemberInvitationsService,
  ) {}

  async list(ctx: RequestContext, args: MembersArgs): Promise<MemberPageObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.MEMBER_READ);
    const params: unknown[] = [args.panelId];
    const where = ['m.panel_id = $1'];
    if (!args.includeDisabled) where.push('u.disabled_at IS NULL');
    if (args.agencyId) where.push(`u.agency_id = $${params.push(args.agencyId)}`);
    if (args.role) where.push(`m.role = $${params.push(args.role)}`);
    if (args.awaitingConfirmation) {
      where.push(`EXISTS (SELECT 1 FROM membership_review r WHERE r.panel_id = m.panel_id AND r.closed_at IS NULL AND ${AWAITING_CONFIRMATION})`);
    }
    if (args.search?.trim()) {
      const p = params.push(`%${escapeLike(args.search.trim())}%`);
      where.push(`(u.name ILIKE $${p} OR u.email ILIKE $${p})`);
    }
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS}, count(*) OVER ()::int AS total
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE ${where.join(' AND ')}
        ORDER BY lower(u.name), m.id
        LIMIT $${params.push(args.limit)} OFFSET $${params.push(args.offset)}`,
      params,
    );
    let totalCount = rows[0]?.total ?? 0;
    if (!rows.length && args.offset > 0) {
      const c: { n: number }[] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM membership m JOIN app_user u ON u.id = m.user_id WHERE ${where.join(' AND ')}`,
        params.slice(0, params.length - 2),
      );
      totalCount = c[0].n;
    }
    return { nodes: rows.map(toMemberObject), totalCount };
  }

  async get(ctx: RequestContext, id: string): Promise<MemberObject> {
    return toMemberObject(await this.findVisible(this.dataSource.manager, ctx, id));
  }

  /** Creates the account with no password and sends it an invitation to set one. */
  async add(ctx: RequestContext, input: AddMemberInput): Promise<MemberInvitationResultObject> {
    const viewer = this.access.requirePanel(ctx, input.panelId, PERMISSIONS.MEMBER_MANAGE);
    if (!canManageRole(actorIn(viewer, input.panelId), input.role)) throw AppError.forbidden(CHAIR_ROLE_REFUSED);
    const email = input.email.trim().toLowerCase();
    const { member, invitation } = await this.dataSource.transaction(async (m) => {
      const agency: unknown[] = await m.query(`SELECT 1 FROM agency WHERE id = $1 AND panel_id = $2`, [input.agencyId, input.panelId]);
      if (!agency.length) throw AppError.badInput('agencyId', 'Select an agency on this panel');
      const taken: unknown[] = await m.query(`SELECT 1 FROM app_user WHERE lower(email) = $1`, [email]);
      if (taken.length) {
        throw AppError.badInput('email', 'Someone with this email address already has an account. Ask an administrator to add them to this panel.');
      }
      const [user]: { id: string }[] = await m.query(`INSERT INTO app_user (email, name, agency_id) VALUES ($1, $2, $3) RETURNING id`, [
        email,
        input.name.trim(),
        input.agencyId,
      ]);
      const [membership]: { id: string }[] = await m.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, $3) RETURNING id`, [
        input.panelId,
        user.id,
        input.role,
      ]);
      await this.audit.recordChange(m, ctx, {
        panelId: input.panelId,
        entityType: 'User',
        entityId: user.id,
        action: 'CREATE',
        after: { name: input.name.trim(), email, agencyId: input.agencyId },
      });
      await this.audit.recordChange(m, ctx, {
        panelId: input.panelId,
        entityType: 'Membership',
        entityId: membership.id,
        action: 'CREATE',
        after: { userId: user.id, role: input.role },
      });
      const invitation = await this.invitations.issue(m, ctx, input.panelId, user.id);
      return { member: await this.load(m, membership.id), invitation };
    });
    const invitationSent = await this.invitations.send(ctx, invitation, member);
    await this.announce(member);
    return { member: toMemberObject(member), invitationSent };
  }

  /** A new invitation for a member who has not yet accepted one; the earlier open ones stop working. */
  async sendInvitationAgain(ctx: RequestContext, id: string): Promise<MemberInvitationResultObject> {
    const { member, invitation } = await this.dataSource.transaction(async (m) => {
      const found = await this.findVisible(m, ctx, id);
      // Anyone who manages the panel's members may send it: the link goes only to the member's own address.
      this.access.requireInPanel(ctx, found.panel_id, PERMISSIONS.MEMBER_MANAGE);
      if (found.disabled_at) throw AppError.badInput('id', 'This member is disabled: enable them before you send an invitation');
      if (!found.invited) {
        throw AppError.badInput(
          'id',
          'This member has already accepted their invitation. If they have forgotten their password, they can reset it from the sign-in page.',
        );
      }
      const invitation = await this.invitations.issue(m, ctx, found.panel_id, found.user_id);
      return { member: await this.load(m, found.id), invitation };
    });
    const invitationSent = await this.invitations.send(ctx, invitation, member);
    await this.announce(member);
    return { member: toMemberObject(member), invitationSent };
  }

  async changeRole(ctx: RequestContext, input: ChangeMemberRoleInput): Promise<MemberObject> {
    const changed = await this.dataSource.transaction(async (m) => {
      const found = await this.findVisible(m, ctx, input.id);
      const viewer = this.access.requireInPanel(ctx, found.panel_id, PERMISSIONS.MEMBER_MANAGE);
      if (found.user_id === viewer.userId) throw AppError.badInput('role', 'You cannot change your own role');
      const current = await this.lockWithChairs(m, found, found.panel_id);
      const actor = actorIn(viewer, current.panel_id);
      if (!canManageRole(actor, current.role) || !canManageRole(actor, input.role)) throw AppError.forbidden(CHAIR_ROLE_REFUSED);
      if (current.version !== input.version) {
        throw AppError.conflict('This member', await this.audit.administeredChangedSince(m, 'Membership', current.id, input.version), 'Membership');
      }
      if (current.role === 'CHAIR' && input.role !== 'CHAIR') {
        const [cover] = await this.chairCover(m, current.user_id, current.panel_id);
        if (cover.other_chairs === 0) throw AppError.forbidden(LAST_CHAIR_REFUSED);
      }
      await m.query(`UPDATE membership SET role = $2, version = version + 1, updated_at = now() WHERE id = $1`, [input.id, input.role]);
      await this.audit.recordChange(m, ctx, {
        panelId: current.panel_id,
        entityType: 'Membership',
        entityId: current.id,
        action: 'UPDATE',
        before: { role: current.role, version: current.version },
        after: { role: input.role, version: current.version + 1 },
      });
      return this.load(m, input.id);
    });
    await this.announce(changed);
    return toMemberObject(changed);
  }

  /** Disabling ends every session of the person at once; enabling lets them sign in again. */
  async setDisabled(ctx: RequestContext, input: SetMemberDisabledInput): Promise<MemberObject> {
    const changed = await this.dataSource.transaction(async (m) => {
      const found = await this.findVisible(m, ctx, input.id);
      const viewer = this.access.requireInPanel(ctx, found.panel_id, PERMISSIONS.MEMBER_MANAGE);
      if (found.user_id === viewer.userId) throw AppError.badInput('disabled', 'You cannot disable your own account');
      // An account is disabled everywhere at once, so every panel the person sits on has a say.
      const current = await this.lockWithChairs(m, found, null);
      const cover = await this.chairCover(m, current.user_id, null);
      const actor = actorIn(viewer, current.panel_id);
      if (cover.some((c) => !canManageRole(actor, c.role))) throw AppError.forbidden(CHAIR_ACCESS_REFUSED);
      if (current.version !== input.version) {
        throw AppError.conflict('This member', await this.audit.administeredChangedSince(m, 'Membership', current.id, input.version), 'Membership');
      }
      if (Boolean(current.disabled_at) === input.disabled) return current;
      const uncovered = input.disabled ? cover.filter((c) => c.role === 'CHAIR' && c.other_chairs === 0) : [];
      if (uncovered.some((c) => c.panel_id === current.panel_id)) throw AppError.forbidden(LAST_CHAIR_REFUSED);
      if (uncovered.length) throw AppError.forbidden(LAST_CHAIR_ELSEWHERE_REFUSED);
      await m.query(
        `UPDATE app_user SET disabled_at = ${input.disabled ? 'now()' : 'NULL'}, version = version + 1, updated_at = now() WHERE id = $1`,
        [current.user_id],
      );
      await m.query(`UPDATE membership SET version = version + 1, updated_at = now() WHERE id = $1`, [current.id]);
      if (input.disabled) await this.sessions.endAllForUser(m, current.user_id, 'USER_DISABLED');
      await this.audit.recordChange(m, ctx, {
        panelId: current.panel_id,
        entityType: 'Membership',
        entityId: current.id,
        action: 'UPDATE',
        before: { disabled: Boolean(current.disabled_at), version: current.version },
        after: { disabled: input.disabled, version: current.version + 1 },
      });
      return this.load(m, input.id);
    });
    await this.announce(changed);
    return toMemberObject(changed);
  }

  /** Subscribers see members of a panel they may read; the panel is checked once, when they subscribe. */
  watch(ctx: RequestContext, panelId: string): AsyncIterableIterator<{ memberChanged: MemberObject }> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.MEMBER_READ);
    return this.events.subscribe(MEMBER_CHANGED, panelId);
  }

  private announce(row: MemberRow): Promise<void> {
    return this.events.publish(MEMBER_CHANGED, row.panel_id, { memberChanged: toMemberObject(row) });
  }

  /** A membership in a panel the caller can read; otherwise NOT_FOUND, as for one that does not exist. */
  private async findVisible(m: EntityManager, ctx: RequestContext, id: string): Promise<MemberRow> {
    const scope = this.access.scope(ctx, PERMISSIONS.MEMBER_READ);
    const rows: MemberRow[] = await m.query(
      `SELECT ${MEMBER_COLUMNS} FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.id = $1 AND ${scope.all ? 'TRUE' : 'm.panel_id = ANY($2)'}`,
      scope.all ? [id] : [id, scope.panelIds],
    );
    if (!rows[0]) throw AppError.notFound('Member');
    return rows[0];
  }

  /**
   * Locks the membership and every chair membership of the panels concerned (one panel, or all of the person's)
   * in a single order, by id: two chairs demoting or disabling each other at once then wait for one another,
   * so the second sees the first's change and cannot leave a panel without a chair, and neither deadlocks.
   * Answers the membership as it is once locked. It and `chairCover` look past the viewer's panels: the rule
   * protects every panel the person sits on, including those the viewer is not on.
   */
  private async lockWithChairs(m: EntityManager, member: MemberRow, panelId: string | null): Promise<MemberRow> {
    await runAsSystem(() =>
      m.query(
        `SELECT m.id FROM membership m
          WHERE m.id = $1
             OR (m.role = 'CHAIR' AND m.panel_id IN (SELECT o.panel_id FROM membership o WHERE o.user_id = $2 AND ($3::uuid IS NULL OR o.panel_id = $3::uuid)))
          ORDER BY m.id FOR UPDATE OF m`,
        [member.id, member.user_id, panelId],
      ),
    );
    return this.load(m, member.id);
  }

  /** The person's role in each of their panels (or one), and how many other chairs there can still act. */
  private chairCover(m: EntityManager, userId: string, panelId: string | null): Promise<ChairCover[]> {
    return runAsSystem(() =>
      m.query(
        `SELECT t.panel_id, t.role,
                (SELECT count(*)::int FROM membership c JOIN app_user cu ON cu.id = c.user_id
                  WHERE c.panel_id = t.panel_id AND c.role = 'CHAIR' AND c.user_id <> t.user_id AND cu.disabled_at IS NULL) AS other_chairs
           FROM membership t
          WHERE t.user_id = $1 AND ($2::uuid IS NULL OR t.panel_id = $2::uuid)`,
        [userId, panelId],
      ),
    );
  }

  private async load(m: EntityManager, id: string): Promise<MemberRow> {
    const rows: MemberRow[] = await m.query(`SELECT ${MEMBER_COLUMNS} FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.id = $1`, [id]);
    return rows[0];
  }
}

interface ChairCover {
  panel_id: string;
  role: PanelRole;
  other_chairs: number;
}

/** The viewer as a manager of one panel's members. */
function actorIn(viewer: Viewer, panelId: string): MemberManager {
  return memberManager(viewer.isAdmin, viewer.memberships.find((m) => m.panelId === panelId)?.role);
}

interface MemberRow {
  id: string;
  panel_id: string;
  user_id: string;
  role: MemberObject['role'];
  version: number;
  name: string;
  email: string;
  agency_id: string | null;
  disabled_at: Date | null;
  access_confirmed_at: Date;
  invited: boolean;
  invitation_expires_at: Date | null;
  total?: number;
}

function toMemberObject(r: MemberRow): MemberObject {
  return {
    id: r.id,
    panelId: r.panel_id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    role: r.role,
    agencyId: r.agency_id,
    disabled: Boolean(r.disabled_at),
    accessConfirmedAt: r.access_confirmed_at,
    invited: r.invited,
    invitationExpiresAt: r.invitation_expires_at,
    version: r.version,
  };
}
