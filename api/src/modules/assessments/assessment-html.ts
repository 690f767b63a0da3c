import type { AssessmentDocument } from '@sentinel/shared';
import { documentPage, esc, table } from '../minutes/document-html.js';

/** The assessment as a marked, self-contained page for printing: the same words and order as the web page. */
export function assessmentHtml(doc: AssessmentDocument): string {
  const summary = doc.summary.map(([label, value]) => `<tr><th scope="row">${esc(label)}</th><td>${esc(value)}</td></tr>`).join('\n');
  const sections = doc.sections.map((s) =>
    [
      `<h2>${esc(s.title)}</h2>`,
      ...s.intro.map((p) => `<p>${esc(p)}</p>`),
      ...s.tables.map((t) => table(t.caption, t.head, t.rows, t.empty)),
      s.chairNote
        ? `<div class="notice"><h3>Chair’s note</h3>${s.chairNote
            .split('\n')
            .map((line) => `<p>${esc(line)}</p>`)
            .join('')}</div>`
        : '',
    ].join('\n'),
  );
  const body = [
    `<h1>${esc(doc.title)}: ${esc(doc.period)}</h1>`,
    `<p class="meta">${esc(doc.panel)}. ${esc(doc.status)}.</p>`,
    `<table><caption>The period in figures</caption><tbody>\n${summary}\n</tbody></table>`,
    ...sections,
  ].join('\n');
  return documentPage(`${doc.title}, ${doc.period} – ${doc.panel}`, body);
}
