import { EMERGING_THREAT_OUTCOME_LABELS, MEETING_MODE_LABELS, PRESENCE_LABELS, PROTECTIVE_MARKING } from '@sentinel/shared';
import type { MinutesContent, MinutesTask, MinutesThreatOutcome } from './minutes-content.js';
import { sanitizeRichText } from '../agenda/rich-text.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value from the database goes through here; only sanitised rich text is inserted as HTML. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
const LONDON_STAMP = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

export const londonDate = (d: Date | string) => LONDON_DATE.format(new Date(d));
export const londonTime = (d: Date | string) => LONDON_TIME.format(new Date(d));
export const londonStamp = (d: Date | string) => LONDON_STAMP.format(new Date(d));

export function dayLabel(isoDay: string | null): string {
  return isoDay
    ? new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${isoDay}T00:00:00Z`))
    : 'No date';
}

/**
 * The marking sits in a header and a footer on screen; in print they are fixed so Chromium repeats them on
 * every page, and the main block's padding is cloned onto each page so they never cover the text.
 */
const STYLES = `
  :root { color: #0b0c0c; font-family: Arial, Helvetica, sans-serif; }
  body { margin: 0; line-height: 1.4; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
  .marking { background: #fff; color: #0b0c0c; border: 3px solid #0b0c0c; font-weight: bold; text-align: center; letter-spacing: .05em; padding: .25rem; }
  h1 { font-size: 1.75rem; } h2 { font-size: 1.4rem; border-top: 2px solid #b1b4b6; padding-top: .75rem; margin-top: 2rem; }
  h3 { font-size: 1.15rem; } h4 { font-size: 1rem; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
  caption { text-align: left; font-weight: bold; padding: .25rem 0; }
  th, td { border: 1px solid #b1b4b6; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  thead th { background: #f3f2f1; }
  .notice { border-left: 5px solid #1d70b8; padding: .5rem .75rem; background: #f3f2f1; }
  .meta { color: #505a5f; }
  a { color: #1d70b8; }
  @page { size: A4; margin: 12mm 14mm; }
  @media print {
    .marking { position: fixed; left: 0; right: 0; padding: 1mm; font-size: 10pt; }
    .marking-top { top: 0; } .marking-bottom { bottom: 0; }
    main { max-width: none; padding: 12mm 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
    h2 { break-after: avoid; } tr, .group { break-inside: avoid; }
    a { color: inherit; }
  }`;

/** A whole marked, accessible page: language, title, landmarks, the marking at top and bottom. */
export function documentPage(title: string, body: string): string {
  const marking = esc(PROTECTIVE_MARKING);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} – ${marking}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="marking marking-top" aria-label="Protective marking">${marking}</header>
<main>
${body}
</main>
<footer class="marking marking-bottom" aria-label="Protective marking">${marking}</footer>
</body>
</html>`;
}

export function table(caption: string, head: string[], rows: unknown[][], emptyText: string): string {
  if (!rows.length) return `<p>${esc(emptyText)}</p>`;
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function taskTable(caption: string, tasks: MinutesTask[]): string {
  return table(
    caption,
    ['Reference', 'Action', 'Agency'],
    tasks.map((t) => [t.reference, t.title, t.agencyName]),
    'No actions were raised.',
  );
}

function outcomeTable(caption: string, outcomes: MinutesThreatOutcome[]): string {
  return table(
    caption,
    ['Emerging threat', 'Outcome', 'Note'],
    outcomes.map((o) => [o.title, EMERGING_THREAT_OUTCOME_LABELS[o.outcome] ?? o.outcome, o.note ?? '']),
    'None recorded.',
  );
}

/**
 * The body of (already filtered) minutes, its headings starting at `level` so it nests under the pack's
 * section heading or stands as the document's own.
 */
export function minutesBody(content: MinutesContent, level: 2 | 3): string {
  const h = (n: number, text: string) => `<h${n}>${esc(text)}</h${n}>`;
  const a = content.attendance;
  const parts = [
    `<p>${esc(londonDate(content.meeting.startsAt))}, ${esc(londonTime(content.meeting.startsAt))} to ${esc(londonTime(content.meeting.endsAt))}. ${esc(MEETING_MODE_LABELS[content.meeting.mode] ?? '')}${content.meeting.location ? `: ${esc(content.meeting.location)}` : ''}.</p>`,
    h(level, 'Attendance'),
    table(
      'Present, and the agency each attended for',
      ['Name', 'Agency', 'Attendance'],
      a.present.map((p) => [p.name, p.agencyName ?? '', PRESENCE_LABELS[p.presence] ?? p.presence]),
      'No attendance was recorded.',
    ),
    table(
      'Apologies',
      ['Name', 'Agency', 'Substitute'],
      a.apologies.map((p) => [p.name, p.agencyName ?? '', p.substituteName ?? 'None']),
      'No apologies were received.',
    ),
  ];
  for (const item of content.items) {
    parts.push(h(level, `${item.position}. ${item.title}${item.restrictedTo.length ? ' (restricted)' : ''}`));
    parts.push(h(level + 1, 'Minutes'), sanitizeRichText(item.notes) ?? '<p>Nothing was minuted.</p>');
    parts.push(h(level + 1, 'Decisions'), sanitizeRichText(item.decisions) ?? '<p>No decisions were recorded.</p>');
    if (item.tasks.length) parts.push(h(level + 1, 'Actions'), taskTable(`Actions raised under item ${item.position}`, item.tasks));
    if (item.threatOutcomes.length)
      parts.push(h(level + 1, 'Emerging threats'), outcomeTable(`Emerging threats under item ${item.position}`, item.threatOutcomes));
  }
  if (content.otherTasks.length) parts.push(h(level, 'Other actions raised'), taskTable('Actions raised outside an agenda item', content.otherTasks));
  if (content.otherThreatOutcomes.length)
    parts.push(h(level, 'Other emerging threats'), outcomeTable('Emerging threats not under an agenda item', content.otherThreatOutcomes));
  return parts.join('\n');
}
