import { readdirSync, readFileSync } from 'node:fs';
import { AccountService } from '../../src/core/auth/account.service.js';
import { MembershipReviewService } from '../../src/modules/members/membership-review.service.js';
import { ReviewRemindersService } from '../../src/modules/record-reviews/review-reminders.service.js';
import { RemindersService } from '../../src/modules/reminders/reminders.service.js';
import { startMailCatcher, type MailCatcher } from '../reminders/mail-catcher.js';
import { waitFor } from '../support/ws-client.js';
import { asScheduledWork } from '../support/system-scope.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Ledger } from './ledger.js';
import { seedWorld, type World } from './seed.js';
import { emailOf, signInAll, VIEWERS, type Sessions, type ViewerDef, type ViewerKey } from './viewers.js';

/** Each kind of mail, by the function that writes it, and the channel this file reads it on. */
const MAIL_TABLE: Record<string, string> = {
  reminderMail: 'MAIL task reminder',
  digestMail: 'MAIL weekly digest',
  publishedMail: 'MAIL agenda published',
  reviewOpenedMail: 'MAIL membership review',
  reviewClosedMail: 'MAIL membership review',
  invitationMail: 'MAIL account invitation',
  passwordResetMail: 'MAIL password reset',
  hitCheckMail: 'MAIL hit check',
  reviewReminderMail: 'MAIL record review',
};

/** Mail that by design names no record's content (references and dates only): it must reach someone, with no canary. */
const NAMELESS = new Set(['MAIL record review']);

/** The message builders the API hands to MailService, found in its source: a new kind of mail is found here. */
function mailBuilders(): string[] {
  const root = new URL('../../src/', import.meta.url);
  const found = new Set<string>();
  for (const file of readdirSync(root, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(new URL(file, root), 'utf8').matchAll(/\bexport function (\w+)\([^)]*\): MailMessage\b/g)) found.add(m[1]);
  }
  return [...found].sort();
}

/**
 * Every mail the API sends, read from a real SMTP server: task reminders (7 days and 1 day before, and overdue),
 * the weekly digest, and the notice that an agenda is published. Each message is searched for canaries against
 * the rights of the person it is addressed to: mail is theirs, not their session's, so a member who signed out
 * still gets their agency's reminders, and a disabled member gets nothing. The panels' mail logs, which keep each
 * message's subject, are read afterwards by every viewer (the queries' suite reads them before any mail is sent).
 */
describe('canary leak suite: mail', () => {
  let mail: MailCatcher;
  let t: TestApp;
  let w: World;
  let sessions: Sessions;
  let ledger: Ledger;
  let byEmail: Map<string, ViewerDef>;
  let driven = false;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://sentinel.example.test' });
    w = await seedWorld(t);
    sessions = await signInAll(t, w);
    ledger = new Ledger('mail', w.book);
    byEmail = new Map(VIEWERS.filter((v) => v.profile.user).map((v) => [emailOf(w, v.profile.user!).toLowerCase(), v]));
  }, 60_000);

  afterAll(async () => {
    if (driven) ledger.write();
    await t?.close();
    await mail.close();
  });

  /** Searches what was caught since the last call, per recipient who is a viewer; other worlds' mail is skipped. */
  const read = (channel: string) => {
    for (const m of mail.messages.splice(0, mail.messages.length)) {
      for (const to of m.to) {
        const v = byEmail.get(to);
        if (v) ledger.check(v.key, v.mail, channel, m.subject, `${m.subject}\n${m.text}\n${m.html}`);
      }
    }
  };

  it('knows every kind of mail the API sends', () => {
    const builders = mailBuilders();
    expect(builders.length).toBeGreaterThan(0);
    expect(builders.filter((b) => !MAIL_TABLE[b])).toEqual([]);
  });

  it('sends no one a canary they may not read, in any mail', async () => {
    // As the scheduled jobs run them: in every panel's scope.
    const reminders = asScheduledWork(t.app.get(RemindersService));
    // Due dates on the reminder days of today (UK), set just before the scan, on the real clock, as the job
    // would see them; DWP's task is owned by the disabled DWP member, so it goes to the rest of DWP.
    const due: [string, number][] = [
      ['A.hmrc', 7],
      ['A.ts', 7],
      ['A.dwp', 1],
      ['A.police', -1],
      ['B.main', 7],
      ['A.housing', 1],
    ];
    for (const [key, days] of due) {
      await t.dataSource.query(`UPDATE task SET due_on = (now() AT TIME ZONE 'Europe/London')::date + $2::int WHERE id = $1`, [
        w.ids.task[key],
        days,
      ]);
    }
    await t.dataSource.query(`UPDATE task SET owner_user_id = $2 WHERE id = $1`, [w.ids.task['A.dwp'], w.users.dwp2.userId]);
    await reminders.scan(new Date());
    read('MAIL task reminder');

    await reminders.weeklyDigest(new Date());
    read('MAIL weekly digest');

    // Both panels' main groups and nominals are due for review: their lead officers, or chairs, are reminded.
    const reviewReminders = await asScheduledWork(t.app.get(ReviewRemindersService)).scan(new Date());
    expect(reviewReminders.messages).toBeGreaterThan(0);
    read('MAIL record review');

    const [draft] = await t.dataSource.query(`SELECT version FROM meeting WHERE id = $1`, [w.ids.meeting['A.draft']]);
    const res = await t.gql(
      'mutation($id: ID!, $v: Int!) { publishAgenda(meetingId: $id, version: $v) { status } }',
      { id: w.ids.meeting['A.draft'], v: draft.version },
      { session: sessions.get('chair') },
    );
    expect(res.errors).toBeUndefined();
    // Publishing mails after its transaction commits, without waiting for the mail server.
    const active = VIEWERS.filter((v) => v.mail?.panel === 'A').map((v) => emailOf(w, v.profile.user!));
    await waitFor(() => active.every((to) => mail.to(to).some((m) => m.subject.includes('Agenda published'))), 10_000);
    await new Promise((r) => setTimeout(r, 500));
    read('MAIL agenda published');

    // The chair circulates the published agenda's subjects: everyone who answers for an agency is asked.
    const circulated = await t.gql(
      'mutation($id: ID!) { circulateHitCheck(meetingId: $id) { id } }',
      { id: w.ids.meeting['A.draft'] },
      {
        session: sessions.get('chair'),
      },
    );
    expect(circulated.errors).toBeUndefined();
    const answering = VIEWERS.filter((v) => v.mail?.panel === 'A' && v.key !== 'observer').map((v) => emailOf(w, v.profile.user!));
    await waitFor(() => answering.every((to) => mail.to(to).some((m) => m.subject.includes('Hit/no-hit check'))), 10_000);
    read('MAIL hit check');

    // Account mail: an invitation to someone the chair adds as an HMRC partner of panel A (searched with the
    // rights of the HMRC partner, which are theirs), and a reset link asked for by the HMRC partner.
    const hmrc = VIEWERS.find((v) => v.key === 'hmrc')!;
    const invitee = `invitee-${Date.now()}@example.test`;
    byEmail.set(invitee, hmrc);
    const added = await t.gql(
      'mutation($i: AddMemberInput!) { addMember(input: $i) { invitationSent } }',
      { i: { panelId: w.panelA, agencyId: w.agencies.HMRC, role: 'PARTNER_MEMBER', name: 'Invited Partner', email: invitee } },
      { session: sessions.get('chair') },
    );
    expect(added.errors).toBeUndefined();
    expect((added.data as { addMember: { invitationSent: boolean } }).addMember.invitationSent).toBe(true);
    await waitFor(() => mail.to(invitee).length > 0, 10_000);
    read('MAIL account invitation');
    const asked = await t.gql('mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }', {
      i: { email: w.users[hmrc.profile.user!].email },
    });
    expect(asked.errors).toBeUndefined();
    await t.app.get(AccountService).settled();
    await waitFor(() => mail.to(w.users[hmrc.profile.user!].email).some((m) => m.subject.includes('Reset your Sentinel password')), 10_000);
    read('MAIL password reset');

    // The panels' mail logs, as every viewer reads them, now that they hold every kind of panel mail but the review's.
    const LOG =
      'query($p: ID!) { panelMail(panelId: $p, limit: 100) { totalCount undeliveredCount nodes { id at kind recipient subject outcome reason } } }';
    for (const v of VIEWERS) {
      for (const [label, panelId] of [
        ['panel A', w.panelA],
        ['panel B', w.panelB],
      ]) {
        const res = await t.gql(LOG, { p: panelId }, { session: sessions.get(v.key) });
        ledger.check(v.key, v.profile, 'Query.panelMail', `mail log of ${label}`, JSON.stringify(res));
      }
    }

    // Panel A is six months old (last: the review disables its members): its chair is told when its membership review opens and when it closes.
    await t.dataSource.query(`UPDATE panel SET created_at = now() - interval '7 months' WHERE id = $1`, [w.panelA]);
    const reviews = asScheduledWork(t.app.get(MembershipReviewService));
    expect(await reviews.openDue(new Date(), [w.panelA])).toBe(1);
    expect((await reviews.closeDue(new Date(Date.now() + 31 * 86_400_000), [w.panelA])).closed).toBe(1);
    read('MAIL membership review');
    driven = true;
    expect(ledger.leakReport()).toEqual([]);
  }, 60_000);

  it('mails each member what they should have (the catcher caught real mail)', () => {
    expect(driven).toBe(true);
    const token = (record: string, field: string) => w.book.all.find((c) => c.record === record && c.field === field)!.token;
    const expected: [ViewerKey, string, string][] = [
      ['hmrc', 'MAIL task reminder', token('task A.hmrc', 'title')],
      ['endedSession', 'MAIL task reminder', token('task A.hmrc', 'title')],
      ['observer', 'MAIL task reminder', token('task A.ts', 'title')],
      ['dwp', 'MAIL task reminder', token('task A.dwp', 'title')],
      ['chairB', 'MAIL task reminder', token('task B.main', 'title')],
      ['chair', 'MAIL weekly digest', token('task A.police', 'title')],
      ['coordinator', 'MAIL weekly digest', token('task A.police', 'title')],
      ['chair', 'MAIL membership review', token('panel A', 'name')],
      ['hmrc', 'MAIL account invitation', token('panel A', 'name')],
      ['hmrc', 'MAIL account invitation', token('user chair', 'name')],
      ['hmrc', 'MAIL password reset', token('user hmrc', 'name')],
      // The mail log: the chair reads what was sent about a meeting; the officer, to whom it went.
      ['chair', 'Query.panelMail', token('meeting A.draft', 'title')],
      ['dataProtectionOfficer', 'Query.panelMail', token('user hmrc', 'email')],
    ];
    for (const v of VIEWERS.filter((x) => x.mail?.panel === 'A')) expected.push([v.key, 'MAIL agenda published', token('meeting A.draft', 'title')]);
    for (const v of VIEWERS.filter((x) => x.mail?.panel === 'A' && x.key !== 'observer'))
      expected.push([v.key, 'MAIL hit check', token('meeting A.draft', 'title')]);
    const missing = expected.filter(([viewer, channel, tok]) => !ledger.seenBy(viewer, (c) => c === channel).has(tok));
    expect(missing).toEqual([]);
    // Both panels' main groups are led by their chairs, who are reminded of their review.
    expect([ledger.received('chair', 'MAIL record review') > 0, ledger.received('chairB', 'MAIL record review') > 0]).toEqual([true, true]);
    for (const channel of Object.values(MAIL_TABLE)) {
      const reached = NAMELESS.has(channel)
        ? VIEWERS.some((v) => ledger.received(v.key, channel) > 0)
        : VIEWERS.some((v) => ledger.seenBy(v.key, (c) => c === channel).size > 0);
      expect(`${channel}: ${reached}`).toBe(`${channel}: true`);
    }
  });
});
