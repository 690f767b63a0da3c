import type { Profile } from './viewers.js';

/**
 * The canary book: every text the seeded world must keep from someone is a unique token, and each token knows
 * the record and field it sits in and the rule that says who may read it. Any answer, file or mail is then
 * searched for tokens, and a token found by a viewer the rule excludes is a leak, whatever the channel.
 */

export interface Rule {
  /** Shown in failure reports, e.g. "task(A, DWP)". */
  name: string;
  /**
   * Whether this viewer may read the canary over this channel, named as the ledger names it ('Query.nominal',
   * 'GET /meetings/:id/pack', 'MAIL task reminder'...). Most rules are the same on every channel; a few grant a
   * viewer something on named channels alone (the data protection officer's screens and report).
   */
  allows(p: Profile, channel: string): boolean;
}

export interface Canary {
  token: string;
  record: string;
  field: string;
  rule: Rule;
}

/** Tokens look like CNRYQKZD0042: a fixed prefix, four letters naming the world, four digits. */
const TOKEN = /CNRY[A-Z]{4}\d{4}/gi;

export class CanaryBook {
  readonly world: string;
  private counter = 0;
  private readonly tokens = new Map<string, Canary>();
  /** Values that cannot hold a token (a date of birth, a position), searched for as they are written out. */
  private readonly literals: { forms: string[]; canary: Canary }[] = [];

  constructor() {
    const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
    this.world = Array.from({ length: 4 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
  }

  /** A new token for one field of one record. */
  mint(record: string, field: string, rule: Rule): string {
    this.counter += 1;
    const token = `CNRY${this.world}${String(this.counter).padStart(4, '0')}`;
    this.tokens.set(token, { token, record, field, rule });
    return token;
  }

  /** A value written as it is (e.g. a date of birth), found in any of the forms a channel may print it in. */
  literal(value: string, forms: string[], record: string, field: string, rule: Rule): string {
    this.literals.push({ forms: [value, ...forms], canary: { token: value, record, field, rule } });
    return value;
  }

  get all(): Canary[] {
    return [...this.tokens.values(), ...this.literals.map((l) => l.canary)];
  }

  /** The canaries a text carries. A token of another world (another test file's panels) is kept, as foreign. */
  find(text: string): Canary[] {
    const found = new Map<string, Canary>();
    for (const m of text.matchAll(TOKEN)) {
      const token = m[0].toUpperCase();
      found.set(token, this.tokens.get(token) ?? { token, record: 'a record of another test world', field: '?', rule: NOBODY });
    }
    for (const l of this.literals) if (l.forms.some((f) => text.includes(f))) found.set(l.canary.token, l.canary);
    return [...found.values()];
  }
}

export const NOBODY: Rule = { name: 'nobody here', allows: () => false };

/**
 * The data protection officer's screens: the panel's two logs (filtered by nominal, among others), the chains'
 * check, and the finder of a nominal for subject access, which shows the names and dates of birth it finds.
 */
export const DATA_PROTECTION_SCREENS: readonly string[] = [
  'Query.consultationLog',
  'Query.auditTrail',
  'Query.auditChainStatus',
  'Query.dataProtectionNominals',
];
/** A nominal's subject-access report: the record whole, with everything linked to it, for the panel's officer. */
export const SUBJECT_ACCESS_REPORT = 'GET /nominals/:id/subject-access.pdf';

/** The panel's data protection officer, on their screens. */
export const officerScreens = (panel: 'A' | 'B'): Rule => ({
  name: `data protection screens(${panel})`,
  allows: (p, channel) => p.officerOf === panel && DATA_PROTECTION_SCREENS.includes(channel),
});

/** The panel's data protection officer, in the subject-access report, which prints whatever the panel holds about a nominal. */
export const subjectAccess = (panel: 'A' | 'B'): Rule => ({
  name: `subject access(${panel})`,
  allows: (p, channel) => p.officerOf === panel && channel === SUBJECT_ACCESS_REPORT,
});

/**
 * A rule over a record of the panel: whom `reads` names, and also the panel's officer in a subject-access report.
 * Every rule about the panel's records is made here, so none can forget the report.
 */
function record(panel: 'A' | 'B', name: string, reads: (p: Profile, channel: string) => boolean): Rule {
  const report = subjectAccess(panel);
  return { name, allows: (p, channel) => reads(p, channel) || report.allows(p, channel) };
}

/** Signed in, not disabled, a member of the panel who reads its records (its officer does not). */
export const member = (panel: 'A' | 'B'): Rule => record(panel, `member(${panel})`, (p) => p.panel === panel);

/**
 * The panel's name, an agency's and a person's: every member of the panel sees them, and its officer (who holds the
 * panel, its agencies and its members) and the analysts of its region. A session that has not yet given its
 * second factor sees only its own: its person, its agency and its panel, as the second step shows them.
 */
export const header = (panel: 'A' | 'B'): Rule => ({
  name: `panel header(${panel})`,
  allows: (p) => p.panel === panel || p.officerOf === panel || p.signingIn?.panel === panel || Boolean(p.regionPanels?.includes(panel)),
});

/** The region's name and its analyst's own name and email: the analyst alone (no panel member reads a region). */
export const analystSelf: Rule = { name: 'region analyst', allows: (p) => Boolean(p.regionPanels) };
export const ownAgency = (panel: 'A' | 'B', agency: string): Rule => ({
  name: `agency header(${panel}, ${agency})`,
  allows: (p) => p.panel === panel || p.officerOf === panel || (p.signingIn?.panel === panel && p.signingIn.agency === agency),
});

/** A member's name and address: whoever reads the panel's members (its members and its officer). */
export const person = (panel: 'A' | 'B'): Rule => ({ name: `person(${panel})`, allows: (p) => p.panel === panel || p.officerOf === panel });

/** A seeded member's name and address: as `person`, and the member themself while giving their second factor. */
export const self = (panel: 'A' | 'B', userKey: string): Rule => ({
  name: `person(${panel}, ${userKey})`,
  allows: (p, channel) => person(panel).allows(p, channel) || (p.signingIn?.panel === panel && p.signingIn.user === userKey),
});

/** A panel member's read of the panel's records, with a further condition on the profile. */
const reader = (panel: 'A' | 'B', name: string, also: (p: Profile) => boolean): Rule => record(panel, name, (p) => p.panel === panel && also(p));

export const personal = (panel: 'A' | 'B'): Rule => reader(panel, `personal data(${panel})`, (p) => p.personalData);

/**
 * A nominal's names and date of birth: those who read the panel's personal data, and its officer on their screens
 * (the finder shows them, to tell one person from another) as well as in the report.
 */
export const nominalName = (panel: 'A' | 'B'): Rule => either(personal(panel), officerScreens(panel));

export const task = (panel: 'A' | 'B', agency: string): Rule => reader(panel, `task(${panel}, ${agency})`, (p) => p.tasksAll || p.agency === agency);

export const intelligenceP = (panel: 'A' | 'B'): Rule => reader(panel, `intelligence P(${panel})`, (p) => p.intelligence);

/** Handling code C: the submitting agency and the agencies named, and only those who read intelligence at all. */
export const intelligenceC = (panel: 'A' | 'B', agencies: string[]): Rule =>
  reader(panel, `intelligence C(${panel}, ${agencies.join('+')})`, (p) => p.intelligence && agencies.includes(p.agency ?? ''));

/** Assessors read every referral of the panel; referrers, their own agency's. */
const readsReferral = (p: Profile, from: string) => p.assessor || (p.referrer && p.agency === from);

export const referral = (panel: 'A' | 'B', from: string): Rule => reader(panel, `referral(${panel}, from ${from})`, (p) => readsReferral(p, from));

export const referralPersonal = (panel: 'A' | 'B', from: string): Rule =>
  reader(panel, `referral offenders(${panel}, from ${from})`, (p) => readsReferral(p, from) && p.personalData);

/** An agenda item restricted to some agencies: those agencies and whoever runs the panel's meetings. */
export const item = (panel: 'A' | 'B', agencies: string[]): Rule =>
  reader(panel, `restricted item(${panel}, ${agencies.join('+')})`, (p) => p.manages || agencies.includes(p.agency ?? ''));

/** Drafts (an unpublished agenda, a draft assessment) belong to those who run the panel's meetings. */
export const manager = (panel: 'A' | 'B'): Rule => reader(panel, `meeting manager(${panel})`, (p) => p.manages);

/**
 * A task raised at an item restricted to some agencies: its readers by the task rule, and of those only who may
 * see the item, since nothing hanging from a restricted item is shown to anyone else (meetings/meeting-access.ts
 * says so for the agenda, the pack and the minutes). If the product settles instead on the task rule alone for
 * such tasks in task lists, exports and live task events, this is the one line to change.
 */
export const raisedAt = (panel: 'A' | 'B', agency: string, itemAgencies: string[]): Rule => both(task(panel, agency), item(panel, itemAgencies));

/**
 * What a hit with another panel shows of this panel to that panel's chair and coordinator: its name and force, its
 * chairs' names and emails, and, once both panels agreed to share, the matched record's details.
 */
export const hitOf = (panel: 'A' | 'B'): Rule => ({
  name: `hit with panel ${panel}`,
  allows: (p) => p.panel !== null && p.panel !== panel && p.manages,
});

export function either(a: Rule, b: Rule): Rule {
  return { name: `${a.name} or ${b.name}`, allows: (p, channel) => a.allows(p, channel) || b.allows(p, channel) };
}

export function both(a: Rule, b: Rule): Rule {
  return { name: `${a.name} and ${b.name}`, allows: (p, channel) => a.allows(p, channel) && b.allows(p, channel) };
}

/**
 * What an agency holding something on a circulated subject said it holds: members of the agencies that hold
 * something, who may read personal data.
 */
export const hitDetail = (panel: 'A' | 'B', agencies: string[]): Rule =>
  reader(panel, `hit/no-hit detail(${panel}, ${agencies.join('+')})`, (p) => p.personalData && agencies.includes(p.agency ?? ''));
