import type { Profile } from './viewers.js';

/**
 * The canary book: every text the seeded world must keep from someone is a unique token, and each token knows
 * the record and field it sits in and the rule that says who may read it. Any answer, file or mail is then
 * searched for tokens, and a token found by a viewer the rule excludes is a leak, whatever the channel.
 */

export interface Rule {
  /** Shown in failure reports, e.g. "task(A, DWP)". */
  name: string;
  allows(p: Profile): boolean;
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

/** Signed in, not disabled, a member of the panel. */
export const member = (panel: 'A' | 'B'): Rule => ({ name: `member(${panel})`, allows: (p) => p.panel === panel });

/**
 * The panel's name, an agency's and a person's: every member of the panel sees them. A session that has not yet
 * given its second factor sees only its own: its person, its agency and its panel, as the second step shows them.
 */
export const header = (panel: 'A' | 'B'): Rule => ({
  name: `panel header(${panel})`,
  allows: (p) => p.panel === panel || p.signingIn?.panel === panel || Boolean(p.regionPanels?.includes(panel)),
});

/** The region's name and its analyst's own name and email: the analyst alone (no panel member reads a region). */
export const analystSelf: Rule = { name: 'region analyst', allows: (p) => Boolean(p.regionPanels) };
export const ownAgency = (panel: 'A' | 'B', agency: string): Rule => ({
  name: `agency header(${panel}, ${agency})`,
  allows: (p) => p.panel === panel || (p.signingIn?.panel === panel && p.signingIn.agency === agency),
});
export const self = (panel: 'A' | 'B', userKey: string): Rule => ({
  name: `person(${panel}, ${userKey})`,
  allows: (p) => p.panel === panel || (p.signingIn?.panel === panel && p.signingIn.user === userKey),
});

export const personal = (panel: 'A' | 'B'): Rule => ({
  name: `personal data(${panel})`,
  allows: (p) => member(panel).allows(p) && p.personalData,
});

export const task = (panel: 'A' | 'B', agency: string): Rule => ({
  name: `task(${panel}, ${agency})`,
  allows: (p) => member(panel).allows(p) && (p.tasksAll || p.agency === agency),
});

export const intelligenceP = (panel: 'A' | 'B'): Rule => ({
  name: `intelligence P(${panel})`,
  allows: (p) => member(panel).allows(p) && p.intelligence,
});

/** Handling code C: the submitting agency and the agencies named, and only those who read intelligence at all. */
export const intelligenceC = (panel: 'A' | 'B', agencies: string[]): Rule => ({
  name: `intelligence C(${panel}, ${agencies.join('+')})`,
  allows: (p) => member(panel).allows(p) && p.intelligence && agencies.includes(p.agency ?? ''),
});

export const referral = (panel: 'A' | 'B', from: string): Rule => ({
  name: `referral(${panel}, from ${from})`,
  allows: (p) => member(panel).allows(p) && (p.assessor || (p.referrer && p.agency === from)),
});

export const referralPersonal = (panel: 'A' | 'B', from: string): Rule => ({
  name: `referral offenders(${panel}, from ${from})`,
  allows: (p) => referral(panel, from).allows(p) && p.personalData,
});

/** An agenda item restricted to some agencies: those agencies and whoever runs the panel's meetings. */
export const item = (panel: 'A' | 'B', agencies: string[]): Rule => ({
  name: `restricted item(${panel}, ${agencies.join('+')})`,
  allows: (p) => member(panel).allows(p) && (p.manages || agencies.includes(p.agency ?? '')),
});

/** Drafts (an unpublished agenda, a draft assessment) belong to those who run the panel's meetings. */
export const manager = (panel: 'A' | 'B'): Rule => ({
  name: `meeting manager(${panel})`,
  allows: (p) => member(panel).allows(p) && p.manages,
});

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
  return { name: `${a.name} or ${b.name}`, allows: (p) => a.allows(p) || b.allows(p) };
}

export function both(a: Rule, b: Rule): Rule {
  return { name: `${a.name} and ${b.name}`, allows: (p) => a.allows(p) && b.allows(p) };
}

/**
 * What an agency holding something on a circulated subject said it holds: members of the agencies that hold
 * something, who may read personal data.
 */
export const hitDetail = (panel: 'A' | 'B', agencies: string[]): Rule => ({
  name: `hit/no-hit detail(${panel}, ${agencies.join('+')})`,
  allows: (p) => member(panel).allows(p) && p.personalData && agencies.includes(p.agency ?? ''),
});
