import { createHash } from 'node:crypto';
import { PERMISSIONS, grants } from '@sentinel/shared';
import type { DataSource } from 'typeorm';
import { defineLoader, type Loaders } from '../graphql/loaders.js';
import type { RequestContext, Viewer } from './request-context.js';

/**
 * Free text (a group's name, a task, a disruption note, minutes) is written by people who know the nominals, and
 * names them: "The Crossley Family", "seen with Jason at 4 Mill Lane in AB12 CDE". A viewer without cover for
 * personal data in a panel (an agency with no information-sharing agreement in force, an observer) reads every
 * free text of that panel with its nominals' names, aliases, home addresses and vehicles masked.
 *
 * - A full name ("Jason Whitlock") is masked in any case. A surname or alias alone is masked where it is written as
 *   a name, with a capital ("Crossley", "CROSSLEY"): a nominal called Young or May does not mask "young people".
 * - A home address (a HOME place, or any place linked to a nominal) is masked as written, in any case.
 * - A vehicle linked to a nominal is masked whatever its spacing ("AB12CDE", "ab12 cde").
 * - Only whole words are masked: "Crossley" masks "Crossley's" and leaves "Crossleyville".
 * - Characters that show nothing (a soft hyphen, a zero-width space) do not hide a name: "Cross\u00ADley" is masked;
 *   nor does the way an apostrophe or a hyphen is typed ("O'Neil", "O’Neil").
 */
export type KnownKind = 'NAME' | 'FULL_NAME' | 'ADDRESS' | 'VEHICLE';

export interface KnownTerm {
  kind: KnownKind;
  term: string;
}

export const WITHHELD_WORDS: Record<KnownKind, string> = {
  NAME: '[name withheld]',
  FULL_NAME: '[name withheld]',
  ADDRESS: '[address withheld]',
  VEHICLE: '[vehicle withheld]',
};

export type Mask = (text: string) => string;

export const NO_MASK: Mask = (text) => text;

/** The panels whose free text this viewer reads masked: those where they may not read personal data. */
export function uncoveredPanels(viewer: Viewer | null): string[] {
  if (!viewer) return [];
  return viewer.memberships.filter((m) => !grants(m.role, PERMISSIONS.PERSONAL_DATA_READ, viewer.agencyAllowsPersonalData)).map((m) => m.panelId);
}

/** Every known name, alias, home address and nominal's vehicle of the panels, in one statement. */
export async function readKnownTerms(ds: DataSource, panelIds: readonly string[]): Promise<Map<string, KnownTerm[]>> {
  const rows: { panel_id: string; kind: KnownKind; term: string }[] = await ds.query(
    `SELECT panel_id, 'NAME' AS kind, surname AS term FROM nominal WHERE panel_id = ANY($1::uuid[])
     UNION SELECT panel_id, 'FULL_NAME', forenames || ' ' || surname FROM nominal WHERE panel_id = ANY($1::uuid[]) AND forenames <> ''
     UNION SELECT panel_id, 'NAME', unnest(aliases) FROM nominal WHERE panel_id = ANY($1::uuid[])
     UNION SELECT p.panel_id, 'ADDRESS', p.label FROM place p
            WHERE p.panel_id = ANY($1::uuid[]) AND (p.kind = 'HOME' OR EXISTS (SELECT 1 FROM nominal_place np WHERE np.place_id = p.id))
     UNION SELECT v.panel_id, 'VEHICLE', v.vrm FROM vehicle v
            WHERE v.panel_id = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM nominal_vehicle nv WHERE nv.vehicle_id = v.id)`,
    [panelIds],
  );
  const byPanel = new Map<string, KnownTerm[]>(panelIds.map((id) => [id, []]));
  for (const r of rows) byPanel.get(r.panel_id)?.push({ kind: r.kind, term: r.term });
  return byPanel;
}

const KNOWN_TERMS = defineLoader<string, KnownTerm[]>('knownTerms', async (ds, panelIds) => {
  const byPanel = await readKnownTerms(ds, panelIds);
  return panelIds.map((id) => byPanel.get(id) ?? []);
});

const masks = new WeakMap<Loaders, Map<string, Promise<Mask>>>();

/**
 * The mask for this request's viewer, or null when they read every panel's free text as written. The known terms
 * are read once per request (per live event on a socket, whose loaders are renewed), in one statement. Every way
 * data leaves (GraphQL, live events, documents, exports) masks with it.
 */
export function requestMask(ctx: RequestContext): Promise<Mask> | null {
  const panels = uncoveredPanels(ctx.viewer);
  if (!panels.length) return null;
  const key = panels.join(',');
  const byPanels = masks.get(ctx.loaders) ?? new Map<string, Promise<Mask>>();
  masks.set(ctx.loaders, byPanels);
  let mask = byPanels.get(key);
  if (!mask) {
    mask = ctx.loaders
      .of(KNOWN_TERMS)
      .loadMany(panels)
      .then((lists) => maskFor(lists.flatMap((l) => (l instanceof Error ? [] : l))));
    byPanels.set(key, mask);
  }
  return mask;
}

/** `requestMask`, awaited: the mask itself, `NO_MASK` for a viewer with cover everywhere. */
export async function maskOf(ctx: RequestContext): Promise<Mask> {
  return (await requestMask(ctx)) ?? NO_MASK;
}

const WORD = String.raw`[\p{L}\p{N}]`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Stands for a tag while the text of HTML or XML is masked whole (masked-files.ts). The text is read twice: with
 * each mark as a space (`<td>Jason</td><td>Crossley</td>`), and with the marks taken out (`Cross<b>ley</b>`), and
 * whatever either reading finds is masked. A mask keeps every mark it is given, so the text falls back between
 * its tags.
 */
export const TAG_MARK = '\uE000';
/** Characters that show nothing (soft hyphen, zero-width spaces and joiners), read as marks. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const NOT_MARKS = new RegExp(`[^${TAG_MARK}]+`, 'g');
/**
 * An apostrophe or a hyphen is read as the plain one, however it is typed ("O'Neil", "O’Neil"): text and terms
 * alike, one character for one, so offsets hold and the expression stays plain text (V8 matches a long alternation
 * of plain words many times faster than one with character classes in it).
 */
const plainSigns = (text: string) => text.replace(/[’‘ʼ]/g, "'").replace(/[‐‑–]/g, '-');

function pattern(t: KnownTerm): string | null {
  const term = plainSigns(t.term.trim().replace(/\s+/g, ' '));
  if (term.length < 2) return null;
  // A registration is matched by its letters and digits, whatever spaces are written between them.
  if (t.kind === 'VEHICLE') return [...term.replace(/\s/g, '')].map(escape).join(String.raw`\s?`);
  return escape(term).replace(/ /g, String.raw`\s+`);
}

/** Masks known terms in a text. Compiled once per set of terms and kept (a panel's terms change seldom). */
export function maskFor(terms: readonly KnownTerm[]): Mask {
  if (!terms.length) return NO_MASK;
  const key = createHash('sha1')
    .update(terms.map((t) => `${t.kind}\u0000${t.term}`).join('\u0001'))
    .digest('hex');
  const kept = compiled.get(key);
  if (kept) return kept;
  const mask = compile(terms);
  if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value as string);
  compiled.set(key, mask);
  return mask;
}

const COMPILED_MAX = 200;
const compiled = new Map<string, Mask>();

function compile(terms: readonly KnownTerm[]): Mask {
  // Longest first, so "Jason Whitlock" is masked whole before "Whitlock" is tried.
  const kindOf = new Map<string, KnownKind>();
  const parts: { source: string; length: number }[] = [];
  for (const t of terms) {
    const source = pattern(t);
    if (!source) continue;
    const folded = t.kind === 'VEHICLE' ? t.term.replace(/\s/g, '').toLowerCase() : plainSigns(t.term.trim().replace(/\s+/g, ' ').toLowerCase());
    // The strongest kind wins where one text is both (an alias that is also a surname).
    if (!kindOf.has(folded) || kindOf.get(folded) === 'NAME') kindOf.set(folded, t.kind);
    parts.push({ source, length: t.term.length });
  }
  if (!parts.length) return NO_MASK;
  parts.sort((a, b) => b.length - a.length);
  const regex = new RegExp(`(?<!${WORD})(?:${[...new Set(parts.map((p) => p.source))].join('|')})(?!${WORD})`, 'giu');
  const withheld = (found: string): string | null => {
    const spaced = found.replace(/\s+/g, ' ').toLowerCase();
    const kind = kindOf.get(spaced) ?? kindOf.get(spaced.replace(/\s/g, '')) ?? 'NAME';
    // A surname or alias alone is a name only where it is written as one.
    if (kind === 'NAME' && found[0] === found[0].toLowerCase() && found[0] !== found[0].toUpperCase()) return null;
    return WITHHELD_WORDS[kind];
  };
  const find = (text: string, at: (i: number) => number = (i) => i): Span[] => {
    const spans: Span[] = [];
    // Read through replace, which V8 runs natively from the first call; the expression captures nothing.
    text.replace(regex, (found: string, index: number) => {
      const words = withheld(found);
      if (words) spans.push({ start: at(index), end: at(index + found.length - 1) + 1, words });
      return found;
    });
    return spans;
  };
  return (text) => {
    // Invisible characters are read as marks, and signs as plain ones, one for one, so that offsets hold.
    const read = plainSigns(text.replace(INVISIBLE, TAG_MARK));
    let spans = find(read.replaceAll(TAG_MARK, ' '));
    if (read.includes(TAG_MARK)) {
      const kept: number[] = [];
      for (let i = 0; i < read.length; i++) if (read[i] !== TAG_MARK) kept.push(i);
      spans = spans.concat(find(read.replaceAll(TAG_MARK, ''), (i) => kept[i]));
    }
    return spans.length ? withhold(text, spans) : text;
  };
}

interface Span {
  start: number;
  end: number;
  words: string;
}

/** The text with each span replaced by its words, spans that overlap as one, every mark kept. */
function withhold(text: string, spans: Span[]): string {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const marks = (from: number, to: number) => text.slice(from, to).replace(NOT_MARKS, '');
  let out = '';
  let from = 0;
  for (const s of spans) {
    if (s.end <= from) continue;
    out += s.start >= from ? text.slice(from, s.start) + s.words + marks(s.start, s.end) : marks(from, s.end);
    from = s.end;
  }
  return out + text.slice(from);
}

/** Which of the owners' terms (a nominal's names) a text names, by the rules the mask uses. */
export function namedIn<T>(text: string, owned: readonly (KnownTerm & { owner: T })[]): T[] {
  if (!owned.length || !text.trim()) return [];
  const found = new Set<T>();
  // Compiled here, not kept: a panel's every name would push the kept masks out.
  for (const t of owned) if (compile([t])(text) !== text) found.add(t.owner);
  return [...found];
}

/**
 * For a viewer without cover in the panel, the panel's known terms that a search for `text` could find, as one
 * PostgreSQL regular expression (case ignored, for `regexp_replace`); null when the viewer reads the panel's free
 * text as written, or when no known term shares a trigram with what was typed. A search or list filter matches
 * free text on what the viewer reads, never on a name masked in it: "Crossley" must not find "The [name withheld]
 * Family", or the search would confirm a name the page withholds. Only the terms near what was typed go in, so the
 * expression stays small in a panel of thousands of nominals.
 */
export async function knownTermsNear(ctx: RequestContext, panelId: string, text: string | null | undefined): Promise<string | null> {
  if (!text?.trim() || !uncoveredPanels(ctx.viewer).includes(panelId)) return null;
  const typed = trigrams(text);
  const words = foldText(text).split(' ').filter(Boolean);
  const terms = await ctx.loaders.of(KNOWN_TERMS).load(panelId);
  const near = terms.filter((t) => {
    const term = foldText(t.term);
    return words.some((w) => term.includes(w) || w.includes(term)) || [...trigrams(t.term)].some((g) => typed.has(g));
  });
  const sources = [...new Set(near.sort((a, b) => b.term.length - a.term.length).flatMap((t) => pattern(t) ?? []))];
  // The terms are written with plain signs (plainSigns): the text may have any apostrophe or hyphen.
  return sources.length ? sources.join('|').replace(/'/g, "['’‘ʼ]").replace(/-/g, '[-‐‑–]') : null;
}

/** Lower case, accents off, runs of anything but letters and digits as one space. */
const foldText = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The trigrams of each word, padded as pg_trgm pads them. */
function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const word of foldText(s).split(' ').filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}
