import { randomUUID } from 'node:crypto';
import { MembershipReviewService } from '../../src/modules/members/membership-review.service.js';
import { startMailCatcher, type MailCatcher } from '../reminders/mail-catcher.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { asScheduledWork } from '../support/system-scope.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REVIEW = `query($p: ID!) { membershipReview(panelId: $p) { id closesAt awaitingCount } }`;
const CONFIRM = `mutation($i: ConfirmMemberAccessInput!) { confirmMemberAccess(input: $i) { awaitingCount } }`;
const AWAITING = `query($p: ID!) { members(panelId: $p, awaitingConfirmation: true) { totalCount nodes { id name } } }`;
const DAY = 86_400_000;

describe('the six-monthly membership review', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let reviews: MembershipReviewService;
  let p: PanelFixture;
  let young: PanelFixture;
  let chair: string;
  let opened: Date;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url });
    reviews = asScheduledWork(t.app.get(MembershipReviewService));
    p = await createPanel(t.dataSource);
    young = await createPanel(t.dataSource);
    await t.dataSource.query(`UPDATE panel SET created_at = now() - interval '7 months' WHERE id = $1`, [p.panelId]);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('opens once for a panel six months old, not for a newer one, and tells its chair by mail', async () => {
    opened = new Date();
    // Other suites share the database: each asks about its own panels.
    expect(await reviews.openDue(opened, [p.panelId, young.panelId])).toBe(1);
    expect(await reviews.openDue(opened, [p.panelId, young.panelId])).toBe(0);
    const rows: { panel_id: string }[] = await t.dataSource.query(`SELECT panel_id FROM membership_review WHERE panel_id = ANY($1)`, [
      [p.panelId, young.panelId],
    ]);
    expect(rows).toEqual([{ panel_id: p.panelId }]);
    const [message] = mail.to(p.users.CHAIR.email);
    expect(message.subject).toMatch(/^\[OFFICIAL-SENSITIVE\] Membership review: confirm who still needs access to Panel /);
    // Coordinator, police member, partner and observer: every member but the chair.
    expect(message.text).toContain('4 members to confirm by');
    expect(message.text).toContain('/members/review');
    expect(mail.to(p.users.COORDINATOR.email)).toEqual([]);
    expect(mail.to(young.users.CHAIR.email)).toEqual([]);
    const logged = await t.dataSource.query(`SELECT kind, outcome FROM mail_message WHERE panel_id = $1`, [p.panelId]);
    expect(logged).toEqual([{ kind: 'MEMBERSHIP_REVIEW', outcome: 'SENT' }]);
  });

  it('shows the open review and who is still to confirm to the chair, and to no partner', async () => {
    const review = await t.gql<{ membershipReview: { awaitingCount: number } }>(REVIEW, { p: p.panelId }, { session: chair });
    expect(review.data?.membershipReview.awaitingCount).toBe(4);
    const list = await t.gql<{ members: { totalCount: number; nodes: { id: string }[] } }>(AWAITING, { p: p.panelId }, { session: chair });
    expect(list.data?.members.nodes.map((n) => n.id).sort()).toEqual(
      [p.users.COORDINATOR, p.users.POLICE_MEMBER, p.users.PARTNER_MEMBER, p.users.OBSERVER].map((u) => u.membershipId).sort(),
    );
    const partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const refused = await t.gql(REVIEW, { p: p.panelId }, { session: partner });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The young panel's chair has no review open.
    const other = await t.signIn(young.users.CHAIR.email, TEST_PASSWORD);
    const none = await t.gql<{ membershipReview: null }>(REVIEW, { p: young.panelId }, { session: other });
    expect(none.data?.membershipReview).toBeNull();
  });

  it('confirms members in one go, audited; a member of another panel is not found and nothing is confirmed', async () => {
    const mixed = await t.gql(
      CONFIRM,
      { i: { panelId: p.panelId, membershipIds: [p.users.COORDINATOR.membershipId, young.users.POLICE_MEMBER.membershipId] } },
      { session: chair },
    );
    expect(mixed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await t.gql(CONFIRM, { i: { panelId: p.panelId, membershipIds: [randomUUID()] } }, { session: chair });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM membership WHERE access_confirmed_at IS NOT NULL AND panel_id = ANY($1)`,
      [[p.panelId, young.panelId]],
    );
    expect(n).toBe(0);

    const done = await t.gql<{ confirmMemberAccess: { awaitingCount: number } }>(
      CONFIRM,
      { i: { panelId: p.panelId, membershipIds: [p.users.COORDINATOR.membershipId, p.users.PARTNER_MEMBER.membershipId] } },
      { session: chair },
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.confirmMemberAccess.awaitingCount).toBe(2);
    const audited: { entity_id: string; actor_user_id: string }[] = await t.dataSource.query(
      `SELECT entity_id, actor_user_id FROM audit_event WHERE entity_type = 'Membership' AND panel_id = $1 AND changes ? 'accessConfirmedAt' ORDER BY entity_id`,
      [p.panelId],
    );
    // The chair's own membership is confirmed by confirming others.
    expect(audited.map((a) => a.entity_id)).toEqual(
      [p.users.CHAIR.membershipId, p.users.COORDINATOR.membershipId, p.users.PARTNER_MEMBER.membershipId].sort(),
    );
    expect(new Set(audited.map((a) => a.actor_user_id))).toEqual(new Set([p.users.CHAIR.userId]));
  });

  it('refuses an empty or oversized list with a message', async () => {
    const empty = await t.gql(CONFIRM, { i: { panelId: p.panelId, membershipIds: [] } }, { session: chair });
    expect(empty.errors?.[0]?.message).toContain('Select the members who still need access');
    const many = Array.from({ length: 201 }, () => randomUUID());
    const tooMany = await t.gql(CONFIRM, { i: { panelId: p.panelId, membershipIds: many } }, { session: chair });
    expect(tooMany.errors?.[0]?.message).toContain('200 members or fewer');
  });

  it('closes after 30 days: the unconfirmed are disabled and signed out, audited, and the chair is told', async () => {
    const observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    expect(await reviews.closeDue(new Date(opened.getTime() + 29 * DAY), [p.panelId])).toEqual({ closed: 0, disabled: 0 });
    const result = await reviews.closeDue(new Date(opened.getTime() + 30 * DAY + 60_000), [p.panelId]);
    expect(result).toEqual({ closed: 1, disabled: 2 });

    const users: { id: string; disabled: boolean }[] = await t.dataSource.query(
      `SELECT u.id, u.disabled_at IS NOT NULL AS disabled FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.panel_id = $1`,
      [p.panelId],
    );
    const disabled = users.filter((u) => u.disabled).map((u) => u.id);
    expect(disabled.sort()).toEqual([p.users.POLICE_MEMBER.userId, p.users.OBSERVER.userId].sort());
    const ended = await t.gql(`{ viewer { id } }`, {}, { session: observer });
    expect(ended.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const audited: { entity_id: string; actor_user_id: string | null }[] = await t.dataSource.query(
      `SELECT entity_id, actor_user_id FROM audit_event WHERE entity_type = 'Membership' AND panel_id = $1 AND changes ? 'disabled'`,
      [p.panelId],
    );
    expect(audited.map((a) => a.entity_id).sort()).toEqual([p.users.POLICE_MEMBER.membershipId, p.users.OBSERVER.membershipId].sort());
    expect(audited.every((a) => a.actor_user_id === null)).toBe(true);

    const closing = mail.to(p.users.CHAIR.email).at(-1);
    expect(closing?.subject).toContain('closed: 2 members disabled');
    // Mail names no one.
    expect(closing?.text).not.toContain('OBSERVER');
    const review = await t.gql<{ membershipReview: null }>(REVIEW, { p: p.panelId }, { session: chair });
    expect(review.data?.membershipReview).toBeNull();
    // Closed once: a second run finds nothing to close, and the next review is six months off.
    expect(await reviews.closeDue(new Date(opened.getTime() + 31 * DAY), [p.panelId])).toEqual({ closed: 0, disabled: 0 });
    expect(await reviews.openDue(new Date(opened.getTime() + 31 * DAY), [p.panelId])).toBe(0);
  });
});
