import request from 'supertest';
import { newAccountToken } from '../../src/core/auth/account-tokens.service.js';
import { SESSION_COOKIE } from '../../src/core/auth/session.service.js';
import { nextIp, type TestApp } from '../support/test-app.js';
import { TEST_PASSWORD } from '../support/fixtures.js';
import type { World } from './seed.js';

/**
 * Who looks. Each viewer's rights are written out here by hand, from the policy as the README and
 * shared/src/permissions.ts describe it, rather than computed from that policy: the suite checks the channels
 * against what the policy is meant to say, so a wrong grant in the policy shows up too.
 */
export interface Profile {
  key: ViewerKey;
  /** The panel whose records this person may read while signed in; null for no one signed in. */
  panel: 'A' | 'B' | null;
  /** The person's user key in the world (null for no one). */
  user: string | null;
  /** The agency key in the world ('POLICE', 'HMRC', ...). */
  agency: string | null;
  tasksAll: boolean;
  personalData: boolean;
  intelligence: boolean;
  /** Reads every referral of the panel (REFERRAL_ASSESS). */
  assessor: boolean;
  /** Reads their own agency's referrals (REFERRAL_CREATE). */
  referrer: boolean;
  /** Runs the panel's meetings (MEETING_MANAGE): drafts and restricted items. */
  manages: boolean;
  /**
   * A session that has given its password but not yet its second factor: it reads who it is, and the names of
   * its panel and agency, and nothing else.
   */
  signingIn?: { panel: 'A' | 'B'; agency: string; user: string };
  /**
   * An analyst of a region over these panels: they read the region's figures, counts only, and the names of its
   * panels, and nothing of any panel's records.
   */
  regionPanels?: ('A' | 'B')[];
  /**
   * The data protection officer of this panel: they read its name, agencies and members as its members do, its
   * logs, and its nominals' names on their own screens (canaries.ts: DATA_PROTECTION_SCREENS); a nominal's whole
   * record only in its subject-access report; nothing else of the panel's records, tasks or meetings.
   */
  officerOf?: 'A' | 'B';
}

export type ViewerKey =
  | 'chair'
  | 'coordinator'
  | 'police'
  | 'hmrc'
  | 'housing'
  | 'probation'
  | 'dwp'
  | 'observer'
  | 'chairB'
  | 'anonymous'
  | 'endedSession'
  | 'disabled'
  | 'invited'
  | 'secondFactorPending'
  | 'regionAnalyst'
  | 'dataProtectionOfficer';

export interface ViewerDef {
  key: ViewerKey;
  label: string;
  profile: Profile;
  /**
   * Whose rights apply to mail addressed to this person: mail is the person's, not their session's, so a
   * member who signed out still gets their agency's reminders; a disabled person gets none (null).
   */
  mail: Profile | null;
}

const NONE = { tasksAll: false, personalData: false, intelligence: false, assessor: false, referrer: false, manages: false };
const KEEPER = { tasksAll: true, personalData: true, intelligence: true, assessor: true, referrer: true };
const PARTNER = { ...NONE, referrer: true };

function p(
  key: ViewerKey,
  panel: Profile['panel'],
  user: string | null,
  agency: string | null,
  rights: Omit<Profile, 'key' | 'panel' | 'user' | 'agency'>,
): Profile {
  return { key, panel, user, agency, ...rights };
}

const hmrcMail = (user: string, key: ViewerKey) => p(key, 'A', user, 'HMRC', { ...PARTNER, personalData: true, intelligence: true });

export const VIEWERS: ViewerDef[] = [
  { key: 'chair', label: 'chair of panel A', profile: p('chair', 'A', 'chair', 'POLICE', { ...KEEPER, manages: true }) },
  { key: 'coordinator', label: 'coordinator of panel A', profile: p('coordinator', 'A', 'coordinator', 'POLICE', { ...KEEPER, manages: true }) },
  { key: 'police', label: 'police member of panel A', profile: p('police', 'A', 'police', 'POLICE', { ...KEEPER, manages: false }) },
  { key: 'hmrc', label: 'partner covered (HMRC, agreement covers personal data)', profile: hmrcMail('hmrc', 'hmrc') },
  {
    key: 'housing',
    label: 'partner uncovered (Housing, agreement does not cover personal data)',
    profile: p('housing', 'A', 'housing', 'HOUSING', PARTNER),
  },
  { key: 'probation', label: 'partner uncovered (Probation, agreement expired)', profile: p('probation', 'A', 'probation', 'PROBATION', PARTNER) },
  {
    key: 'dwp',
    label: 'partner of another agency (DWP, covered)',
    profile: p('dwp', 'A', 'dwp', 'DWP', { ...PARTNER, personalData: true, intelligence: true }),
  },
  { key: 'observer', label: 'observer (Trading Standards)', profile: p('observer', 'A', 'observer', 'TS', { ...NONE, tasksAll: true }) },
  {
    key: 'chairB',
    label: 'member of another panel (chair of panel B)',
    profile: p('chairB', 'B', 'chairB', 'POLICE_B', { ...KEEPER, manages: true }),
  },
  { key: 'anonymous', label: 'signed out (no cookie)', profile: p('anonymous', null, null, null, NONE) },
  { key: 'endedSession', label: 'signed out (cookie of an ended session, HMRC)', profile: p('endedSession', null, 'hmrc2', null, NONE) },
  { key: 'disabled', label: 'disabled user (DWP)', profile: p('disabled', null, 'dwp2', null, NONE) },
  {
    key: 'invited',
    label: 'HMRC member signed in by accepting their invitation (no password before)',
    profile: hmrcMail('hmrc3', 'invited'),
  },
  {
    key: 'secondFactorPending',
    label: 'police member signed in with a password, second factor not yet given',
    profile: { ...p('secondFactorPending', null, 'police2', null, NONE), signingIn: { panel: 'A' as const, agency: 'POLICE', user: 'police2' } },
  },
  {
    key: 'regionAnalyst',
    label: 'analyst of a region over panels A and B (figures only)',
    profile: { ...p('regionAnalyst', null, 'analyst', null, NONE), regionPanels: ['A' as const, 'B' as const] },
  },
  {
    key: 'dataProtectionOfficer',
    label: 'data protection officer of panel A (police; logs, the finder and subject access only)',
    profile: { ...p('dataProtectionOfficer', null, 'dpo', 'POLICE', NONE), officerOf: 'A' as const },
  },
].map((v) => ({ ...v, key: v.key as ViewerKey, mail: mailProfile(v.key as ViewerKey, v.profile) }));

function mailProfile(key: ViewerKey, profile: Profile): Profile | null {
  if (key === 'anonymous' || key === 'disabled') return null;
  if (key === 'endedSession') return hmrcMail('hmrc2', key);
  // Their session reads nothing until the code is given, but their mail is theirs: a police member's.
  if (key === 'secondFactorPending') return p(key, 'A', 'police2', 'POLICE', { ...KEEPER, manages: false });
  return profile;
}

/** The email address of a viewer's person: a panel's member, or the region's analyst (on no panel). */
export function emailOf(w: World, user: string): string {
  return user === 'analyst' ? w.analyst.email : w.users[user].email;
}

/** Cookies per viewer (undefined: none is sent). */
export type Sessions = Map<ViewerKey, string | undefined>;

/**
 * Signs every viewer in. The signed-out viewer signs in and out, keeping the dead cookie; the disabled one is
 * disabled by the chair after signing in (through the API, as the chair would), keeping theirs too. A caller
 * that needs the dead sessions live for a while (the subscriptions open sockets first) ends them itself with
 * `endSessions`.
 */
export async function signInAll(t: TestApp, w: World, opts: { endNow?: boolean } = {}): Promise<Sessions> {
  const sessions: Sessions = new Map();
  const signIn = (user: string) => t.signIn(emailOf(w, user), TEST_PASSWORD);
  await Promise.all(
    VIEWERS.map(async (v) => {
      if (v.key === 'anonymous') sessions.set(v.key, undefined);
      else if (v.key === 'invited') sessions.set(v.key, await acceptInvitation(t, w.users[v.profile.user!].userId));
      else if (v.key === 'secondFactorPending') sessions.set(v.key, await t.signInPasswordOnly(w.users[v.profile.user!].email, TEST_PASSWORD));
      else sessions.set(v.key, await signIn(v.profile.user!));
    }),
  );
  if (opts.endNow ?? true) await endSessions(t, w, sessions);
  return sessions;
}

/** The invited person's first session: an invitation made as the chair's would be, accepted through the API. */
async function acceptInvitation(t: TestApp, userId: string): Promise<string> {
  const { token, hash } = newAccountToken();
  await t.dataSource.query(
    `INSERT INTO account_token (purpose, user_id, token_hash, expires_at) VALUES ('INVITATION', $1, $2, now() + interval '7 days')`,
    [userId, hash],
  );
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set('Content-Type', 'application/json')
    .set('X-Forwarded-For', nextIp())
    .send({
      query: 'mutation($i: SetPasswordByLinkInput!) { acceptInvitation(input: $i) { id } }',
      variables: { i: { token, newPassword: TEST_PASSWORD } },
    });
  if (res.body.errors) throw new Error(`accepting the invitation failed: ${JSON.stringify(res.body.errors)}`);
  const session = String(([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${SESSION_COOKIE}=`))).split(';')[0];
  // Then their authenticator app, as they would set one up next.
  await t.completeSecondFactor(session);
  return session;
}

export async function endSessions(t: TestApp, w: World, sessions: Sessions): Promise<void> {
  const out = await t.gql('mutation { signOut }', {}, { session: sessions.get('endedSession') });
  if (out.errors) throw new Error(`sign-out failed: ${JSON.stringify(out.errors)}`);
  const dwp2 = w.users.dwp2;
  const [m] = await t.dataSource.query(`SELECT version FROM membership WHERE id = $1`, [dwp2.membershipId]);
  const disable = 'mutation($i: SetMemberDisabledInput!) { setMemberDisabled(input: $i) { id disabled } }';
  const res = await t.gql(disable, { i: { id: dwp2.membershipId, disabled: true, version: m.version } }, { session: sessions.get('chair') });
  if (res.errors) throw new Error(`disabling failed: ${JSON.stringify(res.errors)}`);
}
